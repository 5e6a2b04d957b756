package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.ETABLISSEMENT;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.FixtureCsv;
import fr.education.orion.OrionIT;
import fr.education.orion.RealFiles;
import fr.education.orion.TestHttp;
import fr.education.orion.ingestion.BundledData;
import fr.education.orion.ingestion.ImportFile;
import fr.education.orion.ingestion.ImportReport;
import fr.education.orion.ingestion.ImportRequest;
import fr.education.orion.ingestion.ImportStatut;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The full ACCE extraction (62 columns, ISO-8859-1), of which only a one-line sample is bundled: a
 * fixture written here with real UAIs of the bundled référentiel and made-up addresses and dates.
 * The établissements it changes are put back as the bundled files left them.
 */
@OrionIT
class AcceExtractionIT {

  private static final String SAMPLE = "etablissements/acce_extraction_format_sample.csv.gz";
  private static final String PUBLIC_LP = "0010020S";
  private static final String PRIVATE_LP = "0010099C";
  private static final String CORSE = "6200003J";
  private static final String GUADELOUPE = "9710052E";
  private static final String CLOSED_SEP = "0130012T";
  private static final String ANNUAIRE_LP = "0350062C";
  private static final List<String> FIXTURE_UAIS =
      List.of(PUBLIC_LP, PRIVATE_LP, CORSE, GUADELOUPE, CLOSED_SEP, ANNUAIRE_LP);

  @Autowired ImportFile importFile;
  @Autowired DSLContext dsl;
  @LocalServerPort int port;
  TestHttp http;

  @BeforeEach
  void client() {
    http = new TestHttp(port);
  }

  /** Removes what the fixture wrote, then imports again the bundled files of établissements. */
  @AfterEach
  void restoreTheBundledEtablissements() {
    dsl.deleteFrom(ETABLISSEMENT).where(ETABLISSEMENT.UAI.in(FIXTURE_UAIS)).execute();
    for (ImportRequest file : BundledData.files()) {
      if (file.fichier().startsWith("etablissements/")
          || file.fichier().startsWith("inserjeunes/depp_etablissements/")) {
        assertThat(importFile.importFile(file).succeeded()).isTrue();
      }
    }
  }

  private static Map<String, String> acce(
      String uai,
      String nature,
      String type,
      String secteur,
      String departement,
      String appellation,
      String commune,
      String codePostal) {
    Map<String, String> line =
        new HashMap<>(
            Map.ofEntries(
                entry("numero_uai", uai),
                entry("nature_uai", nature),
                entry("type_uai", type),
                entry("etat_etablissement", "1"),
                entry("etat_etablissement_libe", "Ouvert"),
                entry("ministere_tutelle", "06"),
                entry("secteur_public_prive", secteur),
                entry("secteur_public_prive_libe", secteur.equals("PU") ? "Public" : "Privé"),
                entry("departement_insee_3", departement),
                entry("appellation_officielle", appellation),
                entry("commune_libe", commune),
                entry("code_postal_uai", codePostal),
                entry("adresse_uai", "1 rue de l'Exemple"),
                entry("date_ouverture", "01/09/1965")));
    return line;
  }

  /** The fixture, in the 62 columns of the real sample, encoded in ISO-8859-1 as ACCE writes it. */
  private static byte[] fixture() {
    List<String> header =
        List.of(RealFiles.lines(SAMPLE, StandardCharsets.ISO_8859_1).get(0).split(";", -1));
    assertThat(header).hasSize(62);
    Map<String, String> closed =
        acce(
            CLOSED_SEP,
            "334",
            "SEP",
            "PU",
            "013",
            "Section d'enseignement professionnel du lycée polyvalent Montmajour",
            "Arles",
            "13200");
    closed.put("etat_etablissement", "4");
    closed.put("etat_etablissement_libe", "Fermé");
    closed.put("date_fermeture", "31/08/2020");
    Map<String, String> withSiret =
        acce(
            PUBLIC_LP,
            "320",
            "LP",
            "PU",
            "001",
            "Lycée professionnel Georges Charpak",
            "Châtillon-sur-Chalaronne",
            "01400");
    withSiret.put("numero_siren_siret_uai", "19010020100011");
    return new FixtureCsv(header)
        .line(withSiret)
        .line(
            acce(
                PRIVATE_LP,
                "320",
                "LP",
                "PR",
                "001",
                "Lycée professionnel privé Saint Joseph",
                "Bourg-en-Bresse",
                "01000"))
        .line(
            acce(
                CORSE,
                "320",
                "LP",
                "PU",
                "02A",
                "Lycée professionnel Jules Antonini",
                "Ajaccio",
                "20090"))
        .line(
            acce(
                GUADELOUPE,
                "320",
                "LP",
                "PU",
                "971",
                "Lycée professionnel Louis Delgrès",
                "Le Moule",
                "97160"))
        .line(closed)
        .line(
            acce(
                ANNUAIRE_LP,
                "320",
                "LP",
                "PU",
                "035",
                "Lycée professionnel Maupertuis",
                "Saint-Malo",
                "35407"))
        .bytes(StandardCharsets.ISO_8859_1);
  }

  /** département → {académie, région}, from the bundled geographic file. */
  private static Map<String, String[]> territoires() {
    Map<String, String[]> byDepartement = new HashMap<>();
    // libelleRegion;codeAcademie;codeRegion;codeDepartement;libelleAcademie;libelleDepartement
    for (String[] r :
        RealFiles.rows("geo/departements_academies_regions.csv.gz", StandardCharsets.UTF_8)) {
      byDepartement.put(r[3], new String[] {r[1], r[2]});
    }
    return byDepartement;
  }

  private ImportReport importFixture() {
    return importFile.importFile(RealFiles.request("fixture-lyceesACCE.csv", fixture()));
  }

  @Test
  void storesEveryEtablissementOfTheExtractionWithItsTerritory() {
    ImportReport report = importFixture();

    assertThat(report.statut()).as(report.summary()).isEqualTo(ImportStatut.REUSSI);
    assertThat(report.type()).isEqualTo("acce_etablissements");
    assertThat(report.encodage()).isEqualTo("Windows-1252");
    Map<String, String[]> territoires = territoires();
    Map<String, String> departements =
        Map.of(
            PUBLIC_LP, "001",
            PRIVATE_LP, "001",
            CORSE, "02A",
            GUADELOUPE, "971",
            CLOSED_SEP, "013",
            ANNUAIRE_LP, "035");
    departements.forEach(
        (uai, departement) -> {
          JsonNode etablissement = http.get("/api/etablissements/" + uai).json();
          assertThat(etablissement.get("source").asString()).as(uai).isEqualTo("acce");
          assertThat(etablissement.get("codeDepartement").asString())
              .as(uai)
              .isEqualTo(departement);
          assertThat(etablissement.get("codeAcademie").asString())
              .as(uai)
              .isEqualTo(territoires.get(departement)[0]);
          assertThat(etablissement.get("codeRegion").asString())
              .as(uai)
              .isEqualTo(territoires.get(departement)[1]);
          assertThat(etablissement.get("dateOuverture").asString()).as(uai).isEqualTo("1965-09-01");
        });

    JsonNode corse = http.get("/api/etablissements/" + CORSE).json();
    assertThat(corse.get("libelle").asString()).isEqualTo("Lycée professionnel Jules Antonini");
    assertThat(corse.get("libelleDepartement").asString()).isEqualTo("Corse-du-Sud");
    assertThat(corse.get("typeEtablissement").asString()).isEqualTo("LP");
    assertThat(corse.get("commune").asString()).isEqualTo("Ajaccio");
    assertThat(corse.get("codePostal").asString()).isEqualTo("20090");
    assertThat(corse.get("adresse").asString()).isEqualTo("1 rue de l'Exemple");

    JsonNode guadeloupe = http.get("/api/etablissements/" + GUADELOUPE).json();
    assertThat(guadeloupe.get("libelle").asString()).isEqualTo("Lycée professionnel Louis Delgrès");
    assertThat(guadeloupe.get("libelleRegion").asString()).isEqualTo("Guadeloupe");

    assertThat(http.get("/api/etablissements/" + PUBLIC_LP).json().get("siret").asString())
        .isEqualTo("19010020100011");
  }

  @Test
  void tellsPublicFromPrivate() {
    importFixture();

    assertThat(http.get("/api/etablissements/" + PUBLIC_LP).json().get("secteur").asString())
        .isEqualTo("PU");
    assertThat(http.get("/api/etablissements/" + PRIVATE_LP).json().get("secteur").asString())
        .isEqualTo("PR");
    assertThat(
            http.get("/api/etablissements?q=" + PRIVATE_LP)
                .json()
                .get("items")
                .get(0)
                .get("secteur")
                .asString())
        .isEqualTo("PR");
  }

  @Test
  void keepsAClosedEtablissementWithItsClosingDate() {
    importFixture();

    JsonNode closed = http.get("/api/etablissements/" + CLOSED_SEP).json();
    assertThat(closed.get("dateFermeture").asString()).isEqualTo("2020-08-31");
    assertThat(closed.get("typeEtablissement").asString()).isEqualTo("SEP");
    assertThat(http.get("/etablissements/" + CLOSED_SEP, "text/html").body())
        .contains("Fermé le 31/08/2020");
    assertThat(http.get("/api/etablissements/" + PUBLIC_LP).json().get("dateFermeture").isNull())
        .isTrue();
  }

  @Test
  void leavesTheCoordinatesOfTheAnnuaireAsTheAcceHasNone() {
    // From the bundled annuaire (columns latitude and longitude) for the LP Maupertuis.
    String[] annuaire =
        RealFiles.rows(
                "etablissements/annuaire_education_extrait_dept35_2023.csv.gz",
                StandardCharsets.UTF_8)
            .stream()
            .filter(r -> r[0].equals(ANNUAIRE_LP))
            .findFirst()
            .orElseThrow();

    importFixture();

    JsonNode maupertuis = http.get("/api/etablissements/" + ANNUAIRE_LP).json();
    assertThat(maupertuis.get("source").asString()).isEqualTo("acce");
    assertThat(maupertuis.get("latitude").asDouble()).isEqualTo(Double.parseDouble(annuaire[51]));
    assertThat(maupertuis.get("longitude").asDouble()).isEqualTo(Double.parseDouble(annuaire[52]));
    assertThat(maupertuis.get("sourceGeolocalisation").asString()).isEqualTo("annuaire");
  }

  @Test
  void importingTheSameExtractionAgainChangesNothing() {
    assertThat(importFixture().lignesModifiees()).isEqualTo(6);

    assertThat(importFixture().lignesModifiees()).isZero();
  }

  @Test
  void refusesThe2025CommaSeparatedLayoutAndSaysWhy() {
    // The 2025 layout seen in public copies: comma-separated, département by its label only.
    byte[] layout2025 =
        ("numero_uai,numero_siren_siret_uai,academie,nature_uai,appellation_officielle,adresse_uai,"
                + "code_postal_uai,secteur_public_prive,date_ouverture,date_fermeture,"
                + "ministere_tutelle,departement_insee_3_libe\n"
                + PUBLIC_LP
                + ",,10.0,320,Lycée professionnel Georges Charpak,1 rue de l'Exemple,01400,PU,"
                + "01/09/1965,,06,Ain\n")
            .getBytes(StandardCharsets.UTF_8);

    ImportReport detected =
        importFile.importFile(RealFiles.request("fixture-lyceesACCE_2025.csv", layout2025));
    ImportReport declared =
        importFile.importFile(
            RealFiles.request("fixture-lyceesACCE_2025.csv", layout2025)
                .withType("acce_etablissements"));

    assertThat(detected.statut()).isEqualTo(ImportStatut.REFUSE);
    assertThat(detected.rejets().get(0).motif()).contains("le séparateur attendu est « ; »");
    assertThat(declared.statut()).isEqualTo(ImportStatut.REFUSE);
    assertThat(declared.rejets().get(0).motif()).contains("le séparateur attendu est « ; »");
  }
}
