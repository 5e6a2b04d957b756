package fr.education.orion.referentiel;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.FixtureCsv;
import fr.education.orion.OrionIT;
import fr.education.orion.RealFiles;
import fr.education.orion.TestHttp;
import fr.education.orion.ingestion.ImportFile;
import fr.education.orion.ingestion.ImportReport;
import fr.education.orion.ingestion.ImportStatut;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * ONISEP idéo-structures, of which no real file is bundled: fixtures written here, with real UAIs
 * of the bundled référentiel and made-up coordinates near the real places.
 */
@OrionIT
class OnisepGeolocalisationIT {

  /** As Orion's parser sees it: some names keep literal double quotes. */
  private static final String HEADER =
      "\"code UAI\";type d'établissement;nom;boîte postale;adresse;CP;commune;\"commune (COG)\";"
          + "téléphone;département;académie;région;\"latitude (Y)\";\"longitude (X)\";"
          + "\"région (COG)\"";

  private static final String SECONDAIRE = "fixture-ideo-structures_d_enseignement_secondaire.csv";
  private static final String SUPERIEUR = "fixture-ideo-structures_d_enseignement_superieur.csv";
  private static final String MAUPERTUIS = "0350062C";
  private static final String CHARPAK = "0010020S";
  private static final String ARGENTRE = "0350053T";
  private static final String JAURES = "0350031U";

  @Autowired ImportFile importFile;
  @LocalServerPort int port;
  TestHttp http;

  @BeforeEach
  void client() {
    http = new TestHttp(port);
  }

  /** Empties both catalogues again: no ONISEP file is bundled. */
  @AfterEach
  void removeTheFixtures() {
    byte[] headerOnly = new FixtureCsv(HEADER).bytes(StandardCharsets.UTF_8);
    assertThat(importFile.importFile(RealFiles.request(SECONDAIRE, headerOnly)).succeeded())
        .isTrue();
    assertThat(importFile.importFile(RealFiles.request(SUPERIEUR, headerOnly)).succeeded())
        .isTrue();
  }

  private static Map<String, String> structure(
      String uai, String cp, String latitude, String longitude) {
    return Map.ofEntries(
        entry("\"code UAI\"", uai),
        entry("type d'établissement", "Lycée professionnel"),
        entry("nom", "Structure de test"),
        entry("CP", cp),
        entry("\"latitude (Y)\"", latitude),
        entry("\"longitude (X)\"", longitude));
  }

  private ImportReport importSecondaire() {
    byte[] secondaire =
        new FixtureCsv(HEADER)
            .line(structure(MAUPERTUIS, "35400", "48.6412", "-2.0071"))
            // Two places for one UAI: the one in the établissement's postcode (35506) wins.
            .line(structure(ARGENTRE, "35500", "48.1201", "-1.2101"))
            .line(structure(ARGENTRE, "35506", "48.1202", "-1.2102"))
            // Département 099 does not exist: a UAI unknown to the référentiel, on purpose.
            .line(structure("0999999Z", "35000", "48.11", "-1.68"))
            .line(structure(JAURES, "35205", "", ""))
            .line(structure(JAURES, "35205", "148.1", "-1.68"))
            .bytes(StandardCharsets.UTF_8);
    return importFile.importFile(RealFiles.request(SECONDAIRE, secondaire));
  }

  @Test
  void onisepLocatesTheEtablissementsItKnows() {
    ImportReport report = importSecondaire();
    byte[] superieur =
        new FixtureCsv(HEADER)
            .line(structure(CHARPAK, "01400", "46.1201", "4.9601"))
            .bytes(StandardCharsets.UTF_8);
    ImportReport superieurReport = importFile.importFile(RealFiles.request(SUPERIEUR, superieur));

    assertThat(report.statut()).as(report.summary()).isEqualTo(ImportStatut.REUSSI);
    assertThat(report.type()).isEqualTo("onisep_structures");
    assertThat(superieurReport.statut()).isEqualTo(ImportStatut.REUSSI);
    JsonNode maupertuis = http.get("/api/etablissements/" + MAUPERTUIS).json();
    assertThat(maupertuis.get("latitude").asDouble()).isEqualTo(48.6412);
    assertThat(maupertuis.get("longitude").asDouble()).isEqualTo(-2.0071);
    assertThat(maupertuis.get("sourceGeolocalisation").asString()).isEqualTo("onisep_secondaire");
    JsonNode charpak = http.get("/api/etablissements/" + CHARPAK).json();
    assertThat(charpak.get("latitude").asDouble()).isEqualTo(46.1201);
    assertThat(charpak.get("longitude").asDouble()).isEqualTo(4.9601);
    assertThat(charpak.get("sourceGeolocalisation").asString()).isEqualTo("onisep_superieur");
  }

  @Test
  void choosesAmongSeveralPlacesByThePostcodeOfTheEtablissement() {
    // The annuaire gives the lycée Bertrand d'Argentré the postcode 35506.
    String codePostal =
        RealFiles.rows(
                "etablissements/annuaire_education_extrait_dept35_2023.csv.gz",
                StandardCharsets.UTF_8)
            .stream()
            .filter(r -> r[0].equals(ARGENTRE))
            .findFirst()
            .orElseThrow()[7];
    assertThat(codePostal).isEqualTo("35506");

    importSecondaire();

    JsonNode argentre = http.get("/api/etablissements/" + ARGENTRE).json();
    assertThat(argentre.get("latitude").asDouble()).isEqualTo(48.1202);
    assertThat(argentre.get("longitude").asDouble()).isEqualTo(-1.2102);
  }

  @Test
  void reportsLinesWithoutUsableCoordinatesAndUnknownUais() {
    ImportReport report = importSecondaire();

    assertThat(report.lignesLues()).isEqualTo(6);
    assertThat(report.lignesRejetees()).isEqualTo(2);
    assertThat(report.rejets())
        .extracting(rejet -> rejet.ligne() + " " + rejet.motif())
        .containsExactly(
            "6 coordonnées absentes : ligne ignorée",
            "7 coordonnées hors limites (latitude 148.1, longitude -1.68) : ligne ignorée");
    assertThat(report.avertissements())
        .singleElement()
        .satisfies(
            avertissement -> {
              assertThat(avertissement.ligne()).isEqualTo(5);
              assertThat(avertissement.motif()).contains("« 0999999Z » inconnu du référentiel");
            });
  }

  @Test
  void anEtablissementOnisepDoesNotKnowKeepsTheCoordinatesOfTheAnnuaire() {
    // Rejected ONISEP lines leave the lycée Jean Jaurès with the annuaire's coordinates.
    String[] annuaire =
        RealFiles.rows(
                "etablissements/annuaire_education_extrait_dept35_2023.csv.gz",
                StandardCharsets.UTF_8)
            .stream()
            .filter(r -> r[0].equals(JAURES))
            .findFirst()
            .orElseThrow();

    importSecondaire();

    JsonNode jaures = http.get("/api/etablissements/" + JAURES).json();
    assertThat(jaures.get("latitude").asDouble()).isEqualTo(Double.parseDouble(annuaire[51]));
    assertThat(jaures.get("longitude").asDouble()).isEqualTo(Double.parseDouble(annuaire[52]));
    assertThat(jaures.get("sourceGeolocalisation").asString()).isEqualTo("annuaire");
  }

  @Test
  void importingTheSameFileAgainChangesNothing() {
    assertThat(importSecondaire().lignesModifiees()).isEqualTo(4);

    assertThat(importSecondaire().lignesModifiees()).isZero();
  }
}
