package fr.education.orion.indicateur.calcul;

import static fr.education.orion.schema.Tables.DIPLOME_PROFESSIONNEL;
import static fr.education.orion.schema.Tables.OFFRE;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.FixtureCsv;
import fr.education.orion.OrionIT;
import fr.education.orion.RealFiles;
import fr.education.orion.TestHttp;
import fr.education.orion.ingestion.ImportFile;
import fr.education.orion.ingestion.ImportReport;
import fr.education.orion.ingestion.ImportStatut;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue des formations en apprentissage, of which no real file is bundled: a fixture
 * written here with real CFA UAIs, CFDs and MEF codes of the bundled référentiel, and made-up tags
 * and durations. Expected offers are worked out by hand in the comments from the BCN dates.
 */
@OrionIT
class CatalogueApprentissageIT {

  private static final String HEADER =
      "Lieu: UAI;Formateur: UAI;Responsable: UAI;Formation: code CFD;Formation: niveau BCN;"
          + "Offre: Tags;Formation: codes MEF;Formation: durée collectée";
  private static final String FICHIER = "fixture-offres_apprentissage.csv";
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final String CFA_BATIMENT = "0351002Z";
  private static final String CFA_CMA_BRUZ = "0350998V";
  private static final String CFA_CCI = "0351884H";
  private static final String MFR_MONTAUBAN = "0351972D";
  private static final String MFR_MESSAC = "0351974F";
  private static final String MFR_SAINT_GREGOIRE = "0351976H";
  private static final String MFR_SAINT_AUBIN = "0351978K";

  /** Département 099 does not exist: a UAI unknown to the référentiel, on purpose. */
  private static final String UAI_INCONNU = "0999999Z";

  @Autowired ImportFile importFile;
  @Autowired DSLContext dsl;
  @Autowired OffreBuilder offreBuilder;
  @Autowired TransactionTemplate transaction;
  @LocalServerPort int port;
  TestHttp http;

  @BeforeEach
  void client() {
    http = new TestHttp(port);
  }

  /** No catalogue is bundled: an empty one puts the database back as it was. */
  @AfterEach
  void removeTheCatalogue() {
    ImportReport empty =
        importFile.importFile(
            RealFiles.request(FICHIER, new FixtureCsv(HEADER).bytes(StandardCharsets.UTF_8)));
    assertThat(empty.succeeded()).isTrue();
    assertThat(dsl.fetchCount(OFFRE, OFFRE.VOIE.eq("apprentissage"))).isZero();
  }

  private static Map<String, String> offre(
      String lieu, String cfd, String tags, String mefs, String duree) {
    return Map.ofEntries(
        entry("Lieu: UAI", lieu),
        entry("Formation: code CFD", cfd),
        entry("Formation: niveau BCN", cfd.startsWith("3") ? "5 (BTS, DUT...)" : "3 (CAP...)"),
        entry("Offre: Tags", tags),
        entry("Formation: codes MEF", mefs),
        entry("Formation: durée collectée", duree));
  }

  /** The fixture; line numbers (the header is line 1) are those of the report. */
  private static byte[] catalogue() {
    return new FixtureCsv(HEADER)
        // 2: CAP électricien, MEFs of its 2-year (241) and 1-year (240) dispositifs.
        .line(offre(CFA_BATIMENT, "50025524", "2022,2023,2024", "2412552421,2402552411", "2"))
        // 3: no lieu: the formateur (written in lower case); BTS MCO in 2 years → 311.
        .line(
            Map.of(
                "Formateur: UAI", "0350998v",
                "Responsable: UAI", CFA_CCI,
                "Formation: code CFD", "32031213",
                "Offre: Tags", "2023",
                "Formation: durée collectée", "2"))
        // 4: the responsable only; bac pro maintenance des véhicules in 3 years → 247.
        .line(
            Map.of(
                "Responsable: UAI", CFA_CCI,
                "Formation: code CFD", "40025214",
                "Offre: Tags", "2021, 2022",
                "Formation: durée collectée", "3 ans"))
        // 5: CAP peintre automobile, opened on 1 September 2023.
        .line(offre(MFR_MONTAUBAN, "50025441", "2023,2024", "", "2"))
        // 6: CAP maçon, closed on 31 August 2022.
        .line(offre(MFR_MESSAC, "50023217", "2022,2023", "", "2"))
        // 7: a CFD the BCN does not know (50099990).
        .line(offre(MFR_SAINT_GREGOIRE, "50099990", "2023", "", "2"))
        // 8: a MEF of another CFD (bac pro carrossier peintre).
        .line(offre(MFR_SAINT_AUBIN, "50025524", "2023", "2472541231", ""))
        // 9: no MEF, and no rule for a BTS in 4 years.
        .line(offre(MFR_MONTAUBAN, "32031212", "2023", "", "4"))
        // 10: a UAI the référentiel does not know.
        .line(offre(UAI_INCONNU, "32031212", "2023", "", "2"))
        // 11: a licence professionnelle, outside the perimeter.
        .line(offre(CFA_BATIMENT, "25010999", "2023", "", "1"))
        // 12: no UAI at all.
        .line(Map.of("Formation: code CFD", "50025524", "Offre: Tags", "2023"))
        // 13: CAP maritime, absent from the DGESCO list of the voie scolaire.
        .line(offre(MFR_SAINT_AUBIN, "50021308", "2023", "", "2"))
        .bytes(StandardCharsets.UTF_8);
  }

  private ImportReport importCatalogue() {
    return importFile.importFile(RealFiles.request(FICHIER, catalogue()));
  }

  /**
   * The newest rentrée of the bundled entry data (constat, Affelnet, Parcoursup), from the names of
   * the bundled files: the offers below are worked out for it.
   */
  private static int bundledCurrentRentree() throws IOException {
    try (InputStream list =
        CatalogueApprentissageIT.class
            .getClassLoader()
            .getResourceAsStream("donnees/fichiers.txt")) {
      Matcher year =
          Pattern.compile("(?m)^(?:constat|affelnet|parcoursup)/\\D*(\\d{4})\\.csv\\.gz$")
              .matcher(new String(list.readAllBytes(), StandardCharsets.UTF_8));
      int newest = 0;
      while (year.find()) {
        newest = Math.max(newest, Integer.parseInt(year.group(1)));
      }
      return newest;
    }
  }

  /** CFD → {DATE_OUVERTURE, DATE_FERMETURE} of the bundled N_FORMATION_DIPLOME. */
  private static Map<String, String[]> bcnDates() {
    Map<String, String[]> dates = new HashMap<>();
    for (String[] r : RealFiles.rows("bcn/nFormationDiplome_.csv.gz", WINDOWS_1252)) {
      dates.put(r[0], new String[] {r[8], r[9]});
    }
    return dates;
  }

  /** The apprenticeship offers of a UAI, as {@code rentrée/cfd/dispositif}. */
  private Set<String> offresApprentissage(String uai) {
    Set<String> offres = new TreeSet<>();
    for (JsonNode offre : http.get("/api/etablissements/" + uai + "/offres").json()) {
      if (offre.get("voie").asString().equals("apprentissage")) {
        assertThat(offre.get("effectif1").isNull()).isTrue();
        assertThat(offre.get("capacite").isNull()).isTrue();
        offres.add(
            offre.get("rentreeScolaire").asString()
                + "/"
                + offre.get("cfd").asString()
                + "/"
                + offre.get("codeDispositif").asString());
      }
    }
    return offres;
  }

  @Test
  void theFixtureIsWorkedOutForTheBundledDates() throws IOException {
    assertThat(bundledCurrentRentree()).isEqualTo(2023);
    Map<String, String[]> dates = bcnDates();
    assertThat(dates.get("50025524")).containsExactly("01/09/2018", "");
    assertThat(dates.get("32031213")).containsExactly("01/09/2019", "");
    assertThat(dates.get("40025214")).containsExactly("01/09/2014", "31/08/2028");
    assertThat(dates.get("50025441")).containsExactly("01/09/2023", "");
    assertThat(dates.get("50023217")).containsExactly("01/09/2002", "31/08/2022");
    assertThat(dates.get("50021308")).containsExactly("01/09/2019", "");
    assertThat(dates).doesNotContainKey("50099990");
  }

  @Test
  void derivesTheApprenticeshipOffersOfEachCfa() {
    ImportReport report = importCatalogue();

    assertThat(report.statut()).as(report.summary()).isEqualTo(ImportStatut.REUSSI);
    assertThat(report.type()).isEqualTo("offres_apprentissage");
    // Tags 2022, 2023, 2024 give 2021 to 2024; 2024 is after the current rentrée (2023).
    assertThat(offresApprentissage(CFA_BATIMENT))
        .containsExactly(
            "2021/50025524/240",
            "2021/50025524/241",
            "2022/50025524/240",
            "2022/50025524/241",
            "2023/50025524/240",
            "2023/50025524/241");
    // Tag 2023 gives 2022 and 2023, at the formateur.
    assertThat(offresApprentissage(CFA_CMA_BRUZ))
        .containsExactly("2022/32031213/311", "2023/32031213/311");
    // Tags 2021, 2022 give 2020 to 2022, at the responsable.
    assertThat(offresApprentissage(CFA_CCI))
        .containsExactly("2020/40025214/247", "2021/40025214/247", "2022/40025214/247");
    // Opened on 1 September 2023: not at the 2022 rentrée; 2024 is after the current one.
    assertThat(offresApprentissage(MFR_MONTAUBAN)).containsExactly("2023/50025441/241");
    // Closed on 31 August 2022: only the 2021 rentrée remains.
    assertThat(offresApprentissage(MFR_MESSAC)).containsExactly("2021/50023217/241");
    assertThat(offresApprentissage(UAI_INCONNU))
        .containsExactly("2022/32031212/311", "2023/32031212/311");
    assertThat(offresApprentissage(MFR_SAINT_GREGOIRE)).isEmpty();
    // The MEF of line 8 gives nothing; line 13 gives 2022 and 2023.
    assertThat(offresApprentissage(MFR_SAINT_AUBIN))
        .containsExactly("2022/50021308/241", "2023/50021308/241");
  }

  @Test
  void reportsTheLinesThatGiveNoOfferOrAnUnknownCode() {
    ImportReport report = importCatalogue();

    assertThat(report.lignesLues()).isEqualTo(12);
    assertThat(report.rejets())
        .singleElement()
        .satisfies(
            rejet -> {
              assertThat(rejet.ligne()).isEqualTo(12);
              assertThat(rejet.motif()).contains("aucun UAI");
            });
    assertThat(report.avertissements())
        .extracting(avertissement -> avertissement.ligne() + " " + avertissement.colonne())
        .containsExactly(
            "7 Formation: code CFD",
            "8 Formation: codes MEF",
            "9 Formation: durée collectée",
            "10 Lieu: UAI");
    assertThat(report.avertissements().get(0).motif()).contains("absent de la BCN");
    assertThat(report.avertissements().get(1).motif())
        .contains("MEF « 2472541231 » absent de N_MEF pour le CFD « 50025524 »");
    assertThat(report.avertissements().get(2).motif()).contains("dispositif inconnu");
    assertThat(report.avertissements().get(3).motif())
        .contains("« " + UAI_INCONNU + " » inconnu du référentiel");
  }

  @Test
  void addsTheCatalogueCfdsOfCapBacProAndBtsToThePerimeter() {
    assertThat(http.get("/api/formations/50021308").json().get("perimetre").asBoolean()).isFalse();

    importCatalogue();

    assertThat(
            dsl.select(DIPLOME_PROFESSIONNEL.CFD)
                .from(DIPLOME_PROFESSIONNEL)
                .where(DIPLOME_PROFESSIONNEL.VOIE.eq("apprentissage"))
                .fetchSet(DIPLOME_PROFESSIONNEL.CFD))
        .containsExactlyInAnyOrder(
            "50025524",
            "32031213",
            "40025214",
            "50025441",
            "50023217",
            "50099990",
            "32031212",
            "50021308");
    assertThat(http.get("/api/formations/50021308").json().get("perimetre").asBoolean()).isTrue();
    // A CFD of both lists still shows the RNCP code of the DGESCO list (column 7).
    String rncp =
        RealFiles.rows("diplomes_pro/diplomesProfessionnels.csv.gz", StandardCharsets.UTF_8)
            .stream()
            .filter(r -> r[3].replace("-", "").replace(" ", "").startsWith("50025524"))
            .findFirst()
            .orElseThrow()[6];
    JsonNode electricien = http.get("/api/formations/50025524").json();
    assertThat(electricien.get("perimetre").asBoolean()).isTrue();
    assertThat(electricien.get("codeRncp").asString()).isEqualTo(rncp);
  }

  @Test
  void importingTheSameCatalogueAgainChangesNothing() {
    assertThat(importCatalogue().lignesModifiees()).isPositive();

    assertThat(importCatalogue().lignesModifiees()).isZero();
  }

  @Test
  void voieScolaireAndApprenticeshipOffersNeverReplaceEachOther() {
    int scolaire = dsl.fetchCount(OFFRE, OFFRE.VOIE.eq("scolaire"));

    importCatalogue();
    int apprentissage = dsl.fetchCount(OFFRE, OFFRE.VOIE.eq("apprentissage"));
    for (String rentree : List.of("2020", "2021", "2022", "2023")) {
      transaction.executeWithoutResult(status -> offreBuilder.rebuild(rentree));
    }

    assertThat(dsl.fetchCount(OFFRE, OFFRE.VOIE.eq("scolaire"))).isEqualTo(scolaire);
    assertThat(dsl.fetchCount(OFFRE, OFFRE.VOIE.eq("apprentissage")))
        .isEqualTo(apprentissage)
        .isEqualTo(17);
  }

  @Test
  void theCurrentRentreeMovesWithTheEntryData() {
    importCatalogue();
    String affelnetHeader =
        "Etablissement d'accueil;MEF STAT 11;Voeu de recensement O/N;Statut Offre de formation;"
            + "Capacité carte scolaire;Demandes vœux 1";
    // One Affelnet line of rentrée 2024 (lycée Jean Jaurès, CAP électricien): 2024 is now known.
    byte[] affelnet2024 =
        (affelnetHeader + "\n0350031U;23210025524;N;ST;12;20\n").getBytes(StandardCharsets.UTF_8);
    try {
      importFile.importFile(
          RealFiles.request("fixture-attractivite_capacite_2024.csv", affelnet2024));

      assertThat(offresApprentissage(MFR_MONTAUBAN))
          .containsExactly("2023/50025441/241", "2024/50025441/241");
      assertThat(offresApprentissage(CFA_BATIMENT))
          .contains("2024/50025524/240", "2024/50025524/241");
    } finally {
      importFile.importFile(
          RealFiles.request(
              "fixture-attractivite_capacite_2024.csv",
              (affelnetHeader + "\n").getBytes(StandardCharsets.UTF_8)));
    }
    assertThat(offresApprentissage(MFR_MONTAUBAN)).containsExactly("2023/50025441/241");
  }
}
