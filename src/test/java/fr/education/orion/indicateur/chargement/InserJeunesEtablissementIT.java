package fr.education.orion.indicateur.chargement;

import static fr.education.orion.schema.Tables.ETABLISSEMENT;
import static fr.education.orion.schema.Tables.INSERJEUNES_ETABLISSEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.RealFiles;
import fr.education.orion.TestHttp;
import fr.education.orion.TestHttp.Answer;
import fr.education.orion.ingestion.BundledData;
import fr.education.orion.ingestion.ImportFile;
import fr.education.orion.ingestion.ImportReport;
import fr.education.orion.ingestion.ImportStatut;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The DEPP per-établissement InserJeunes files: every line stored as published, served by the route
 * and the établissement page, re-imported without change, refused when altered. Expected values are
 * read here from the raw files, with the column positions below read off their headers by hand.
 */
@OrionIT
class InserJeunesEtablissementIT {

  /**
   * One DEPP file and where its columns are (0-based, -1 when absent), read off its header: Taux,
   * Taux attendu and Valeur ajoutée follow each other from {@code taux}, the three Part columns
   * from {@code parts}. In the 2018_2019 and 2019_2020 files the périmètre (pro, 2018_2019) and the
   * taux de poursuite d'études have blank header cells: they are the 4th and 5th columns.
   */
  record Depp(String millesime, String kind, int perimetre, int poursuite, int taux, int parts) {

    String path() {
      return "inserjeunes/depp_etablissements/" + fichier() + ".gz";
    }

    String fichier() {
      return "depp-2022-etablissements-" + millesime + "-" + kind + ".csv";
    }

    String type() {
      return kind.equals("pro") ? "depp_inserjeunes_lycees" : "depp_inserjeunes_cfa";
    }

    List<String[]> rows() {
      return RealFiles.rows(path(), StandardCharsets.UTF_8).stream()
          .map(row -> Arrays.stream(row).map(Depp::unquote).toArray(String[]::new))
          .toList();
    }

    private static String unquote(String value) {
      return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
          ? value.substring(1, value.length() - 1)
          : value;
    }
  }

  private static final List<Depp> FILES =
      List.of(
          new Depp("2018_2019", "pro", 3, 4, 5, -1),
          new Depp("2018_2019", "apprentissage", -1, 4, 5, -1),
          new Depp("2019_2020", "pro", 3, 4, 5, -1),
          new Depp("2019_2020", "apprentissage", -1, 4, 5, -1),
          new Depp("2020_2021", "pro", 3, 4, 5, 8),
          new Depp("2020_2021", "apprentissage", -1, 3, 4, 7),
          new Depp("2021_2022", "pro", 3, 4, 5, 8),
          new Depp("2021_2022", "apprentissage", -1, 3, 4, 7));

  private static final Map<String, String> PERIMETRES =
      Map.of(
          "ensemble", "ensemble",
          "dont apprentis", "apprentis",
          "dont élèves en voie pro sco", "scolaires");

  /** A line as published: the raw text of poursuite, taux, attendu, VA and the three parts. */
  record Ligne(
      String uai, String millesime, String perimetre, List<String> valeurs, String fichier) {

    String key() {
      return uai + "/" + millesime + "/" + perimetre;
    }
  }

  private static List<Ligne> lignes(Depp depp) {
    List<Ligne> lignes = new ArrayList<>();
    for (String[] row : depp.rows()) {
      List<String> valeurs = new ArrayList<>();
      valeurs.add(row[depp.poursuite()]);
      IntStream.range(0, 3).forEach(i -> valeurs.add(row[depp.taux() + i]));
      IntStream.range(0, 3)
          .forEach(i -> valeurs.add(depp.parts() < 0 ? "" : row[depp.parts() + i]));
      String perimetre =
          depp.perimetre() < 0 ? "apprentissage" : PERIMETRES.get(row[depp.perimetre()]);
      assertThat(perimetre).as(depp.fichier() + " " + row[0]).isNotNull();
      lignes.add(new Ligne(row[0], depp.millesime(), perimetre, valeurs, depp.fichier()));
    }
    return lignes;
  }

  private static List<Ligne> allLignes() {
    return FILES.stream().flatMap(depp -> lignes(depp).stream()).toList();
  }

  /** "57" → 0.57, as the API writes rates; "nd" and "" → null. */
  private static String fraction(String published) {
    return published.isEmpty() || published.equals("nd")
        ? null
        : new BigDecimal(published).movePointLeft(2).stripTrailingZeros().toPlainString();
  }

  @LocalServerPort int port;
  @Autowired DSLContext dsl;
  @Autowired ImportFile importFile;
  TestHttp http;

  @BeforeEach
  void client() {
    http = new TestHttp(port);
  }

  @Test
  void storesEveryLineOfTheEightFilesAsPublished() {
    Map<String, List<String>> stored = new HashMap<>();
    var ie = INSERJEUNES_ETABLISSEMENT;
    dsl.selectFrom(ie)
        .forEach(
            r ->
                stored.put(
                    r.getUai() + "/" + r.getMillesime() + "/" + r.getPerimetre(),
                    Arrays.asList(
                        text(r.getTauxPoursuite()),
                        text(r.getTauxEmploi_6Mois()),
                        text(r.getTauxAttendu()),
                        text(r.getValeurAjoutee()),
                        text(r.getPartPoursuite()),
                        text(r.getPartEmploi_6Mois()),
                        text(r.getPartAutresSituations()),
                        r.getFichier())));

    List<Ligne> lignes = allLignes();
    assertThat(stored).hasSize(lignes.size());
    for (Ligne ligne : lignes) {
      List<String> expected =
          new ArrayList<>(ligne.valeurs().stream().map(v -> v.equals("nd") ? "" : v).toList());
      expected.add(ligne.fichier());
      assertThat(stored.get(ligne.key())).as(ligne.key()).isEqualTo(expected);
    }
  }

  private static String text(Integer value) {
    return value == null ? "" : value.toString();
  }

  @Test
  void storesAsManyRowsPerMillesimeAsTheFilesHaveDataLines() {
    Map<String, Integer> stored =
        dsl.select(INSERJEUNES_ETABLISSEMENT.MILLESIME, org.jooq.impl.DSL.count())
            .from(INSERJEUNES_ETABLISSEMENT)
            .groupBy(INSERJEUNES_ETABLISSEMENT.MILLESIME)
            .fetchMap(r -> r.value1(), r -> r.value2());
    Map<String, Integer> lines = new HashMap<>();
    FILES.forEach(depp -> lines.merge(depp.millesime(), depp.rows().size(), Integer::sum));

    assertThat(stored).isEqualTo(lines);
    // By hand (wc -l, headers excluded): 4569 + 851, 4674 + 1041, 4972 + 1767, 5325 + 2288.
    assertThat(lines)
        .containsEntry("2018_2019", 5420)
        .containsEntry("2019_2020", 5715)
        .containsEntry("2020_2021", 6739)
        .containsEntry("2021_2022", 7613);
  }

  /**
   * A lycée with three périmètres (0010006B), a CFA (0010826T, whose 2018_2019 line has an unnamed
   * 4th column that is not the taux de poursuite), a lycée and a CFA present only in the old,
   * positional files (0080018B, 0021923E), a line with nd (0570313F, 2021_2022: Taux nd but Taux
   * attendu 52), a UAI in both 2021_2022 files (0492298G).
   */
  @Test
  void theRouteAnswersTheValuesOfTheRawLinesNewestMillesimeFirst() {
    List<Ligne> lignes = allLignes();
    for (String uai :
        List.of("0010006B", "0010826T", "0080018B", "0021923E", "0570313F", "0492298G")) {
      Map<String, List<String>> expected = new HashMap<>();
      lignes.stream()
          .filter(ligne -> ligne.uai().equals(uai))
          .forEach(
              ligne -> {
                List<String> valeurs =
                    new ArrayList<>(ligne.valeurs().stream().map(v -> fraction(v)).toList());
                valeurs.add(ligne.fichier());
                expected.put(ligne.millesime() + "/" + ligne.perimetre(), valeurs);
              });

      Answer answer = http.get("/api/etablissements/" + uai + "/inserjeunes");
      assertThat(answer.status()).as(uai).isEqualTo(200);
      Map<String, List<String>> actual = new HashMap<>();
      List<String> millesimes = new ArrayList<>();
      for (JsonNode row : answer.json()) {
        millesimes.add(row.get("millesime").asString());
        actual.put(
            row.get("millesime").asString() + "/" + row.get("perimetre").asString(),
            Arrays.asList(
                decimal(row.get("tauxPoursuite")),
                decimal(row.get("tauxEmploi6mois")),
                decimal(row.get("tauxAttendu")),
                decimal(row.get("valeurAjoutee")),
                decimal(row.get("partPoursuite")),
                decimal(row.get("partEmploi6mois")),
                decimal(row.get("partAutresSituations")),
                row.get("fichier").asString()));
      }

      assertThat(expected).as(uai).isNotEmpty();
      assertThat(actual).as(uai).isEqualTo(expected);
      assertThat(millesimes).as(uai).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
  }

  private static String decimal(JsonNode node) {
    return node.isNull() ? null : node.decimalValue().stripTrailingZeros().toPlainString();
  }

  @Test
  void readsTheTauxDePoursuiteOfThe2018FilesFromTheirFifthColumn() {
    // depp-2022-etablissements-2018_2019-apprentissage.csv, line of 0010826T:
    // "0010826T";"Centre de Formation…";"AUVERGNE-RHONE-ALPES";41;38;67;63;4;68;69;71
    // 41 is the unnamed 4th column, 38 the taux de poursuite, 67 Taux, 63 attendu, 4 VA.
    JsonNode cfa = http.get("/api/etablissements/0010826T/inserjeunes?millesime=2018_2019").json();

    assertThat(cfa).hasSize(1);
    assertThat(cfa.get(0).get("perimetre").asString()).isEqualTo("apprentissage");
    assertThat(cfa.get(0).get("tauxPoursuite").decimalValue()).isEqualByComparingTo("0.38");
    assertThat(cfa.get(0).get("tauxEmploi6mois").decimalValue()).isEqualByComparingTo("0.67");
    assertThat(cfa.get(0).get("tauxAttendu").decimalValue()).isEqualByComparingTo("0.63");
    assertThat(cfa.get(0).get("valeurAjoutee").decimalValue()).isEqualByComparingTo("0.04");
    assertThat(cfa.get(0).get("partPoursuite").isNull()).isTrue();
  }

  @Test
  void reimportingEachFileChangesNothingAndRecognisesItsKind() {
    int rows = dsl.fetchCount(INSERJEUNES_ETABLISSEMENT);
    for (Depp depp : FILES) {
      ImportReport report = importFile.importFile(BundledData.request(depp.path()));

      assertThat(report.statut()).as(report.summary()).isEqualTo(ImportStatut.REUSSI);
      assertThat(report.type()).as(depp.fichier()).isEqualTo(depp.type());
      assertThat(report.annee()).isEqualTo(depp.millesime());
      assertThat(report.lignesModifiees()).as(report.summary()).isZero();
    }
    assertThat(dsl.fetchCount(INSERJEUNES_ETABLISSEMENT)).isEqualTo(rows);
  }

  @Test
  void neverOverwritesTheEtablissementsOfAMoreCompleteSource() {
    importFile.importFile(
        BundledData.request(FILES.get(6).path())); // 2021_2022-pro, which names both

    // 0350031U comes from the annuaire, 0010001W from the ACCE sample; both are in the DEPP files.
    assertThat(source("0350031U")).isEqualTo("annuaire");
    assertThat(source("0010001W")).isEqualTo("acce");
    assertThat(source("0080018B")).isEqualTo("depp");
  }

  private String source(String uai) {
    return dsl.select(ETABLISSEMENT.SOURCE)
        .from(ETABLISSEMENT)
        .where(ETABLISSEMENT.UAI.eq(uai))
        .fetchOne(ETABLISSEMENT.SOURCE);
  }

  @Test
  void aNewerFileReplacesItsMillesimeAndKind() {
    Depp depp = FILES.get(5); // 2020_2021 apprentissage
    List<String> lines = RealFiles.lines(depp.path(), StandardCharsets.UTF_8);
    // Line 2 is 0010826T (43;64;64;1;…): drop it; line 3 is 0010856A: its Taux becomes 75.
    String removed = lines.remove(1);
    assertThat(removed).startsWith("0010826T;");
    String[] changed = lines.get(1).split(";", -1);
    assertThat(changed[0]).isEqualTo("0010856A");
    changed[4] = "75";
    lines.set(1, String.join(";", changed));
    int pro = countOf("2020_2021", "ensemble");

    try {
      ImportReport report = importFile.importFile(RealFiles.request(depp.fichier(), utf8(lines)));

      assertThat(report.statut()).as(report.summary()).isEqualTo(ImportStatut.REUSSI);
      assertThat(report.lignesModifiees()).isEqualTo(2);
      assertThat(taux("0010826T", "2020_2021")).isEmpty();
      assertThat(taux("0010856A", "2020_2021")).containsExactly(75);
      assertThat(taux("0010826T", "2021_2022")).containsExactly(69);
      assertThat(countOf("2020_2021", "ensemble")).isEqualTo(pro);
    } finally {
      importFile.importFile(BundledData.request(depp.path()));
    }
    assertThat(taux("0010826T", "2020_2021")).containsExactly(64);
  }

  private List<Integer> taux(String uai, String millesime) {
    return dsl.select(INSERJEUNES_ETABLISSEMENT.TAUX_EMPLOI_6_MOIS)
        .from(INSERJEUNES_ETABLISSEMENT)
        .where(INSERJEUNES_ETABLISSEMENT.UAI.eq(uai))
        .and(INSERJEUNES_ETABLISSEMENT.MILLESIME.eq(millesime))
        .fetch(INSERJEUNES_ETABLISSEMENT.TAUX_EMPLOI_6_MOIS);
  }

  private int countOf(String millesime, String perimetre) {
    return dsl.fetchCount(
        INSERJEUNES_ETABLISSEMENT,
        INSERJEUNES_ETABLISSEMENT
            .MILLESIME
            .eq(millesime)
            .and(INSERJEUNES_ETABLISSEMENT.PERIMETRE.eq(perimetre)));
  }

  private static byte[] utf8(List<String> lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** Imports a copy of a file with one value changed, which must be refused and write nothing. */
  private ImportReport importAltered(Depp depp, int line, int column, String value) {
    List<String> lines = RealFiles.lines(depp.path(), StandardCharsets.UTF_8);
    String[] fields = lines.get(line - 1).split(";", -1);
    fields[column] = value;
    lines.set(line - 1, String.join(";", fields));
    // A line that must not be written if the file is refused: 0010001W's Taux becomes 99.
    lines.set(
        1,
        lines
            .get(1)
            .replaceFirst("^0010001W;(.*?);ensemble;57;54;", "0010001W;$1;ensemble;57;99;"));
    int rows = dsl.fetchCount(INSERJEUNES_ETABLISSEMENT);

    ImportReport report = importFile.importFile(RealFiles.request(depp.fichier(), utf8(lines)));

    assertThat(report.statut()).isEqualTo(ImportStatut.REFUSE);
    assertThat(dsl.fetchCount(INSERJEUNES_ETABLISSEMENT)).isEqualTo(rows);
    return report;
  }

  @Test
  void refusesANonIntegerRateWithItsLineAndColumnAndWritesNothing() {
    Depp depp = FILES.get(6); // 2021_2022 pro: 0010001W is line 2, Taux 54
    ImportReport report = importAltered(depp, 10, 5, "45,5");

    assertThat(report.rejets())
        .singleElement()
        .satisfies(
            rejet -> {
              assertThat(rejet.ligne()).isEqualTo(10);
              assertThat(rejet.colonne()).isEqualTo("Taux");
              assertThat(rejet.motif()).isEqualTo("« 45,5 » n'est pas un nombre entier");
            });
    assertThat(taux("0010001W", "2021_2022")).containsExactly(54);
  }

  @Test
  void refusesAMalformedUaiWithItsLineAndColumnAndWritesNothing() {
    Depp depp = FILES.get(6);
    ImportReport report = importAltered(depp, 20, 0, "001000W");

    assertThat(report.rejets())
        .singleElement()
        .satisfies(
            rejet -> {
              assertThat(rejet.ligne()).isEqualTo(20);
              assertThat(rejet.colonne()).isEqualTo("n°UAI de l'établissement");
              assertThat(rejet.motif()).contains("« 001000W » n'est pas un UAI");
            });
    assertThat(taux("0010001W", "2021_2022")).containsExactly(54);
  }

  @Test
  void namesAPositionalColumnWhenItsValueIsRefused() {
    Depp depp = FILES.get(0); // 2018_2019 pro, whose 5th column has a blank header cell
    List<String> lines = RealFiles.lines(depp.path(), StandardCharsets.UTF_8);
    String[] fields = lines.get(4).split(";", -1);
    fields[4] = "\"49 %\"";
    lines.set(4, String.join(";", fields));

    ImportReport report = importFile.importFile(RealFiles.request(depp.fichier(), utf8(lines)));

    assertThat(report.statut()).isEqualTo(ImportStatut.REFUSE);
    assertThat(report.rejets())
        .singleElement()
        .satisfies(
            rejet -> {
              assertThat(rejet.ligne()).isEqualTo(5);
              assertThat(rejet.colonne()).isEqualTo("Taux de poursuite d'études");
              assertThat(rejet.motif()).contains("« 49 % » n'est pas un nombre entier");
            });
  }

  @Test
  void refusesAnUnknownPerimetreAndAFileWithoutMillesime() {
    Depp depp = FILES.get(6);
    ImportReport perimetre = importAltered(depp, 3, 3, "dont stagiaires");
    assertThat(perimetre.rejets())
        .singleElement()
        .satisfies(
            rejet -> {
              assertThat(rejet.ligne()).isEqualTo(3);
              assertThat(rejet.colonne()).isEqualTo("Dont apprentis en EPLE");
              assertThat(rejet.motif()).contains("« dont stagiaires » n'est pas un périmètre");
            });

    ImportReport sansMillesime =
        importFile.importFile(RealFiles.request("lycees-pro.csv", RealFiles.bytes(depp.path())));
    assertThat(sansMillesime.statut()).isEqualTo(ImportStatut.REFUSE);
    assertThat(sansMillesime.rejets().get(0).motif())
        .contains("millésime inconnu")
        .contains("--millesime");
  }

  @Test
  void asksForTheTypeWhenNeitherHeaderNorNameTellTheKindOfA2018File() {
    ImportReport report =
        importFile.importFile(
            RealFiles.request("depp-2018_2019.csv", RealFiles.bytes(FILES.get(1).path())));

    assertThat(report.statut()).isEqualTo(ImportStatut.REFUSE);
    assertThat(report.rejets().get(0).motif())
        .contains("« depp_inserjeunes_cfa », « depp_inserjeunes_lycees »")
        .contains("précisez le type du fichier")
        .as("the web report gives no command-line hint; the CLI adds its own")
        .doesNotContain("--type");

    ImportReport declared =
        importFile.importFile(
            RealFiles.request("depp-2018_2019.csv", RealFiles.bytes(FILES.get(1).path()))
                .withType("depp_inserjeunes_cfa"));
    assertThat(declared.statut()).as(declared.summary()).isEqualTo(ImportStatut.REUSSI);
    // The file name is part of each line, so this changes every CFA line of the millésime.
    importFile.importFile(BundledData.request(FILES.get(1).path()));
  }

  @Test
  void answersProblemsInFrenchForBadOrUnknownCodes() {
    Answer unknown = http.get("/api/etablissements/9999999Z/inserjeunes");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(unknown.json().get("detail").asString())
        .isEqualTo("Aucun établissement d'UAI « 9999999Z ».");

    Answer millesime = http.get("/api/etablissements/0010006B/inserjeunes?millesime=2021");
    assertThat(millesime.status()).isEqualTo(400);
    assertThat(millesime.contentType()).startsWith("application/problem+json");
    assertThat(millesime.json().get("detail").asString())
        .contains("« 2021 »")
        .contains("AAAA_AAAA");

    assertThat(http.get("/api/etablissements/12/inserjeunes").status()).isEqualTo(400);
    // An établissement of the annuaire without DEPP figures: known, no line.
    JsonNode none = http.get("/api/etablissements/0350031U/inserjeunes?millesime=2017_2018").json();
    assertThat(none).isEmpty();
  }

  @Test
  void theRouteIsDocumented() {
    JsonNode docs = http.get("/api/openapi").json();

    assertThat(docs.get("paths").has("/api/etablissements/{uai}/inserjeunes")).isTrue();
  }

  @Test
  void theEtablissementPageShowsATablePerFileWithItsSourceAndExplainsNd() {
    Answer page = http.get("/etablissements/0570313F", "text/html");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Insertion des sortants (InserJeunes)")
        .contains(
            "Millésime 2021_2022 (sortants 2021 et 2022) — source : DEPP, InserJeunes, fichier"
                + " depp-2022-etablissements-2021_2022-pro.csv")
        .contains("depp-2022-etablissements-2018_2019-pro.csv")
        .contains("<abbr title=\"non disponible\">nd</abbr>")
        .contains("nd</abbr> : non disponible");
    // 2021_2022, ensemble: poursuite 36, Taux nd, attendu 52, VA nd.
    String table = page.body().substring(page.body().indexOf("Millésime 2021_2022"));
    String row = table.substring(table.indexOf("<th scope=\"row\">Ensemble"));
    row = row.substring(0, row.indexOf("</tr>"));
    List<String> cells =
        Arrays.stream(row.split("<td>"))
            .skip(1)
            .map(cell -> cell.substring(0, cell.indexOf("</td>")).strip())
            .toList();
    String nd = "<abbr title=\"non disponible\">nd</abbr>";
    assertThat(cells).hasSize(4);
    // fr-FR percentages: a no-break space (narrow or not, by JDK) before the sign.
    assertThat(cells.get(0)).matches("36\\h%");
    assertThat(cells.get(1)).isEqualTo(nd);
    assertThat(cells.get(2)).matches("52\\h%");
    assertThat(cells.get(3)).isEqualTo(nd);
  }
}
