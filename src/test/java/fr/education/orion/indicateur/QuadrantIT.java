package fr.education.orion.indicateur;

import static fr.education.orion.schema.Tables.INSERJEUNES_REGION;
import static fr.education.orion.schema.Tables.QUADRANT_MILLESIME;
import static fr.education.orion.schema.Tables.QUADRANT_MOYENNE;
import static fr.education.orion.schema.Tables.QUADRANT_POSITION;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.RealFiles;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The quadrant of formations, computed after the first-start import of the real files, checked
 * against sums made here from the raw lines of ij_region_data.
 */
@OrionIT
class QuadrantIT {

  private static final String IJ_FILE = "inserjeunes/ij_region_data_2019_2020-2021_2022.csv.gz";
  private static final Offset<Double> EXACT = Offset.offset(1e-12);

  @Autowired DSLContext dsl;
  @Autowired InserJeunesFormationBuilder builder;

  /**
   * Σ of the counts of the raw voie scolaire lines of a région and millésime whose final-year
   * MEFSTAT11 starts with {@code prefix} (2322 for the CAP, 2383 for the bac pro): annee_term,
   * sortants, poursuite, emploi 6 mois. Every such line of Corse is a formation of the perimeter
   * with counts of its own, so the regional average is exactly these sums.
   */
  private static long[] sums(String millesime, String region, String prefix) {
    long[] sums = new long[4];
    for (String[] row : RealFiles.rows(IJ_FILE, StandardCharsets.UTF_8)) {
      if (row[1].equals(millesime)
          && row[3].equals(region)
          && row[4].equals("scolaire")
          && row[6].startsWith(prefix)) {
        int[] columns = {7, 13, 12, 11};
        for (int i = 0; i < 4; i++) {
          sums[i] += row[columns[i]].isEmpty() ? 0 : Integer.parseInt(row[columns[i]]);
        }
      }
    }
    return sums;
  }

  private Record average(String millesime, String region, String niveau) {
    return dsl.selectFrom(QUADRANT_MOYENNE)
        .where(QUADRANT_MOYENNE.MILLESIME.eq(millesime))
        .and(QUADRANT_MOYENNE.CODE_REGION.eq(region))
        .and(QUADRANT_MOYENNE.CODE_NIVEAU_DIPLOME.eq(niveau))
        .fetchOne();
  }

  @Test
  void theAxesAreTheRegionalAveragesOfEachNiveau() {
    // Corse (94), 2021_2022: 16 CAP lines (315 in final year, 185 leavers, 130 continuing, 55 in
    // employment) — every line has its emploi and poursuite counts.
    for (String[] niveau : new String[][] {{"500", "2322"}, {"400", "2383"}}) {
      long[] s = sums("2021_2022", "94", niveau[1]);
      Record average = average("2021_2022", "94", niveau[0]);
      assertThat(average).as("niveau " + niveau[0]).isNotNull();
      assertThat(average.get(QUADRANT_MOYENNE.TAUX_EMPLOI_6_MOIS).doubleValue())
          .isCloseTo((double) s[3] / s[1], EXACT);
      assertThat(average.get(QUADRANT_MOYENNE.TAUX_POURSUITE).doubleValue())
          .isCloseTo((double) s[2] / s[0], EXACT);
      assertThat(average.get(QUADRANT_MOYENNE.TAUX_DEVENIR_FAVORABLE).doubleValue())
          .isCloseTo((double) (s[2] + s[3]) / s[0], EXACT);
    }
  }

  @Test
  void eachFormationIsPlacedAgainstTheAveragesOfItsNiveau() {
    // CAP 50031224 in Corse, 2021_2022 (MEFSTAT11 23220031224): 39 in final year, 28 leavers,
    // 11 continuing, 5 in employment: 5/28 and 11/39, both under the CAP averages of Corse.
    Record cap = position("2021_2022", "94", "50031224", "241");
    assertThat(cap.get(QUADRANT_POSITION.POSITION)).isEqualTo("Q4");
    assertThat(cap.get(QUADRANT_POSITION.TAUX_EMPLOI_6_MOIS).doubleValue())
        .isCloseTo(5 / 28.0, EXACT);
    assertThat(cap.get(QUADRANT_POSITION.TAUX_POURSUITE).doubleValue()).isCloseTo(11 / 39.0, EXACT);
    // CAP 50033411 (23220033411): 17 leavers, under the threshold of 20: no taux d'emploi.
    Record few = position("2021_2022", "94", "50033411", "241");
    assertThat(few.get(QUADRANT_POSITION.POSITION)).isEqualTo("Hors quadrant");
    assertThat(few.get(QUADRANT_POSITION.TAUX_EMPLOI_6_MOIS)).isNull();
  }

  /** The rule of §3.8, applied here to every stored position of every région and millésime. */
  @Test
  void everyPositionFollowsTheRule() {
    Map<List<String>, Record> averages =
        dsl.selectFrom(QUADRANT_MOYENNE)
            .fetchMap(
                r ->
                    List.of(
                        r.get(QUADRANT_MOYENNE.MILLESIME),
                        r.get(QUADRANT_MOYENNE.CODE_REGION),
                        r.get(QUADRANT_MOYENNE.CODE_NIVEAU_DIPLOME)));
    int placed = 0;
    for (Record p : dsl.selectFrom(QUADRANT_POSITION).fetch()) {
      String position = p.get(QUADRANT_POSITION.POSITION);
      if (position.equals("-")) {
        continue;
      }
      Record average =
          averages.get(
              List.of(
                  p.get(QUADRANT_POSITION.MILLESIME),
                  p.get(QUADRANT_POSITION.CODE_REGION),
                  p.get(QUADRANT_POSITION.CODE_NIVEAU_DIPLOME)));
      BigDecimal emploi = p.get(QUADRANT_POSITION.TAUX_EMPLOI_6_MOIS);
      BigDecimal poursuite = p.get(QUADRANT_POSITION.TAUX_POURSUITE);
      String expected;
      if (average == null || emploi == null || poursuite == null) {
        expected = "Hors quadrant";
      } else {
        boolean emploiHaut =
            emploi.compareTo(average.get(QUADRANT_MOYENNE.TAUX_EMPLOI_6_MOIS)) >= 0;
        boolean poursuiteHaute =
            poursuite.compareTo(average.get(QUADRANT_MOYENNE.TAUX_POURSUITE)) >= 0;
        expected = emploiHaut ? (poursuiteHaute ? "Q1" : "Q2") : (poursuiteHaute ? "Q3" : "Q4");
        placed++;
      }
      assertThat(position).as(p.toString()).isEqualTo(expected);
    }
    assertThat(placed).as("formations placed in Q1–Q4").isGreaterThan(1_000);
  }

  @Test
  void aMillesimeIsRecomputedOnlyWhenItsOwnCountsChange() {
    Map<String, OffsetDateTime> before = computedAt();
    assertThat(before).containsKeys("2019_2020", "2020_2021", "2021_2022");

    builder.rebuild();
    assertThat(computedAt()).isEqualTo(before);

    // One count of 2019_2020 changes: that millésime only is recomputed. Then it is put back.
    var row =
        dsl.selectFrom(INSERJEUNES_REGION)
            .where(INSERJEUNES_REGION.MILLESIME.eq("2019_2020"))
            .and(INSERJEUNES_REGION.VOIE.eq("scolaire"))
            .and(INSERJEUNES_REGION.NB_ANNEE_TERM.isNotNull())
            .limit(1)
            .fetchOne();
    Integer original = row.getNbAnneeTerm();
    try {
      row.setNbAnneeTerm(original + 1);
      row.update();
      builder.rebuild();
      Map<String, OffsetDateTime> after = computedAt();
      assertThat(after.get("2019_2020")).isAfter(before.get("2019_2020"));
      assertThat(after.get("2020_2021")).isEqualTo(before.get("2020_2021"));
      assertThat(after.get("2021_2022")).isEqualTo(before.get("2021_2022"));
    } finally {
      row.setNbAnneeTerm(original);
      row.update();
      builder.rebuild();
    }
  }

  private Map<String, OffsetDateTime> computedAt() {
    return dsl.select(QUADRANT_MILLESIME.MILLESIME, QUADRANT_MILLESIME.CALCULE_LE)
        .from(QUADRANT_MILLESIME)
        .fetchMap(QUADRANT_MILLESIME.MILLESIME, QUADRANT_MILLESIME.CALCULE_LE);
  }

  private Record position(String millesime, String region, String cfd, String dispositif) {
    Record position =
        dsl.selectFrom(QUADRANT_POSITION)
            .where(QUADRANT_POSITION.MILLESIME.eq(millesime))
            .and(QUADRANT_POSITION.CODE_REGION.eq(region))
            .and(QUADRANT_POSITION.CFD.eq(cfd))
            .and(QUADRANT_POSITION.CODE_DISPOSITIF.eq(dispositif))
            .fetchOne();
    assertThat(position).as(cfd + " in " + region).isNotNull();
    return position;
  }
}
