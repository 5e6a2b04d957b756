package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.ACTION_PRIORITAIRE;
import static fr.education.orion.schema.Tables.CERTIF_INFO;
import static fr.education.orion.schema.Tables.CERTIF_INFO_ROME;
import static fr.education.orion.schema.Tables.CFD_RNCP;
import static fr.education.orion.schema.Tables.DIPLOME_PROFESSIONNEL_CORRECTION;
import static fr.education.orion.schema.Tables.DISCIPLINE;
import static fr.education.orion.schema.Tables.DOMAINE_PROFESSIONNEL;
import static fr.education.orion.schema.Tables.FORMATION_ROME;
import static fr.education.orion.schema.Tables.METIER;
import static fr.education.orion.schema.Tables.REGROUPEMENT_MEFSTAT;
import static fr.education.orion.schema.Tables.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.RealFiles;
import fr.education.orion.TestHttp;
import fr.education.orion.ingestion.BundledData;
import fr.education.orion.ingestion.ImportFile;
import fr.education.orion.ingestion.ImportReport;
import fr.education.orion.ingestion.ImportStatut;
import fr.education.orion.ingestion.Rejet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * ROME, Certif Info, the RNCP kit and Orion's own referentials, imported at start from the bundled
 * real files: every expected value is computed here from the raw lines of those files.
 */
@OrionIT
class EmploiReferentielsIT {

  private static final String ROME_FILE = "rome/rome.csv.gz";
  private static final String CERTIF_INFO_FILE = "certifinfo/certif_info.csv.gz";
  private static final String KIT_FILE = "rncp/Kit_apprentissage_20231218.csv.gz";
  private static final String DIPLOMES_FILE = "diplomes_pro/diplomesProfessionnels.csv.gz";
  private static final String ACTIONS_FILE = "orion_referentiels/actions_prioritaires.csv.gz";
  private static final List<String> FILES =
      List.of(
          "rome/domaine_professionnel.csv.gz",
          ROME_FILE,
          "rome/metier.csv.gz",
          CERTIF_INFO_FILE,
          KIT_FILE,
          "orion_referentiels/OVERRIDES.csv.gz",
          ACTIONS_FILE,
          "orion_referentiels/discipline.csv.gz",
          "orion_referentiels/regroupements.csv.gz");
  // Certif Info columns (0-based): Code_Diplome 0, Code_Rome_1..5 7..11, Code_Scolarité 15.
  private static final int CODE_ROME_1 = 7;
  private static final int CODE_SCOLARITE = 15;

  @Autowired DSLContext dsl;
  @Autowired ImportFile importFile;
  @LocalServerPort int port;
  TestHttp http;

  @BeforeEach
  void client() {
    http = new TestHttp(port);
  }

  private static List<String[]> rows(String file) {
    return RealFiles.rows(file, StandardCharsets.UTF_8);
  }

  private static Set<String> column(String file, int index) {
    return rows(file).stream().map(r -> r[index]).collect(Collectors.toSet());
  }

  /** The CFDs of the list of vocational diplomas: "400-31107 T" without dash and spaces. */
  private static Set<String> perimetre() {
    Set<String> cfds = new HashSet<>();
    for (String[] row : rows(DIPLOMES_FILE)) {
      String compact = row[3].replace("-", "").replace(" ", "");
      if (compact.matches("[0-9]{8}[A-Z]?")) {
        cfds.add(compact.substring(0, 8));
      }
    }
    return cfds;
  }

  /** The ROME codes Certif Info gives a CFD, among those of the ROME file. */
  private static Set<String> romesOf(String cfd) {
    Set<String> known = column(ROME_FILE, 0);
    Set<String> romes = new TreeSet<>();
    for (String[] row : rows(CERTIF_INFO_FILE)) {
      if (row[CODE_SCOLARITE].equals(cfd)) {
        Arrays.stream(row, CODE_ROME_1, CODE_ROME_1 + 5)
            .filter(known::contains)
            .forEach(romes::add);
      }
    }
    return romes;
  }

  private int count(Table<?> table) {
    return dsl.fetchCount(table);
  }

  @Test
  void importsEveryRowOfTheRomeFiles() {
    List<String[]> romes = rows(ROME_FILE);

    assertThat(count(DOMAINE_PROFESSIONNEL))
        .isEqualTo(column("rome/domaine_professionnel.csv.gz", 0).size())
        .isEqualTo(110);
    assertThat(count(ROME)).isEqualTo(column(ROME_FILE, 0).size()).isEqualTo(609);
    assertThat(count(METIER)).isEqualTo(column("rome/metier.csv.gz", 0).size()).isEqualTo(11_522);
    // transition_eco (5th column): only "Emploi stratégique pour la Transition écologique" counts.
    long ecologiques =
        romes.stream()
            .filter(r -> r[4].equals("Emploi stratégique pour la Transition écologique"))
            .count();
    long numeriques = romes.stream().filter(r -> r[5].equals("O")).count();
    long demographiques = romes.stream().filter(r -> r[6].equals("O")).count();
    assertThat(count(ROME.where(ROME.TRANSITION_ECOLOGIQUE))).isEqualTo(ecologiques);
    assertThat(count(ROME.where(ROME.TRANSITION_NUMERIQUE))).isEqualTo(numeriques);
    assertThat(count(ROME.where(ROME.TRANSITION_DEMOGRAPHIQUE))).isEqualTo(demographiques);
    assertThat(
            dsl.select(ROME.CODE_DOMAINE_PROFESSIONNEL)
                .from(ROME)
                .where(ROME.CODE_ROME.eq("D1102"))
                .fetchOne(ROME.CODE_DOMAINE_PROFESSIONNEL))
        .isEqualTo("D11");
  }

  @Test
  void importsCertifInfoAndDerivesTheMetiersOfEachFormationOfThePerimeter() {
    List<String[]> certifications = rows(CERTIF_INFO_FILE);
    Set<String> codes = certifications.stream().map(r -> r[0]).collect(Collectors.toSet());
    Set<String> codesRome = new HashSet<>();
    for (String[] row : certifications) {
      for (int rang = 0; rang < 5; rang++) {
        if (!row[CODE_ROME_1 + rang].isEmpty()) {
          codesRome.add(row[0] + "/" + rang);
        }
      }
    }
    Set<String> perimetre = perimetre();
    Set<String> known = column(ROME_FILE, 0);
    Set<String> links = new HashSet<>();
    for (String[] row : certifications) {
      if (perimetre.contains(row[CODE_SCOLARITE])) {
        Arrays.stream(row, CODE_ROME_1, CODE_ROME_1 + 5)
            .filter(known::contains)
            .forEach(rome -> links.add(row[CODE_SCOLARITE] + "/" + rome));
      }
    }

    assertThat(count(CERTIF_INFO)).isEqualTo(codes.size());
    assertThat(count(CERTIF_INFO_ROME)).isEqualTo(codesRome.size());
    // awk over the same files gives 962 links for 569 formations.
    assertThat(count(FORMATION_ROME)).isEqualTo(links.size()).isEqualTo(962);
  }

  @Test
  void answersTheMetiersOfSampledFormationsAsCertifInfoGivesThem() {
    // A bac pro, a BTS and a CAP of the list of vocational diplomas.
    for (String cfd : List.of("40022105", "32031215", "50023327")) {
      JsonNode formation = http.get("/api/formations/" + cfd).json();
      List<String> metiers =
          StreamSupport.stream(formation.get("metiers").spliterator(), false)
              .map(metier -> metier.get("codeRome").asString())
              .toList();

      assertThat(metiers).as(cfd).isNotEmpty().containsExactlyElementsOf(romesOf(cfd));
    }
    JsonNode boulanger = http.get("/api/formations/40022105").json().get("metiers").get(0);
    String[] d1102 =
        rows(ROME_FILE).stream().filter(r -> r[0].equals("D1102")).findFirst().orElseThrow();
    assertThat(boulanger.get("codeRome").asString()).isEqualTo("D1102");
    assertThat(boulanger.get("libelleRome").asString()).isEqualTo(d1102[3]);
    assertThat(boulanger.get("transitionEcologique").asBoolean())
        .isEqualTo(d1102[4].contains("Emploi stratégique pour la Transition écologique"));
    assertThat(boulanger.get("transitionNumerique").asBoolean()).isEqualTo(d1102[5].equals("O"));
  }

  @Test
  void showsTheMetiersRncpAndActionsPrioritairesOnTheFormationPage() {
    String page = http.get("/formations/40033003", "text/html").body();

    assertThat(page)
        .contains("Métiers visés")
        .contains("Fiches RNCP")
        .contains("Actions prioritaires");
    for (String rome : romesOf("40033003")) {
      assertThat(page).contains("<td>" + rome + "</td>");
    }
    // First line of actions_prioritaires.csv: 40033003 in Auvergne-Rhône-Alpes (84), dispositif
    // 247.
    assertThat(rows(ACTIONS_FILE).get(0))
        .containsSequence("40033003", "Auvergne-Rhône-Alpes", "84", "247");
    assertThat(page).contains("Auvergne-Rhône-Alpes (84)");
  }

  @Test
  void answersTheActionsPrioritairesOfAFormation() {
    List<String[]> actions = rows(ACTIONS_FILE);
    Set<String> triples =
        actions.stream().map(r -> r[2] + "/" + r[4] + "/" + r[5]).collect(Collectors.toSet());
    String[] sampled = actions.get(actions.size() / 2);
    Set<String> expected =
        actions.stream()
            .filter(r -> r[2].equals(sampled[2]))
            .map(r -> r[4] + "/" + r[5])
            .collect(Collectors.toSet());

    JsonNode formation = http.get("/api/formations/" + sampled[2]).json();
    Set<String> answered =
        StreamSupport.stream(formation.get("actionsPrioritaires").spliterator(), false)
            .map(a -> a.get("codeRegion").asString() + "/" + a.get("codeDispositif").asString())
            .collect(Collectors.toSet());

    // The file repeats one line (50031224, Île-de-France, 241): 525 lines, 524 actions.
    assertThat(count(ACTION_PRIORITAIRE)).isEqualTo(triples.size()).isEqualTo(524);
    assertThat(answered).isEqualTo(expected).contains(sampled[4] + "/" + sampled[5]);
  }

  @Test
  void readsTheKitRncpWithItsLabelOnFiveLines() {
    // Every linked line has ";RNCP<digits>;" (the label on five lines ends on the line that has
    // it); the 37 lines with NR have no fiche.
    long linked =
        RealFiles.lines(KIT_FILE, StandardCharsets.UTF_8).stream()
            .filter(line -> line.matches(".*;RNCP[0-9]+;.*"))
            .count();

    assertThat(count(CFD_RNCP)).isEqualTo(linked).isEqualTo(5_670);
    String intitule =
        dsl.select(CFD_RNCP.INTITULE)
            .from(CFD_RNCP)
            .where(CFD_RNCP.CFD.eq("13511418"), CFD_RNCP.CODE_RNCP.eq("RNCP23315"))
            .fetchOne(CFD_RNCP.INTITULE);
    assertThat(intitule)
        .startsWith("MÉTIERS DES ETUDES DU CONSEIL")
        .contains("\n- PROJETS INFORMATIQUES ET STRATÉGIE D'ENTREPRISE (PISE)");

    JsonNode boulanger = http.get("/api/formations/40022105").json();
    Set<String> rncp = new HashSet<>();
    boulanger.get("rncp").forEach(code -> rncp.add(code.asString()));
    List<String> kit =
        rows(KIT_FILE).stream().filter(r -> r[0].equals("40022105")).map(r -> r[2]).toList();
    assertThat(rncp).containsAll(kit);
    assertThat(boulanger.get("fichesRncp").size()).isEqualTo(kit.size());
  }

  @Test
  void appliesTheCorrectionsWhereTheListSaysNothingAndKeepsTheListElsewhere() {
    // OVERRIDES.csv gives BP 45023201 the sous-secteur "Sous-secteur Gros-oeuvre et travaux
    // publics", a column the list does not have.
    String[] tailleur =
        rows("orion_referentiels/OVERRIDES.csv.gz").stream()
            .filter(r -> r[3].equals("45023201"))
            .findFirst()
            .orElseThrow();
    JsonNode diplome = http.get("/api/formations/45023201").json().get("diplomeProfessionnel");
    assertThat(diplome.get("sousSecteur").asString())
        .isEqualTo(tailleur[6].substring("Sous-secteur ".length()));
    assertThat(http.get("/formations/45023201", "text/html").body())
        .contains("Gros-oeuvre et travaux publics");

    // For CAP 50023327 the correction says RNCP 35196, the newer list 39036: the list wins.
    JsonNode peintre = http.get("/api/formations/50023327").json();
    assertThat(peintre.get("codeRncp").asString()).isEqualTo("39036");
    assertThat(count(DIPLOME_PROFESSIONNEL_CORRECTION)).isEqualTo(36);
  }

  @Test
  void keepsTheCurrentVersionOfADiplomaListedTwiceAndSaysSo() {
    // Columns: Code diplôme 3, Code RNCP 6, Première session 8. CAP 500-23118 is listed twice:
    // renovated (first session 2025) and former (2008); the current version wins.
    List<String[]> lines =
        rows(DIPLOMES_FILE).stream().filter(r -> r[3].equals("500-23118 U")).toList();
    assertThat(lines).hasSize(2);
    String[] current =
        lines.stream().max(Comparator.comparingInt(r -> Integer.parseInt(r[8]))).orElseThrow();

    assertThat(http.get("/api/formations/50023118").json().get("codeRncp").asString())
        .isEqualTo(current[6]);
    ImportReport report = importFile.importFile(BundledData.request(DIPLOMES_FILE));
    assertThat(report.lignesModifiees()).isZero();
    assertThat(motifs(report.avertissements(), "CFD 50023118 aussi ligne")).hasSize(1);
  }

  @Test
  void importingTheFilesAgainChangesNothingAndReportsUnknownCodes() {
    for (String file : FILES) {
      ImportReport report = importFile.importFile(BundledData.request(file));
      assertThat(report.statut()).as(report.summary()).isEqualTo(ImportStatut.REUSSI);
      assertThat(report.lignesModifiees()).as(report.summary()).isZero();

      switch (file) {
        case CERTIF_INFO_FILE -> {
          // Certif Info names 41 codes that the ROME v4 does not have (A1100, D1100…).
          Set<String> known = column(ROME_FILE, 0);
          long unknown =
              rows(CERTIF_INFO_FILE).stream()
                  .flatMap(r -> Arrays.stream(r, CODE_ROME_1, CODE_ROME_1 + 5))
                  .filter(code -> !code.isEmpty() && !known.contains(code))
                  .count();
          assertThat(motifs(report.avertissements(), "absent du référentiel ROME"))
              .hasSize((int) unknown)
              .contains("code ROME « A1100 » absent du référentiel ROME");
        }
        case KIT_FILE -> assertThat(report.rejets()).hasSize(37);
        case "orion_referentiels/regroupements.csv.gz" ->
            assertThat(report.avertissements())
                .extracting(Rejet::motif)
                .containsExactly("MEFSTAT11 « 32510013401 » absent de N_MEF");
        case "orion_referentiels/OVERRIDES.csv.gz" -> {
          assertThat(report.rejets()).extracting(Rejet::ligne).containsExactly(2);
          assertThat(motifs(report.avertissements(), "la correction « 35196 »")).hasSize(1);
        }
        default -> {}
      }
    }
  }

  private static List<String> motifs(List<Rejet> rejets, String part) {
    return rejets.stream().map(Rejet::motif).filter(motif -> motif.contains(part)).toList();
  }

  @Test
  void refusesAMalformedRomeCodeAndWritesNothing() {
    List<String> lines = RealFiles.lines(ROME_FILE, StandardCharsets.UTF_8);
    String libelle = lines.get(2).split(";", -1)[3];
    lines.set(2, lines.get(2).replace(libelle, "LIBELLE QUI NE DOIT PAS ETRE ECRIT"));
    lines.set(9, "Z" + lines.get(9).substring(1));
    int romes = count(ROME);

    ImportReport report = importFile.importFile(RealFiles.request("rome.csv", utf8(lines)));

    assertThat(report.statut()).isEqualTo(ImportStatut.REFUSE);
    assertThat(report.rejets())
        .singleElement()
        .satisfies(
            rejet -> {
              assertThat(rejet.ligne()).isEqualTo(10);
              assertThat(rejet.colonne()).isEqualTo("code_rome");
              assertThat(rejet.motif()).contains("code ROME");
            });
    assertThat(count(ROME)).isEqualTo(romes);
    assertThat(count(ROME.where(ROME.LIBELLE.eq(libelle)))).isEqualTo(1);
  }

  @Test
  void refusesAMalformedRncpCodeOfTheKitAndWritesNothing() {
    List<String> lines = RealFiles.lines(KIT_FILE, StandardCharsets.UTF_8);
    lines.set(1, lines.get(1).replace(";RNCP38381;", ";RNCP-38381;"));
    lines.set(2, lines.get(2).replace(";RNCP38380;", ";RNCP99999;"));
    int fiches = count(CFD_RNCP);

    ImportReport report =
        importFile.importFile(RealFiles.request("Kit_apprentissage.csv", utf8(lines)));

    assertThat(report.statut()).isEqualTo(ImportStatut.REFUSE);
    assertThat(report.rejets())
        .singleElement()
        .satisfies(
            rejet -> {
              assertThat(rejet.ligne()).isEqualTo(2);
              assertThat(rejet.colonne()).isEqualTo("Code_RNCP");
              assertThat(rejet.motif()).contains("« RNCP-38381 »");
            });
    assertThat(count(CFD_RNCP)).isEqualTo(fiches);
    assertThat(count(CFD_RNCP.where(CFD_RNCP.CODE_RNCP.eq("RNCP99999")))).isZero();
  }

  @Test
  void importsOrionsDisciplinesAndRegroupements() {
    assertThat(count(DISCIPLINE))
        .isEqualTo(column("orion_referentiels/discipline.csv.gz", 0).size())
        .isEqualTo(76);
    assertThat(count(REGROUPEMENT_MEFSTAT))
        .isEqualTo(column("orion_referentiels/regroupements.csv.gz", 1).size())
        .isEqualTo(1_114);
  }

  private static byte[] utf8(List<String> lines) {
    return (String.join("\n", new ArrayList<>(lines)) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
