package fr.education.orion.panorama;

import static fr.education.orion.schema.Tables.QUADRANT_MOYENNE;
import static fr.education.orion.schema.Tables.QUADRANT_POSITION;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import fr.education.orion.TestHttp.Answer;
import fr.education.orion.panorama.FichiersBruts.SommesInserJeunes;
import fr.education.orion.schema.tables.records.QuadrantMoyenneRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.assertj.core.data.Offset;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The key figures and the quadrant of a territory, on the bundled real data, checked against sums
 * made here from the raw lines of the constat de rentrée 2020, N_MEF, the perimeter files and the
 * regional InserJeunes counts.
 *
 * <p>A UAI's first three characters are its département (620 Corse-du-Sud, 720 Haute-Corse): the
 * tests locate the constat's lines by them, independently of the référentiel of établissements.
 * Every UAI of Corse in the constat 2020 is known to Orion (from the DEPP files), so nothing is
 * lost by the join Orion makes.
 */
@OrionIT
class PanoramaTerritoireApiIT {

  private static final Offset<Double> EXACT = Offset.offset(1e-12);
  private static final Predicate<String> CORSE =
      uai -> uai.startsWith("620") || uai.startsWith("720");
  private static final Predicate<String> CORSE_DU_SUD = uai -> uai.startsWith("620");
  private static final Predicate<String> BAC_PRO = cfd -> cfd.startsWith("400");

  @LocalServerPort int port;
  @Autowired DSLContext dsl;

  private TestHttp http;

  @BeforeEach
  void client() {
    http = new TestHttp(port);
  }

  @Test
  void aRegionsEntryFiguresAreThoseOfTheConstatLinesOfItsEtablissements() {
    JsonNode corse = ok("/api/regions/94/indicateurs?codeNiveauDiplome=400&rentreeScolaire=2020");

    Map<List<String>, int[]> offres = FichiersBruts.offres2020(CORSE, BAC_PRO);
    assertEntry(corse, offres);
    // By hand (python over the same files): 6 établissements, 34 formations, 464 pupils at
    // entry, 1,588 pupils; the literal values guard the computation above.
    assertThat(corse.get("nbEtablissements").asInt()).isEqualTo(6);
    assertThat(corse.get("effectifEntree").asInt()).isEqualTo(464);
    assertThat(corse.get("nbEleves").asInt()).isEqualTo(1588);
    // Rentrée 2020 has headcounts but no capacity: missing, not zero.
    assertThat(corse.get("capacite").isNull()).isTrue();
    assertThat(corse.get("tauxRemplissage").isNull()).isTrue();
    assertThat(corse.get("tauxPression").isNull()).isTrue();
    assertThat(corse.get("rentreeScolaire").asString()).isEqualTo("2020");
  }

  @Test
  void aDepartementCountsItsOwnOffersAndShowsItsRegionsInserJeunesRates() {
    JsonNode corseDuSud =
        ok(
            "/api/departements/02A/indicateurs?codeNiveauDiplome=400&rentreeScolaire=2020&millesime=2021_2022");
    assertEntry(corseDuSud, FichiersBruts.offres2020(CORSE_DU_SUD, BAC_PRO));
    assertThat(corseDuSud.get("territoire").get("libelle").asString()).isEqualTo("Corse-du-Sud");
    assertThat(corseDuSud.get("codeRegionInserJeunes").asString()).isEqualTo("94");
    assertRates(corseDuSud, FichiersBruts.inserJeunes("2021_2022", "94"::equals, BAC_PRO));
    // chomage_departemental_INSEE: 02A;Corse-du-Sud;2020;6,8
    assertThat(corseDuSud.get("tauxChomage").asDouble()).isCloseTo(0.068, EXACT);
    assertThat(corseDuSud.get("anneeChomage").asString()).isEqualTo("2020");
  }

  @ParameterizedTest
  @CsvSource({"94, 400", "53, 400", "53, 500"})
  void aRegionsInserJeunesRatesSumTheCountsOfItsFormations(String region, String niveau) {
    JsonNode figures =
        ok(
            "/api/regions/"
                + region
                + "/indicateurs?codeNiveauDiplome="
                + niveau
                + "&millesime=2021_2022");
    SommesInserJeunes sommes =
        FichiersBruts.inserJeunes("2021_2022", region::equals, cfd -> cfd.startsWith(niveau));
    assertThat(sommes.sortants()).isGreaterThan(100);
    assertRates(figures, sommes);
    // chomage_regional_INSEE: the newest rentrée with headcounts is 2020, whose rate is published.
    assertThat(figures.get("anneeChomage").asString()).isEqualTo("2020");
  }

  @Test
  void nationalRatesSumTheCountsOfEveryRegion() {
    JsonNode france = ok("/api/indicateurs?codeNiveauDiplome=400&millesime=2021_2022");
    assertRates(france, FichiersBruts.inserJeunes("2021_2022", code -> true, BAC_PRO));
    assertThat(france.get("territoire").get("echelon").asString()).isEqualTo("NATION");
    assertThat(france.get("codeRegionInserJeunes").isNull()).isTrue();
    // No national INSEE rate in the bundled files.
    assertThat(france.get("tauxChomage").isNull()).isTrue();
  }

  @Test
  void aBlankNiveauSelectsEveryNiveauAsAMissingOne() {
    JsonNode vide = ok("/api/regions/53/indicateurs?codeNiveauDiplome=&rentreeScolaire=2020");
    JsonNode absent = ok("/api/regions/53/indicateurs?rentreeScolaire=2020");
    assertThat(vide).isEqualTo(absent);
    assertThat(absent.get("effectifEntree").asInt())
        .isGreaterThan(
            ok("/api/regions/53/indicateurs?codeNiveauDiplome=400&rentreeScolaire=2020")
                .get("effectifEntree")
                .asInt());
  }

  @Test
  void aRentreeWithCapacitiesButNoConstatHasPressionAndNoHeadcount() {
    JsonNode bretagne =
        ok("/api/regions/53/indicateurs?codeNiveauDiplome=400&rentreeScolaire=2021");
    assertThat(bretagne.get("effectifEntree").isNull()).isTrue();
    assertThat(bretagne.get("nbEleves").isNull()).isTrue();
    assertThat(bretagne.get("capacite").asInt()).isPositive();
    assertThat(bretagne.get("tauxPression").asDouble()).isBetween(0.1, 5.0);
    // Bac pro is no BTS: no taux de demande.
    assertThat(bretagne.get("tauxDemande").isNull()).isTrue();
  }

  @Test
  void theQuadrantsAxesAreTheStoredRegionalAverages() {
    JsonNode quadrant =
        ok(
            "/api/regions/94/quadrant?codeNiveauDiplome=400&millesime=2021_2022&rentreeScolaire=2020");
    QuadrantMoyenneRecord moyenne =
        dsl.selectFrom(QUADRANT_MOYENNE)
            .where(QUADRANT_MOYENNE.MILLESIME.eq("2021_2022"))
            .and(QUADRANT_MOYENNE.CODE_REGION.eq("94"))
            .and(QUADRANT_MOYENNE.CODE_NIVEAU_DIPLOME.eq("400"))
            .fetchSingle();
    assertThat(quadrant.get("moyenneInsertion6mois").asDouble())
        .isCloseTo(moyenne.getTauxEmploi_6Mois().doubleValue(), EXACT);
    assertThat(quadrant.get("moyennePoursuite").asDouble())
        .isCloseTo(moyenne.getTauxPoursuite().doubleValue(), EXACT);
  }

  /**
   * The formations listed are exactly those with pupils at entry in the territory, each with its
   * headcount there and its stored regional position ("-" for a classe commune and "Hors quadrant"
   * for the others when none is stored).
   */
  @ParameterizedTest
  @CsvSource({"regions/94, 620|720", "departements/02A, 620"})
  void theQuadrantListsTheFormationsTaughtInTheTerritory(String territoire, String prefixes) {
    Set<String> departements = Set.of(prefixes.split("\\|"));
    JsonNode quadrant =
        ok(
            "/api/"
                + territoire
                + "/quadrant?codeNiveauDiplome=400&millesime=2021_2022&rentreeScolaire=2020");

    Map<List<String>, Integer> attendus = new HashMap<>();
    FichiersBruts.offres2020(uai -> departements.contains(uai.substring(0, 3)), BAC_PRO)
        .forEach(
            (offre, effectifs) -> {
              int entree =
                  FichiersBruts.classesCommunes().contains(offre.get(1))
                      ? effectifs[0]
                      : FichiersBruts.effectifEntree(offre.get(1), effectifs);
              attendus.merge(List.of(offre.get(1), offre.get(2)), entree, Integer::sum);
            });
    attendus.values().removeIf(effectif -> effectif == 0);

    Map<List<String>, String> positions =
        dsl.select(
                QUADRANT_POSITION.CFD,
                QUADRANT_POSITION.CODE_DISPOSITIF,
                QUADRANT_POSITION.POSITION)
            .from(QUADRANT_POSITION)
            .where(QUADRANT_POSITION.MILLESIME.eq("2021_2022"))
            .and(QUADRANT_POSITION.CODE_REGION.eq("94"))
            .and(QUADRANT_POSITION.CODE_NIVEAU_DIPLOME.eq("400"))
            .fetchMap(r -> List.of(r.value1(), r.value2()), r -> r.value3());

    Map<List<String>, Integer> listes = new HashMap<>();
    int traces = 0;
    for (JsonNode formation : quadrant.get("formations")) {
      List<String> cle =
          List.of(formation.get("cfd").asString(), formation.get("codeDispositif").asString());
      listes.put(cle, formation.get("effectifEntree").asInt());
      String attendue =
          positions.getOrDefault(
              cle, FichiersBruts.classesCommunes().contains(cle.get(0)) ? "-" : "Hors quadrant");
      assertThat(formation.get("positionQuadrant").asString())
          .as(cle.toString())
          .isEqualTo(attendue);
      if (attendue.startsWith("Q")) {
        traces++;
      }
    }
    assertThat(listes).isEqualTo(attendus);

    JsonNode informations = quadrant.get("informations");
    assertThat(informations.get("tracees").asInt()).isEqualTo(traces).isPositive();
    Set<List<String>> sansEffectif = new HashSet<>(positions.keySet());
    sansEffectif.removeAll(attendus.keySet());
    assertThat(informations.get("sansEffectif").asInt()).isEqualTo(sansEffectif.size());
    int horsClassesCommunes =
        attendus.entrySet().stream()
            .filter(e -> !FichiersBruts.classesCommunes().contains(e.getKey().get(0)))
            .mapToInt(Map.Entry::getValue)
            .sum();
    assertThat(informations.get("effectifTotal").asInt()).isEqualTo(horsClassesCommunes);
  }

  @Test
  void theQuadrantIsSortedAndFilteredByItsGetParameters() {
    String base =
        "/api/regions/53/quadrant?codeNiveauDiplome=400&millesime=2021_2022&rentreeScolaire=2020";
    JsonNode tous = ok(base);
    JsonNode tries = ok(base + "&sort=tauxPoursuite&order=asc");
    List<Double> poursuites = new ArrayList<>();
    for (JsonNode formation : tries.get("formations")) {
      if (!formation.get("tauxPoursuite").isNull()) {
        poursuites.add(formation.get("tauxPoursuite").asDouble());
      }
    }
    assertThat(poursuites).hasSizeGreaterThan(10).isSorted();
    assertThat(tries.get("formations").size()).isEqualTo(tous.get("formations").size());

    JsonNode cinquante = ok(base + "&effectifMinimum=50");
    int sousCinquante = 0;
    for (JsonNode formation : tous.get("formations")) {
      if (formation.get("effectifEntree").asInt() < 50) {
        sousCinquante++;
      }
    }
    assertThat(sousCinquante).isPositive();
    assertThat(cinquante.get("informations").get("sousEffectifMinimum").asInt())
        .isEqualTo(sousCinquante);
    assertThat(cinquante.get("formations").size())
        .isEqualTo(tous.get("formations").size() - sousCinquante);
    for (JsonNode formation : cinquante.get("formations")) {
      assertThat(formation.get("effectifEntree").asInt()).isGreaterThanOrEqualTo(50);
    }

    // Employment up against 2020_2021: every formation kept has both rates, the newer higher.
    JsonNode hausse = ok(base + "&emploi=hausse");
    assertThat(hausse.get("formations").size()).isPositive();
    for (JsonNode formation : hausse.get("formations")) {
      assertThat(formation.get("tauxInsertion6mois").asDouble())
          .isGreaterThan(formation.get("tauxInsertion6moisPrecedent").asDouble());
    }
    assertThat(
            hausse.get("formations").size()
                + hausse.get("informations").get("ecarteesParTendance").asInt())
        .isEqualTo(tous.get("formations").size());
  }

  @ParameterizedTest
  @CsvSource({
    "/api/regions/5/indicateurs, région",
    "/api/regions/53/indicateurs?codeNiveauDiplome=4000, niveau de diplôme",
    "/api/regions/53/indicateurs?rentreeScolaire=20, rentrée scolaire",
    "/api/regions/53/indicateurs?millesime=2021-2022, millésime",
    "/api/regions/53/indicateurs?millesime=2021_2023, millésime",
    "/api/indicateurs?codeNsf=22, domaine de formation",
    "/api/departements/3/indicateurs, département",
    "/api/regions/53/quadrant, codeNiveauDiplome",
    "/api/regions/53/quadrant?codeNiveauDiplome=400&sort=cfd, tri",
    "/api/regions/53/quadrant?codeNiveauDiplome=400&order=up, ordre",
    "/api/regions/53/quadrant?codeNiveauDiplome=400&emploi=monte, emploi",
    "/api/regions/53/quadrant?codeNiveauDiplome=400&pression=forte, pression",
    "/api/regions/53/quadrant?codeNiveauDiplome=400&effectifMinimum=-1, effectif minimum",
    "/api/regions/53/quadrant?codeNiveauDiplome=400&effectifMinimum=dix, effectif minimum"
  })
  void malformedParametersAreRefusedWithAFrenchDetail(String path, String mention) {
    Answer answer = http.get(path);
    assertThat(answer.status()).as(path).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("detail").asString()).containsIgnoringCase(mention);
  }

  @ParameterizedTest
  @CsvSource({
    "/api/regions/12/indicateurs, région",
    "/api/departements/000/indicateurs, département",
    "/api/academies/98/indicateurs, académie",
    "/api/regions/53/indicateurs?codeNiveauDiplome=XYZ, niveau de diplôme",
    "/api/indicateurs?codeNsf=XYZ, domaine de formation",
    "/api/departements/000/quadrant?codeNiveauDiplome=400, département"
  })
  void unknownCodesAreNotFound(String path, String mention) {
    Answer answer = http.get(path);
    assertThat(answer.status()).as(path).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("detail").asString()).containsIgnoringCase(mention);
  }

  @Test
  void theRoutesAreInTheOpenApiDocument() {
    String paths = ok("/api/openapi").get("paths").toString();
    assertThat(paths)
        .contains(
            "/api/indicateurs",
            "/api/regions/{codeRegion}/indicateurs",
            "/api/academies/{codeAcademie}/indicateurs",
            "/api/departements/{codeDepartement}/indicateurs",
            "/api/regions/{codeRegion}/quadrant",
            "/api/departements/{codeDepartement}/quadrant");
  }

  private JsonNode ok(String path) {
    Answer answer = http.get(path);
    assertThat(answer.status()).as(path + " → " + answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static void assertEntry(JsonNode figures, Map<List<String>, int[]> offres) {
    Set<String> uais = new HashSet<>();
    Set<List<String>> formations = new HashSet<>();
    int effectifEntree = 0;
    int eleves = 0;
    for (Map.Entry<List<String>, int[]> offre : offres.entrySet()) {
      uais.add(offre.getKey().get(0));
      formations.add(offre.getKey().subList(1, 3));
      Integer entree = FichiersBruts.effectifEntree(offre.getKey().get(1), offre.getValue());
      effectifEntree += entree == null ? 0 : entree;
      eleves += offre.getValue()[0] + offre.getValue()[1] + offre.getValue()[2];
    }
    assertThat(figures.get("nbEtablissements").asInt()).isEqualTo(uais.size());
    assertThat(figures.get("nbFormations").asInt()).isEqualTo(formations.size());
    assertThat(figures.get("effectifEntree").asInt()).isEqualTo(effectifEntree);
    assertThat(figures.get("nbEleves").asInt()).isEqualTo(eleves);
  }

  private static void assertRates(JsonNode figures, SommesInserJeunes sommes) {
    assertThat(figures.get("millesime").asString()).isEqualTo("2021_2022");
    assertThat(figures.get("tauxInsertion6mois").asDouble()).isCloseTo(sommes.tauxEmploi(), EXACT);
    assertThat(figures.get("tauxPoursuite").asDouble()).isCloseTo(sommes.tauxPoursuite(), EXACT);
    assertThat(figures.get("tauxDevenirFavorable").asDouble())
        .isCloseTo(sommes.tauxDevenirFavorable(), EXACT);
  }
}
