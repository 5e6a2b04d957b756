package fr.education.orion.ingestion;

import static fr.education.orion.schema.Tables.CHOMAGE_DEPARTEMENT;
import static fr.education.orion.schema.Tables.CHOMAGE_REGION;
import static fr.education.orion.schema.Tables.IMPORT_A_CONFIRMER;
import static fr.education.orion.schema.Tables.IMPORT_RUN;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.RealFiles;
import fr.education.orion.TestHttp;
import fr.education.orion.schema.tables.records.ImportRunRecord;
import fr.education.orion.system.Format;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Files an administrator sends on the import page: those Orion must refuse without its memory being
 * taken (a decompression bomb, a file over the upload limit, 8 MB under the test profile), a file
 * whose every error is listed with counts that agree, and a file of implausible values that stops
 * before writing until the administrator confirms or cancels it.
 */
@OrionIT
class ImportPagesIT {

  @Autowired DSLContext dsl;
  @LocalServerPort int port;
  @TempDir Path folder;

  @Test
  void anUploadedDecompressionBombIsRefusedInFrenchAndRecordedAsRefused() throws IOException {
    // The attack of the issue: a gzip of a few megabytes unpacking to a gigabyte, here of the lines
    // of a real N_MEF (its header, then its first line again and again).
    List<String> mef = RealFiles.lines("bcn/nMef.csv.gz", StandardCharsets.UTF_8);
    Path bombe = BombeGzip.fichier(folder.resolve("nMef.csv.gz"), mef.get(0), mef.get(1), 1L << 30);
    assertThat(Files.size(bombe)).isLessThan(8L << 20);
    TestHttp admin = new TestHttp(port).connecteEnDemo("admin");

    TestHttp.Answer answer =
        admin.postFichier("/admin/imports", Map.of("simulation", "false"), "fichier", bombe);

    assertThat(answer.status()).as(answer.body()).isEqualTo(302);
    assertThat(answer.location()).matches(".*/admin/imports/\\d+");
    long id = Long.parseLong(answer.location().replaceAll(".*/", ""));
    ImportRunRecord run = dsl.selectFrom(IMPORT_RUN).where(IMPORT_RUN.ID.eq(id)).fetchSingle();
    assertThat(run.getFichier()).isEqualTo("nMef.csv.gz");
    assertThat(run.getStatut()).isEqualTo(ImportStatut.REFUSE.code());
    TestHttp.Answer report = admin.get("/admin/imports/" + id, "text/html");
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.body())
        .contains("Fichier refusé&nbsp;: rien n'a été enregistré")
        .contains("taux de compression anormal")
        .contains("plus de 100 fois la taille compressée (limite ORION_IMPORT_RATIO_MAX)");
  }

  @Test
  void aFileOverTheUploadLimitIsRefusedInFrenchOnTheImportPage() throws IOException {
    Path gros = folder.resolve("gros.csv");
    byte[] ligne = "0010001W;LYCEE PROFESSIONNEL\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(gros)) {
      for (long written = 0; written <= 9L << 20; written += ligne.length) {
        out.write(ligne);
      }
    }
    TestHttp admin = new TestHttp(port).connecteEnDemo("admin");

    TestHttp.Answer answer =
        admin.postFichier("/admin/imports", Map.of("simulation", "true"), "fichier", gros);

    assertThat(answer.status()).as(answer.body()).isEqualTo(302);
    assertThat(answer.location()).endsWith("/admin/imports?refus=taille");
    TestHttp.Answer page = admin.get("/admin/imports?refus=taille", "text/html");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Le fichier n'a pas été importé")
        .contains("Le fichier est trop volumineux pour être envoyé : plus de 8 Mo.")
        .doesNotContain("orion import");
  }

  @Test
  void aFileOfUnknownTypeIsRefusedInThePageTermsWithoutCommandLineHints() throws IOException {
    Path inconnu = folder.resolve("inconnu.csv");
    Files.writeString(inconnu, "COLONNE_A;COLONNE_B\n1;2\n", StandardCharsets.UTF_8);
    TestHttp admin = new TestHttp(port).connecteEnDemo("admin");

    TestHttp.Answer answer =
        admin.postFichier("/admin/imports", Map.of("simulation", "true"), "fichier", inconnu);

    assertThat(answer.status()).as(answer.body()).isEqualTo(302);
    TestHttp.Answer report =
        admin.get(java.net.URI.create(answer.location()).getPath(), "text/html");
    assertThat(report.body())
        .contains("type de fichier non reconnu d'après l'en-tête ; précisez le type du fichier")
        .doesNotContain("--type")
        .doesNotContain("orion import");
  }

  @Test
  void aFileWithStructureAndValueErrorsListsThemAllWithCountsThatAgree() {
    TestHttp admin = new TestHttp(port).connecteEnDemo("admin");
    int chomage = dsl.fetchCount(CHOMAGE_DEPARTEMENT);

    TestHttp.Answer answer =
        admin.postFichier(
            "/admin/imports",
            Map.of("simulation", "false"),
            "fichier",
            resource("chomage_departemental_erreurs.csv"));

    long id = runId(answer);
    ImportRunRecord run = dsl.selectFrom(IMPORT_RUN).where(IMPORT_RUN.ID.eq(id)).fetchSingle();
    assertThat(run.getStatut()).isEqualTo(ImportStatut.REFUSE.code());
    assertThat(run.getLignesLues()).isEqualTo(4);
    assertThat(run.getNombreRejets()).isEqualTo(5);
    assertThat(run.getLignesRejetees()).isEqualTo(3);
    assertThat(dsl.fetchCount(CHOMAGE_DEPARTEMENT)).isEqualTo(chomage);
    String page = admin.get("/admin/imports/" + id, "text/html").body();
    assertThat(page)
        .contains("5 erreurs sur 3 lignes, détaillées ci-dessous.")
        .contains("Erreurs (5)")
        .contains("type de fichier non reconnu d'après l'en-tête")
        .contains("« chomage_departemental_insee »")
        .contains("colonne obligatoire absente de l'en-tête")
        .contains("« tauxChomag »")
        .contains("« 02 » n'est pas un code département de 3 caractères")
        .contains("« 20x3 » n'est pas un nombre entier")
        .contains("2 champs au lieu de 3 (ligne tronquée ?)")
        .doesNotContain("premières erreurs sur");
    assertThat(rows(page)).isEqualTo(5);
  }

  @Test
  void aListCappedOnThePageSaysHowManyErrorsItLeavesOut() throws IOException {
    Path fichier = folder.resolve("chomage_regional_faux.csv");
    StringBuilder texte = new StringBuilder("codeRegion;rentreeScolaire;tauxChomage\n");
    for (int i = 0; i < 1234; i++) {
      texte.append("84;1999;sept\n");
    }
    Files.writeString(fichier, texte, StandardCharsets.UTF_8);
    TestHttp admin = new TestHttp(port).connecteEnDemo("admin");

    long id =
        runId(
            admin.postFichier("/admin/imports", Map.of("simulation", "true"), "fichier", fichier));

    String page = admin.get("/admin/imports/" + id, "text/html").body();
    assertThat(page)
        .contains(Format.nombre(1234) + " erreurs sur " + Format.nombre(1234) + " lignes")
        .contains("200 premières erreurs sur " + Format.nombre(1234) + " ci-dessous")
        .contains("le fichier CSV en donne " + Format.nombre(1000) + " premières erreurs");
    assertThat(rows(page)).isEqualTo(200);
    String csv =
        new String(admin.getBytes("/admin/imports/" + id + "/rejets.csv"), StandardCharsets.UTF_8);
    assertThat(csv.lines().count()).isEqualTo(1001);
  }

  @Test
  void implausibleValuesStopTheImportUntilTheAdministratorConfirmsThenTheSameFileIsImported() {
    TestHttp admin = new TestHttp(port).connecteEnDemo("admin");
    try {
      long id =
          runId(
              admin.postFichier(
                  "/admin/imports",
                  Map.of("simulation", "false"),
                  "fichier",
                  resource("chomage_regional_invraisemblable.csv")));

      assertThat(statut(id)).isEqualTo(ImportStatut.A_CONFIRMER.code());
      assertThat(chomage1999()).isZero();
      String page = admin.get("/admin/imports/" + id, "text/html").body();
      assertThat(page)
          .contains("Valeurs invraisemblables")
          .contains("2 valeurs sont invraisemblables")
          .contains(
              "« 150 » invraisemblable : un taux de chômage est un pourcentage, entre 0 et 100")
          .contains("« -2,5 » invraisemblable")
          .contains("Importer quand même")
          .contains("Annuler");

      TestHttp.Answer confirmation = admin.post("/admin/imports/" + id + "/confirmation", Map.of());

      long importe = runId(confirmation);
      assertThat(importe).isNotEqualTo(id);
      ImportRunRecord run =
          dsl.selectFrom(IMPORT_RUN).where(IMPORT_RUN.ID.eq(importe)).fetchSingle();
      assertThat(run.getStatut()).isEqualTo(ImportStatut.REUSSI.code());
      assertThat(run.getSuiteDe()).isEqualTo(id);
      assertThat(run.getAlertesAccepteesPar()).isEqualTo(TestHttp.demo("admin"));
      assertThat(statut(id)).isEqualTo(ImportStatut.CONFIRME.code());
      assertThat(chomage1999()).isEqualTo(3);
      assertThat(
              dsl.select(CHOMAGE_REGION.TAUX_CHOMAGE)
                  .from(CHOMAGE_REGION)
                  .where(CHOMAGE_REGION.ANNEE.eq("1999"), CHOMAGE_REGION.CODE_REGION.eq("84"))
                  .fetchSingle(CHOMAGE_REGION.TAUX_CHOMAGE))
          .isEqualByComparingTo("150");
      assertThat(admin.get("/admin/imports/" + importe, "text/html").body())
          .contains("2 valeurs invraisemblables acceptées par " + TestHttp.demo("admin"));
      assertThat(admin.get("/admin/imports/" + id, "text/html").body())
          .contains("Valeurs invraisemblables confirmées")
          .doesNotContain("Importer quand même");
      assertThat(admin.post("/admin/imports/" + id + "/confirmation", Map.of()).status())
          .isEqualTo(400);
    } finally {
      dsl.deleteFrom(CHOMAGE_REGION).where(CHOMAGE_REGION.ANNEE.eq("1999")).execute();
    }
  }

  @Test
  void implausibleValuesCancelledLeaveTheDataUnchanged() {
    TestHttp admin = new TestHttp(port).connecteEnDemo("admin");
    int chomage = dsl.fetchCount(CHOMAGE_REGION);
    long id =
        runId(
            admin.postFichier(
                "/admin/imports",
                Map.of("simulation", "false"),
                "fichier",
                resource("chomage_regional_invraisemblable.csv")));

    TestHttp.Answer annulation = admin.post("/admin/imports/" + id + "/annulation", Map.of());

    assertThat(runId(annulation)).isEqualTo(id);
    assertThat(statut(id)).isEqualTo(ImportStatut.ANNULE.code());
    assertThat(dsl.fetchCount(CHOMAGE_REGION)).isEqualTo(chomage);
    assertThat(dsl.fetchCount(IMPORT_A_CONFIRMER, IMPORT_A_CONFIRMER.IMPORT_RUN_ID.eq(id)))
        .isZero();
    assertThat(admin.get("/admin/imports/" + id, "text/html").body())
        .contains("Import annulé")
        .contains(TestHttp.demo("admin") + " a annulé l'import")
        .doesNotContain("Importer quand même");
    assertThat(admin.post("/admin/imports/" + id + "/confirmation", Map.of()).status())
        .isEqualTo(400);
  }

  private static Path resource(String name) {
    try {
      return Path.of(ImportPagesIT.class.getResource("/imports/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long runId(TestHttp.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(302);
    assertThat(answer.location()).matches(".*/admin/imports/\\d+");
    return Long.parseLong(answer.location().replaceAll(".*/", ""));
  }

  private String statut(long id) {
    return dsl.select(IMPORT_RUN.STATUT)
        .from(IMPORT_RUN)
        .where(IMPORT_RUN.ID.eq(id))
        .fetchSingle(IMPORT_RUN.STATUT);
  }

  private int chomage1999() {
    return dsl.fetchCount(CHOMAGE_REGION, CHOMAGE_REGION.ANNEE.eq("1999"));
  }

  /** The rows of the report's tables of errors. */
  private static long rows(String page) {
    return page.lines().filter(line -> line.contains("<tr>")).count()
        - page.lines().filter(line -> line.contains("<thead><tr>")).count();
  }
}
