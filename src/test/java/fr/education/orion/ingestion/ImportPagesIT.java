package fr.education.orion.ingestion;

import static fr.education.orion.schema.Tables.IMPORT_RUN;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.RealFiles;
import fr.education.orion.TestHttp;
import fr.education.orion.schema.tables.records.ImportRunRecord;
import java.io.IOException;
import java.io.OutputStream;
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
 * Files an administrator sends on the import page that Orion must refuse without its memory being
 * taken: a decompression bomb, a file over the upload limit (8 MB under the test profile).
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
        .contains("Fichier refusé : rien n'a été enregistré")
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
}
