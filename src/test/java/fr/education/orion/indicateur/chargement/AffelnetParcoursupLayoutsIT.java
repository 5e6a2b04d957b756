package fr.education.orion.indicateur.chargement;

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
import java.util.TreeMap;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The layouts of which no real file is bundled: the full 23-column Affelnet export (2023 and after)
 * and the 6-column Parcoursup file of 2024 (no CFD columns). Fixtures of rentrée 2024, for which
 * nothing is bundled, with real UAIs and MEFSTAT11 and made-up counts.
 */
@OrionIT
class AffelnetParcoursupLayoutsIT {

  /**
   * The full Affelnet export, as the 2025 test file shows it (note "Secteur " and "d’orientation").
   */
  private static final String AFFELNET_HEADER =
      "Etablissement d'accueil;Sigle de l'établissement d'accueil;Libellé de l'établissement"
          + " d'accueil;Commune de l'établissement d'accueil;Département de l'établissement"
          + " d'accueil;Libellé voie d’orientation;Mnémonique MEF national de rattachement;Code"
          + " spécialité du MEF national de rattachement;MEF STAT 11;Libellé du MEF national de"
          + " rattachement;Type de MEF;Code Ministère;Secteur ;Palier minimum autorisé pour la"
          + " saisie du voeu;Voeu de recensement O/N;Statut Offre de formation;Capacité carte"
          + " scolaire;Capacité d'affectation;Taux de pression (Total demandes vœux 1 / Capacité"
          + " carte scolaire);Demandes vœux 1;Demandes tous vœux;Affectés voeu 1;Affectés tous vœux";

  /** The 2024 Parcoursup layout, as in the file of the Orion repository. */
  private static final String PARCOURSUP_HEADER =
      "UAI;LIBELLÉFORMATION;MEFSTAT11;NB_VOEUX_CONFIRMES;STATUT;CAPACITEPSUP";

  private static final String AFFELNET = "fixture-attractivite_capacite_2024.csv";
  private static final String PARCOURSUP = "fixture-BTS_attractivite_capacite_2024.csv";
  private static final String JAURES = "0350031U";

  /** Private according to the annuaire. */
  private static final String ABBE_PIERRE = "0351962T";

  /** Known from the DEPP files only: the référentiel does not know its secteur. */
  private static final String SAINT_JOSEPH = "0010099C";

  /** First years of the CAP électricien and the CAP arts de la broderie, in 2 years (241). */
  private static final String CAP_ELECTRICIEN_1 = "23210025524";

  private static final String CAP_BRODERIE_1 = "23210024127";

  /** First years of BTS NDRC and BTS MCO, which have no options. */
  private static final String BTS_NDRC_1 = "32211031212";

  private static final String BTS_MCO_1 = "32211031213";

  @Autowired ImportFile importFile;
  @LocalServerPort int port;
  TestHttp http;

  @BeforeEach
  void client() {
    http = new TestHttp(port);
  }

  /** Nothing of rentrée 2024 is bundled: empty files of 2024 put the database back. */
  @AfterEach
  void removeTheFixtures() {
    assertThat(
            importFile
                .importFile(
                    RealFiles.request(
                        AFFELNET, new FixtureCsv(AFFELNET_HEADER).bytes(StandardCharsets.UTF_8)))
                .succeeded())
        .isTrue();
    assertThat(
            importFile
                .importFile(
                    RealFiles.request(
                        PARCOURSUP,
                        new FixtureCsv(PARCOURSUP_HEADER).bytes(StandardCharsets.UTF_8)))
                .succeeded())
        .isTrue();
  }

  private static Map<String, String> affelnet(
      String uai,
      String mefstat,
      String secteur,
      String recensement,
      String statut,
      String capacite,
      String pression,
      String voeux) {
    return Map.ofEntries(
        entry("Etablissement d'accueil", uai),
        entry("MEF STAT 11", mefstat),
        entry("Secteur ", secteur),
        entry("Voeu de recensement O/N", recensement),
        entry("Statut Offre de formation", statut),
        entry("Capacité carte scolaire", capacite),
        entry("Capacité d'affectation", capacite),
        entry("Taux de pression (Total demandes vœux 1 / Capacité carte scolaire)", pression),
        entry("Demandes vœux 1", voeux),
        entry("Demandes tous vœux", voeux));
  }

  private Map<String, JsonNode> offres2024(String uai) {
    Map<String, JsonNode> offres = new TreeMap<>();
    for (JsonNode offre :
        http.get("/api/etablissements/" + uai + "/offres?rentreeScolaire=2024").json()) {
      offres.put(offre.get("cfd").asString() + "/" + offre.get("codeDispositif").asString(), offre);
    }
    return offres;
  }

  @Test
  void readsTheFullAffelnetExport() {
    byte[] file =
        new FixtureCsv(AFFELNET_HEADER)
            // Two lines of one offer: summed (capacity 15, 34 wishes).
            .line(affelnet(JAURES, CAP_ELECTRICIEN_1, "PU", "N", "ST", "12", "2,5", "30"))
            .line(affelnet(JAURES, CAP_ELECTRICIEN_1, "PU", "N", "ST", "3", "1,33", "4"))
            // Apprenticeship offer (capacity 999 by convention): ignored.
            .line(affelnet(JAURES, CAP_ELECTRICIEN_1, "PU", "N", "AP", "999", "0,01", "7"))
            // Census wish: ignored.
            .line(affelnet(JAURES, CAP_ELECTRICIEN_1, "PU", "O", "ST", "10", "0,5", "5"))
            // Capacity 999: unknown; the wishes stay.
            .line(affelnet(JAURES, CAP_BRODERIE_1, "PU", "N", "ST", "999", "0,04", "40"))
            // Private by the référentiel, and by the line.
            .line(affelnet(ABBE_PIERRE, CAP_ELECTRICIEN_1, "PR", "N", "ST", "12", "1,5", "18"))
            // Private by the line only.
            .line(affelnet(SAINT_JOSEPH, CAP_ELECTRICIEN_1, "PR", "N", "ST", "24", "1,25", "30"))
            .bytes(StandardCharsets.UTF_8);

    ImportReport report = importFile.importFile(RealFiles.request(AFFELNET, file));

    assertThat(report.statut()).as(report.summary()).isEqualTo(ImportStatut.REUSSI);
    assertThat(report.type()).isEqualTo("affelnet");
    assertThat(report.annee()).isEqualTo("2024");
    Map<String, JsonNode> jaures = offres2024(JAURES);
    assertThat(jaures).containsOnlyKeys("50025524/241", "50024127/241");
    JsonNode electricien = jaures.get("50025524/241");
    assertThat(electricien.get("voie").asString()).isEqualTo("scolaire");
    assertThat(electricien.get("capacite").asInt()).isEqualTo(15);
    assertThat(electricien.get("premiersVoeux").asInt()).isEqualTo(34);
    assertThat(electricien.get("tauxPression").asDouble())
        .isCloseTo(34.0 / 15, Offset.offset(1e-9));
    JsonNode broderie = jaures.get("50024127/241");
    assertThat(broderie.get("capacite").isNull()).isTrue();
    assertThat(broderie.get("premiersVoeux").asInt()).isEqualTo(40);
    assertThat(broderie.get("tauxPression").isNull()).isTrue();
    assertThat(offres2024(ABBE_PIERRE)).isEmpty();
    assertThat(offres2024(SAINT_JOSEPH)).isEmpty();
  }

  @Test
  void readsThe2024ParcoursupLayoutWithoutCfdColumns() {
    byte[] file =
        new FixtureCsv(PARCOURSUP_HEADER)
            // Two lines of one offer: summed (capacity 30, 150 confirmed wishes).
            .line(row(JAURES, "BTS - Services - NDRC", BTS_NDRC_1, "120", "Scolaire", "24"))
            .line(row(JAURES, "BTS - Services - NDRC", BTS_NDRC_1, "30", "Scolaire", "6"))
            .line(
                row(
                    JAURES,
                    "BTS - Services - NDRC - en apprentissage",
                    BTS_NDRC_1,
                    "50",
                    "Apprentissage",
                    "15"))
            // Capacity 999: unknown; the wishes stay.
            .line(row(JAURES, "BTS - Services - MCO", BTS_MCO_1, "80", "Scolaire", "999"))
            .bytes(StandardCharsets.UTF_8);

    ImportReport report = importFile.importFile(RealFiles.request(PARCOURSUP, file));

    assertThat(report.statut()).as(report.summary()).isEqualTo(ImportStatut.REUSSI);
    assertThat(report.type()).isEqualTo("parcoursup_bts");
    Map<String, JsonNode> jaures = offres2024(JAURES);
    assertThat(jaures).containsOnlyKeys("32031212/311", "32031213/311");
    JsonNode ndrc = jaures.get("32031212/311");
    assertThat(ndrc.get("capacite").asInt()).isEqualTo(30);
    assertThat(ndrc.get("premiersVoeux").asInt()).isEqualTo(150);
    assertThat(ndrc.get("tauxDemande").asDouble()).isCloseTo(5.0, Offset.offset(1e-9));
    assertThat(ndrc.get("tauxPression").isNull()).isTrue();
    JsonNode mco = jaures.get("32031213/311");
    assertThat(mco.get("capacite").isNull()).isTrue();
    assertThat(mco.get("premiersVoeux").asInt()).isEqualTo(80);
  }

  private static Map<String, String> row(
      String uai, String libelle, String mefstat, String voeux, String statut, String capacite) {
    return Map.of(
        "UAI", uai,
        "LIBELLÉFORMATION", libelle,
        "MEFSTAT11", mefstat,
        "NB_VOEUX_CONFIRMES", voeux,
        "STATUT", statut,
        "CAPACITEPSUP", capacite);
  }

  /** The headers of the real 2022 and 2023 files name the rectified MEFSTAT11 as Orion reads it. */
  @Test
  void theRealParcoursupFilesNameTheSameColumns() {
    for (String file :
        new String[] {
          "parcoursup/BTS_attractivite_capacite_2022.csv.gz",
          "parcoursup/BTS_attractivite_capacite_2023.csv.gz"
        }) {
      assertThat(RealFiles.lines(file, StandardCharsets.UTF_8).get(0).split(";"))
          .as(file)
          .contains(PARCOURSUP_HEADER.split(";"));
    }
  }
}
