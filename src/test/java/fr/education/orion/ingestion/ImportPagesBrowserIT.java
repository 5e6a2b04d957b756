package fr.education.orion.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.Browser;
import fr.education.orion.OrionIT;
import fr.education.orion.RealFiles;
import fr.education.orion.TestHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator uploads source files on the import page, in a real browser: a dry run of a real
 * file, a refused altered copy with its report and its rejected lines as CSV, and a form sent
 * without a file that keeps what was typed.
 */
@OrionIT
class ImportPagesBrowserIT {

  private static final String CHOMAGE = "insee/chomage_regional_INSEE.csv.gz";

  @LocalServerPort int port;
  @TempDir Path folder;
  private Browser browser;

  @BeforeEach
  void startBrowser() {
    browser = new Browser("http://127.0.0.1:" + port);
    // The import page is for national administrators.
    browser.connecterEnDemo("admin");
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void aDryRunOfARealFileReportsWithoutWriting() throws IOException {
    browser.open("/admin/imports");
    assertThat(text(By.tagName("h1"))).isEqualTo("Imports de fichiers");
    // The first start's runs at least are listed (DSFR badges are shown in capitals).
    assertThat(text(By.tagName("table"))).contains(".csv.gz", "RÉUSSI");
    checkAccessible("imports");

    Path file = folder.resolve("chomage_regional_INSEE.csv");
    Files.write(file, RealFiles.bytes(CHOMAGE));
    upload(file, true);

    assertThat(text(By.cssSelector(".fr-alert")))
        .contains("Simulation réussie : rien n'a été enregistré");
    assertThat(definition("Type")).isEqualTo("chomage_regional_insee");
    assertThat(definition("Lignes lues"))
        .isEqualTo(String.valueOf(RealFiles.lines(CHOMAGE, StandardCharsets.UTF_8).size() - 1));
    checkAccessible("import-simulation");
  }

  @Test
  void aRefusedFileShowsWhereAndWhyAndItsRejectedLinesDownload() throws IOException {
    List<String> lines = RealFiles.lines(CHOMAGE, StandardCharsets.UTF_8);
    // Line 3 of the file (the second data line) gets a rate that is not a number.
    String[] fields = lines.get(2).split(";");
    lines.set(2, fields[0] + ";" + fields[1] + ";dix");
    Path file = folder.resolve("chomage_regional_INSEE_errone.csv");
    Files.write(file, lines, StandardCharsets.UTF_8);

    browser.open("/admin/imports");
    upload(file, false);

    assertThat(text(By.cssSelector(".fr-alert")))
        .contains("Fichier refusé : rien n'a été enregistré");
    String rejected = text(By.xpath("//h2[starts-with(., 'Erreurs')]/following::table[1]"));
    assertThat(rejected).contains("3", "tauxChomage", "dix");
    checkAccessible("import-refuse");

    String csvPath =
        browser.driver().findElement(By.partialLinkText("Télécharger")).getDomAttribute("href");
    TestHttp.Answer csv = new TestHttp(port).connecteEnDemo("admin").get(csvPath, "text/csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body().lines().toList().get(0)).isEqualTo("\uFEFFNature;Ligne;Colonne;Motif");
    assertThat(csv.body()).contains("erreur;3;tauxChomage;");
  }

  @Test
  void aFileOfImplausibleValuesAsksTheAdministratorAndCanBeCancelled() throws IOException {
    Path file = folder.resolve("chomage_regional_invraisemblable.csv");
    Files.writeString(
        file, "codeRegion;rentreeScolaire;tauxChomage\n84;1999;150\n", StandardCharsets.UTF_8);

    browser.open("/admin/imports");
    upload(file, false);

    assertThat(text(By.cssSelector(".fr-alert--warning")))
        .contains("Valeurs invraisemblables : rien n'a encore été enregistré");
    assertThat(
            text(By.xpath("//h2[starts-with(., 'Valeurs invraisemblables')]/following::table[1]")))
        .contains("2", "tauxChomage", "« 150 » invraisemblable");
    checkAccessible("import-a-confirmer");
    browser.clickAndWaitForPage(By.xpath("//button[normalize-space()='Annuler']"));

    assertThat(text(By.cssSelector(".fr-alert"))).contains("Import annulé");
    assertThat(
            browser
                .driver()
                .findElements(By.xpath("//button[normalize-space()='Importer quand même']")))
        .isEmpty();
  }

  @Test
  void aFormSentWithoutAFileKeepsWhatWasTyped() {
    browser.open("/admin/imports");
    // The browser itself asks for a file; remove that check to reach the server's.
    browser.script("document.getElementById('fichier').removeAttribute('required')");
    browser.driver().findElement(By.id("annee")).sendKeys("2021");
    browser.driver().findElement(By.cssSelector("label[for=simulation]")).click();
    browser.clickAndWaitForPage(By.cssSelector("form[enctype] button[type=submit]"));

    assertThat(text(By.cssSelector(".fr-alert--error"))).contains("Choisissez un fichier");
    assertThat(browser.driver().findElement(By.id("annee")).getDomProperty("value"))
        .isEqualTo("2021");
    assertThat(browser.driver().findElement(By.id("simulation")).isSelected()).isFalse();
    checkAccessible("imports-sans-fichier");
  }

  private void upload(Path file, boolean simulation) {
    browser.driver().findElement(By.id("fichier")).sendKeys(file.toAbsolutePath().toString());
    if (browser.driver().findElement(By.id("simulation")).isSelected() != simulation) {
      browser.driver().findElement(By.cssSelector("label[for=simulation]")).click();
    }
    browser.clickAndWaitForPage(By.cssSelector("form[enctype] button[type=submit]"));
  }

  private void checkAccessible(String page) {
    browser.screenshot(page);
    assertThat(browser.seriousAccessibilityViolations())
        .as("serious or critical axe-core violations on %s", page)
        .isEmpty();
  }

  private String text(By by) {
    return browser.driver().findElement(by).getText();
  }

  private String definition(String term) {
    return text(By.xpath("//dt[normalize-space()='" + term + "']/following-sibling::dd[1]"));
  }
}
