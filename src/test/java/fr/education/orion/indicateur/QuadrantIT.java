package fr.education.orion.indicateur;

import static fr.education.orion.schema.Tables.INSERJEUNES_REGION;
import static fr.education.orion.schema.Tables.QUADRANT_MILLESIME;
import static fr.education.orion.schema.Tables.QUADRANT_MOYENNE;
import static fr.education.orion.schema.Tables.QUADRANT_POSITION;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.RealFiles;
import fr.education.orion.schema.tables.records.QuadrantMoyenneRecord;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
   * Σ of the counts of the raw voie scolaire lines of Corse (94) for 2021_2022 whose final-year
   * MEFSTAT11 starts with {@code prefix} (2322 for the CAP, 2383 for the bac pro): annee_term,
   * sortants, poursuite, emploi 6 mois. Every such line is a formation of the perimeter. The lines
   * of {@code continuum} are counted twice, as Orion does: once for the old formation (in the
   * perimeter as the predecessor of a listed one) and once for the new one, which has no line of
   * its own and carries them (one-to-one renovations of the BCN lineage whose new CFD is in the
   * diploma list).
   */
  private static long[] corse2021(String prefix, Set<String> continuum) {
    long[] sums = new long[4];
    for (String[] row : RealFiles.rows(IJ_FILE, StandardCharsets.UTF_8)) {
      if (row[1].equals("2021_2022")
          && row[3].equals("94")
          && row[4].equals("scolaire")
          && row[6].startsWith(prefix)) {
        int times = continuum.contains(row[6]) ? 2 : 1;
        int[] columns = {7, 13, 12, 11};
        for (int i = 0; i < 4; i++) {
          sums[i] += times * (row[columns[i]].isEmpty() ? 0 : Integer.parseInt(row[columns[i]]));
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
    // CAP: 16 lines, 7 of them carried by their renovated successor (50025431 → 50025439,
    // 50023441 → 50023447, 50023002 → 50023006, 50022139 → 50022146, 50033412 → 50033413,
    // 50033411 → 50033002, 50023322 → 50023329): 452 in final year, 265 leavers, 187 continuing,
    // 85 in employment.
    check(
        "500",
        corse2021(
            "2322",
            Set.of(
                "23220025431",
                "23220023441",
                "23220023002",
                "23220022139",
                "23220033412",
                "23220033411",
                "23220023322")));
    // Bac pro: 8 lines carried by a successor (40025007, 40024203, 40022703, 40030001, 40033002,
    // 40025510, 40025509, 40025009).
    check(
        "400",
        corse2021(
            "2383",
            Set.of(
                "23830025007",
                "23830024203",
                "23830022703",
                "23830030001",
                "23830033002",
                "23830025510",
                "23830025509",
                "23830025009")));
  }

  private void check(String niveau, long[] s) {
    Record average = average("2021_2022", "94", niveau);
    assertThat(average).as("niveau " + niveau).isNotNull();
    assertThat(average.get(QUADRANT_MOYENNE.TAUX_EMPLOI_6_MOIS).doubleValue())
        .isCloseTo((double) s[3] / s[1], EXACT);
    assertThat(average.get(QUADRANT_MOYENNE.TAUX_POURSUITE).doubleValue())
        .isCloseTo((double) s[2] / s[0], EXACT);
    assertThat(average.get(QUADRANT_MOYENNE.TAUX_DEVENIR_FAVORABLE).doubleValue())
        .isCloseTo((double) (s[2] + s[3]) / s[0], EXACT);
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
    Map<List<String>, QuadrantMoyenneRecord> averages =
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
