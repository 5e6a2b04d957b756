package fr.education.orion.indicateur.calcul;

import static fr.education.orion.schema.Tables.INSERJEUNES_REGION;
import static fr.education.orion.schema.Tables.QUADRANT_MILLESIME;
import static fr.education.orion.schema.Tables.QUADRANT_MOYENNE;
import static fr.education.orion.schema.Tables.QUADRANT_POSITION;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import fr.education.orion.TestHttp.Answer;
import fr.education.orion.schema.tables.records.QuadrantMoyenneRecord;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The quadrant of formations, computed after the first-start import of the real files, checked
 * against the quadrant computed here from the raw InserJeunes and BCN files ({@link
 * QuadrantReference}), both as stored and as the quadrant route gives it.
 */
@OrionIT
class QuadrantIT {

  private static final Offset<Double> EXACT = Offset.offset(1e-12);

  @LocalServerPort int port;
  @Autowired DSLContext dsl;
  @Autowired InserJeunesFormationBuilder builder;

  /**
   * A guard of the computation below, counted by hand (awk over ij_region_data) for Corse (94),
   * CAP, 2021_2022: 16 lines, 7 of them also carried by their renovated successor (50025431 →
   * 50025439, 50023441 → 50023447, 50023002 → 50023006, 50022139 → 50022146, 50033412 → 50033413,
   * 50033411 → 50033002, 50023322 → 50023329), so counted twice as Orion's reference does: 452 in
   * final year, 265 leavers, 187 continuing, 85 in employment.
   */
  @Test
  void theReferenceComputationCountsTheCorseCapLinesAsCountedByHand() {
    long[] sums = new long[4];
    QuadrantReference.comptes("2021_2022", "94", "500")
        .values()
        .forEach(
            c -> {
              sums[0] += c.anneeTerminale();
              sums[1] += c.sortants();
              sums[2] += c.poursuite();
              sums[3] += c.emploi();
            });
    assertThat(sums).containsExactly(452, 265, 187, 85);
    QuadrantReference.Quadrant corse = QuadrantReference.quadrant("2021_2022", "94", "500");
    assertThat(corse.moyenneEmploi()).isCloseTo(85 / 265.0, EXACT);
    assertThat(corse.moyennePoursuite()).isCloseTo(187 / 452.0, EXACT);
  }

  /**
   * The averages and every formation's position stored for 2021_2022 are those computed from the
   * raw InserJeunes and BCN files by {@link QuadrantReference}, independently of Orion's SQL.
   */
  @ParameterizedTest
  @CsvSource({
    "94, 400", "94, 500", "53, 400", "53, 500", "11, 400", "11, 500", "84, 400", "84, 500",
    "32, 400", "32, 500", "76, 400", "76, 500", "53, 320", "11, 320"
  })
  void theStoredQuadrantIsTheOneComputedFromTheRawFiles(String region, String niveau) {
    QuadrantReference.Quadrant attendu = QuadrantReference.quadrant("2021_2022", region, niveau);
    Record average = average("2021_2022", region, niveau);
    assertThat(attendu.moyenneEmploi()).as("averages of %s %s", region, niveau).isNotNull();
    assertThat(average).isNotNull();
    assertThat(average.get(QUADRANT_MOYENNE.TAUX_EMPLOI_6_MOIS).doubleValue())
        .isCloseTo(attendu.moyenneEmploi(), EXACT);
    assertThat(average.get(QUADRANT_MOYENNE.TAUX_POURSUITE).doubleValue())
        .isCloseTo(attendu.moyennePoursuite(), EXACT);
    assertThat(average.get(QUADRANT_MOYENNE.TAUX_DEVENIR_FAVORABLE).doubleValue())
        .isCloseTo(attendu.moyenneDevenirFavorable(), EXACT);

    Map<QuadrantReference.Cle, QuadrantReference.Position> stockees = new HashMap<>();
    for (Record p :
        dsl.selectFrom(QUADRANT_POSITION)
            .where(QUADRANT_POSITION.MILLESIME.eq("2021_2022"))
            .and(QUADRANT_POSITION.CODE_REGION.eq(region))
            .and(QUADRANT_POSITION.CODE_NIVEAU_DIPLOME.eq(niveau))
            .fetch()) {
      stockees.put(
          new QuadrantReference.Cle(
              p.get(QUADRANT_POSITION.CFD), p.get(QUADRANT_POSITION.CODE_DISPOSITIF)),
          new QuadrantReference.Position(
              p.get(QUADRANT_POSITION.POSITION),
              fraction(p.get(QUADRANT_POSITION.TAUX_EMPLOI_6_MOIS)),
              fraction(p.get(QUADRANT_POSITION.TAUX_POURSUITE))));
    }
    assertThat(attendu.positions()).hasSizeGreaterThan(10);
    assertThat(stockees.keySet()).isEqualTo(attendu.positions().keySet());
    attendu
        .positions()
        .forEach(
            (cle, position) -> {
              QuadrantReference.Position stockee = stockees.get(cle);
              assertThat(stockee.position()).as(cle.toString()).isEqualTo(position.position());
              assertRate(stockee.emploi(), position.emploi(), cle);
              assertRate(stockee.poursuite(), position.poursuite(), cle);
            });
  }

  /**
   * The quadrant route lists the formations taught in the région with the same averages and, for
   * each, the computed rates and position ("-" for a classe commune and "Hors quadrant" for the
   * others when it has no InserJeunes counts).
   */
  @ParameterizedTest
  @CsvSource({
    "94, 400", "94, 500", "53, 400", "53, 500", "11, 400", "11, 500", "84, 400", "84, 500",
    "32, 400", "32, 500", "76, 400", "76, 500", "53, 320", "11, 320"
  })
  void theQuadrantRouteGivesThePositionsComputedFromTheRawFiles(String region, String niveau) {
    QuadrantReference.Quadrant attendu = QuadrantReference.quadrant("2021_2022", region, niveau);
    Answer answer =
        new TestHttp(port)
            .get(
                "/api/regions/"
                    + region
                    + "/quadrant?codeNiveauDiplome="
                    + niveau
                    + "&millesime=2021_2022");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode quadrant = answer.json();
    assertThat(quadrant.get("moyenneInsertion6mois").asDouble())
        .isCloseTo(attendu.moyenneEmploi(), EXACT);
    assertThat(quadrant.get("moyennePoursuite").asDouble())
        .isCloseTo(attendu.moyennePoursuite(), EXACT);
    int placees = 0;
    for (JsonNode formation : quadrant.get("formations")) {
      QuadrantReference.Cle cle =
          new QuadrantReference.Cle(
              formation.get("cfd").asString(), formation.get("codeDispositif").asString());
      QuadrantReference.Position position = attendu.positions().get(cle);
      String positionAttendue =
          position != null
              ? position.position()
              : QuadrantReference.classeCommune(cle.cfd()) ? "-" : "Hors quadrant";
      assertThat(formation.get("positionQuadrant").asString())
          .as(cle.toString())
          .isEqualTo(positionAttendue);
      assertRate(
          rate(formation.get("tauxInsertion6mois")),
          position == null ? null : position.emploi(),
          cle);
      assertRate(
          rate(formation.get("tauxPoursuite")),
          position == null ? null : position.poursuite(),
          cle);
      if (positionAttendue.startsWith("Q")) {
        placees++;
      }
    }
    assertThat(placees).isPositive();
  }

  private static @Nullable Double fraction(@Nullable BigDecimal value) {
    return value == null ? null : value.doubleValue();
  }

  private static @Nullable Double rate(@Nullable JsonNode value) {
    return value == null || value.isNull() ? null : value.asDouble();
  }

  private static void assertRate(
      @Nullable Double actual, @Nullable Double expected, QuadrantReference.Cle cle) {
    if (expected == null) {
      assertThat(actual).as(cle.toString()).isNull();
    } else {
      assertThat(actual).as(cle.toString()).isNotNull();
      assertThat(actual).as(cle.toString()).isCloseTo(expected, EXACT);
    }
  }

  private Record average(String millesime, String region, String niveau) {
    return dsl.selectFrom(QUADRANT_MOYENNE)
        .where(QUADRANT_MOYENNE.MILLESIME.eq(millesime))
        .and(QUADRANT_MOYENNE.CODE_REGION.eq(region))
        .and(QUADRANT_MOYENNE.CODE_NIVEAU_DIPLOME.eq(niveau))
        .fetchOne();
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

  /** The quadrant's rule, applied here to every stored position of every région and millésime. */
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
