package fr.education.orion.ingestion;

import static fr.education.orion.schema.Tables.DEPARTEMENT;
import static fr.education.orion.schema.Tables.FORMATION;
import static fr.education.orion.schema.Tables.MEF;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.RealFiles;
import fr.education.orion.TestHttp;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Imports of real files and of altered copies of them. The application under test has imported
 * every bundled file at start; tests that change data put it back as it was.
 */
@OrionIT
class ImportFileIT {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String MEF_FILE = "bcn/nMef.csv.gz";

  @Autowired ImportFile importFile;
  @Autowired DSLContext dsl;
  @LocalServerPort int port;

  private Map<String, Integer> tableCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Table<?> table : fr.education.orion.schema.DefaultSchema.DEFAULT_SCHEMA.getTables()) {
      // The console's snapshot is a cache, computed in the background after any import of another
      // test (a confirmed import of ImportPagesIT): it may appear while this test runs.
      if (!table.getName().equals("import_run")
          && !table.getName().startsWith("flyway")
          && !table.getName().equals("instantane_console")) {
        counts.put(table.getName(), dsl.fetchCount(table));
      }
    }
    return counts;
  }

  private static byte[] utf8(List<String> lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void importingEveryBundledFileAgainChangesNothing() {
    Map<String, Integer> before = tableCounts();

    for (ImportRequest file : BundledData.files()) {
      ImportReport report = importFile.importFile(file);
      assertThat(report.statut()).as(report.summary()).isEqualTo(ImportStatut.REUSSI);
      assertThat(report.lignesModifiees()).as(report.summary()).isZero();
    }

    assertThat(tableCounts()).isEqualTo(before);
  }

  @Test
  void refusesATruncatedLineAndWritesNothingOfTheFile() {
    List<String> lines = RealFiles.lines(MEF_FILE, StandardCharsets.UTF_8);
    String[] second = lines.get(1).split(";", -1);
    String mef = second[0];
    String libelle =
        dsl.select(MEF.LIBELLE).from(MEF).where(MEF.MEF_.eq(mef)).fetchOne(MEF.LIBELLE);
    second[6] = "LIBELLE QUI NE DOIT PAS ETRE ECRIT";
    lines.set(1, String.join(";", second));
    String line500 = lines.get(499);
    lines.set(499, line500.substring(0, line500.lastIndexOf(';')));
    int mefCount = dsl.fetchCount(MEF);

    ImportReport report = importFile.importFile(RealFiles.request("nMef_tronque.csv", utf8(lines)));

    assertThat(report.statut()).isEqualTo(ImportStatut.REFUSE);
    assertThat(report.rejets())
        .singleElement()
        .satisfies(
            rejet -> {
              assertThat(rejet.ligne()).isEqualTo(500);
              assertThat(rejet.motif()).contains("21 champs au lieu de 22");
            });
    assertThat(dsl.fetchCount(MEF)).isEqualTo(mefCount);
    assertThat(dsl.select(MEF.LIBELLE).from(MEF).where(MEF.MEF_.eq(mef)).fetchOne(MEF.LIBELLE))
        .isEqualTo(libelle);
  }

  @Test
  void namesTheLineAndColumnOfAnInvalidCode() {
    List<String> lines = RealFiles.lines(MEF_FILE, StandardCharsets.UTF_8);
    String[] tenth = lines.get(9).split(";", -1);
    tenth[2] = "4002210";
    lines.set(9, String.join(";", tenth));

    ImportReport report = importFile.importFile(RealFiles.request("nMef.csv", utf8(lines)));

    assertThat(report.statut()).isEqualTo(ImportStatut.REFUSE);
    assertThat(report.rejets())
        .singleElement()
        .satisfies(
            rejet -> {
              assertThat(rejet.ligne()).isEqualTo(10);
              assertThat(rejet.colonne()).isEqualTo("FORMATION_DIPLOME");
              assertThat(rejet.motif()).contains("« 4002210 »").contains("CFD");
            });
  }

  @Test
  void refusesAFileWithoutARequiredColumn() {
    List<String> lines = RealFiles.lines(MEF_FILE, StandardCharsets.UTF_8);
    List<String> withoutCfd = new ArrayList<>();
    for (String line : lines) {
      List<String> fields = new ArrayList<>(List.of(line.split(";", -1)));
      fields.remove(2);
      withoutCfd.add(String.join(";", fields));
    }

    ImportReport report =
        importFile.importFile(
            RealFiles.request("nMef.csv", utf8(withoutCfd)).withType("bcn_n_mef"));

    assertThat(report.statut()).isEqualTo(ImportStatut.REFUSE);
    assertThat(report.rejets())
        .anySatisfy(
            rejet -> {
              assertThat(rejet.ligne()).isEqualTo(1);
              assertThat(rejet.colonne()).isEqualTo("FORMATION_DIPLOME");
              assertThat(rejet.motif()).contains("colonne obligatoire absente");
            });
  }

  @Test
  void explainsAWrongSeparator() {
    List<String> lines =
        RealFiles.lines("geo/departements_academies_regions.csv.gz", StandardCharsets.UTF_8);
    List<String> commas = lines.stream().map(line -> line.replace(';', ',')).toList();

    ImportReport undetected = importFile.importFile(RealFiles.request("geo.csv", utf8(commas)));
    ImportReport declared =
        importFile.importFile(
            RealFiles.request("geo.csv", utf8(commas)).withType("departements_academies_regions"));

    assertThat(undetected.statut()).isEqualTo(ImportStatut.REFUSE);
    assertThat(undetected.rejets().get(0).motif()).contains("type de fichier non reconnu");
    assertThat(declared.rejets().get(0).motif()).contains("le séparateur attendu est « ; »");
  }

  @Test
  void refusesAnUnknownEncoding() {
    byte[] content = RealFiles.bytes("geo/departements_academies_regions.csv.gz");
    byte[] broken = content.clone();
    // 0x81 is undefined in Windows-1252 and cannot start a UTF-8 character.
    broken[200] = (byte) 0x81;

    ImportReport report = importFile.importFile(RealFiles.request("geo.csv", broken));

    assertThat(report.statut()).isEqualTo(ImportStatut.REFUSE);
    assertThat(report.rejets().get(0).motif()).contains("encodage inconnu");
  }

  @Test
  void readsWindows1252AndKeepsTheAccents() {
    // The bundled N_FORMATION_DIPLOME is Windows-1252, as published.
    ImportReport report =
        importFile.importFile(BundledData.request("bcn/nFormationDiplome_.csv.gz"));

    assertThat(report.encodage()).isEqualTo("Windows-1252");
    assertThat(
            dsl.select(FORMATION.LIBELLE)
                .from(FORMATION)
                .where(FORMATION.CFD.eq("40022105"))
                .fetchOne(FORMATION.LIBELLE))
        .isEqualTo("BOULANGER-PÂTISSIER (BAC PRO)");
  }

  @Test
  void importsOlderAndNewerLayoutsOfTheSameTable() {
    List<String> lines = RealFiles.lines("bcn/nFormationDiplome_.csv.gz", WINDOWS_1252);
    // The 2020 BCN table had 56 columns: four more, unknown to Orion, at the end.
    List<String> wider = lines.stream().map(line -> line + ";;;;").toList();
    List<String> widerWithHeader = new ArrayList<>(wider);
    widerWithHeader.set(0, lines.get(0) + ";ANCIEN_COL_1;ANCIEN_COL_2;ANCIEN_COL_3;ANCIEN_COL_4");
    // A layout without the columns Orion does not read (here the last ten).
    List<String> narrower =
        lines.stream()
            .map(line -> String.join(";", List.of(line.split(";", -1)).subList(0, 42)))
            .toList();

    ImportReport wide =
        importFile.importFile(
            RealFiles.request(
                "nFormationDiplome_2020.csv",
                String.join("\n", widerWithHeader).getBytes(WINDOWS_1252)));
    ImportReport narrow =
        importFile.importFile(
            RealFiles.request(
                "nFormationDiplome_court.csv", String.join("\n", narrower).getBytes(WINDOWS_1252)));

    assertThat(wide.statut()).as(wide.summary()).isEqualTo(ImportStatut.REUSSI);
    assertThat(wide.type()).isEqualTo("bcn_n_formation_diplome");
    assertThat(wide.lignesAcceptees()).isEqualTo(lines.size() - 1);
    assertThat(narrow.statut()).as(narrow.summary()).isEqualTo(ImportStatut.REUSSI);
    assertThat(narrow.lignesModifiees()).isZero();
  }

  @Test
  void aNewerVersionOfATableUpdatesIt() {
    String path = "geo/departements_academies_regions.csv.gz";
    List<String> lines = RealFiles.lines(path, StandardCharsets.UTF_8);
    List<String> renamed =
        lines.stream()
            .map(line -> line.replace(";Ille-et-Vilaine", ";Ille-et-Vilaine (renommé)"))
            .toList();

    try {
      ImportReport report = importFile.importFile(RealFiles.request("geo_2026.csv", utf8(renamed)));

      assertThat(report.lignesModifiees()).isEqualTo(1);
      assertThat(
              dsl.select(DEPARTEMENT.LIBELLE)
                  .from(DEPARTEMENT)
                  .where(DEPARTEMENT.CODE_DEPARTEMENT.eq("035"))
                  .fetchOne(DEPARTEMENT.LIBELLE))
          .isEqualTo("Ille-et-Vilaine (renommé)");
    } finally {
      importFile.importFile(BundledData.request(path));
    }
  }

  @Test
  void aSimulationValidatesAndWritesNothing() {
    String path = "geo/departements_academies_regions.csv.gz";
    List<String> renamed =
        RealFiles.lines(path, StandardCharsets.UTF_8).stream()
            .map(line -> line.replaceFirst("^Bretagne;", "Bretagne simulée;"))
            .toList();

    ImportReport report =
        importFile.importFile(RealFiles.request("geo.csv", utf8(renamed)).asSimulation());

    assertThat(report.statut()).isEqualTo(ImportStatut.SIMULATION);
    assertThat(report.lignesModifiees()).isPositive();
    assertThat(
            dsl.fetchExists(
                DSL.selectFrom(fr.education.orion.schema.Tables.REGION)
                    .where(fr.education.orion.schema.Tables.REGION.LIBELLE.eq("Bretagne simulée"))))
        .isFalse();
  }

  @Test
  void listsEveryRunNewestFirstWithItsCounts() {
    ImportReport refused = importFile.importFile(RealFiles.request("vide.csv", new byte[0]));
    ImportReport imported = importFile.importFile(BundledData.request(MEF_FILE));

    JsonNode runs = new TestHttp(port).connecteEnDemo("admin").get("/api/imports").json();

    JsonNode newest = runs.get(0);
    assertThat(newest.get("id").asLong()).isEqualTo(imported.id());
    assertThat(newest.get("type").asString()).isEqualTo("bcn_n_mef");
    assertThat(newest.get("fichier").asString()).isEqualTo(MEF_FILE);
    assertThat(newest.get("statut").asString()).isEqualTo("reussi");
    assertThat(newest.get("lignesLues").asInt()).isEqualTo(10067);
    assertThat(newest.get("lignesAcceptees").asInt()).isEqualTo(10067);
    assertThat(newest.get("lignesRejetees").asInt()).isZero();
    assertThat(newest.hasNonNull("debut")).isTrue();
    assertThat(newest.hasNonNull("fin")).isTrue();
    JsonNode previous = runs.get(1);
    assertThat(previous.get("id").asLong()).isEqualTo(refused.id());
    assertThat(previous.get("statut").asString()).isEqualTo("refuse");
  }
}
