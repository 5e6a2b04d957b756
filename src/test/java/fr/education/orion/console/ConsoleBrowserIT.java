package fr.education.orion.console;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.Browser;
import fr.education.orion.OrionIT;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An analyst uses the formations console in Chromium: filters on a niveau, sorts by the taux
 * d'emploi, adds a column, downloads both exports of the visible columns and reads them back; then
 * opens the établissements console and follows an offer to its établissement. htmx replaces the
 * results in place and pushes the URL, so every view stays a bookmarkable address. Each page passes
 * axe-core without a serious or critical violation.
 */
@OrionIT
class ConsoleBrowserIT {

  @LocalServerPort int port;

  private Browser browser;

  @BeforeEach
  void startBrowser() {
    browser = new Browser("http://127.0.0.1:" + port);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void filtersSortsChoosesColumnsAndDownloadsTheFormationsConsole() throws Exception {
    browser.open("/console/formations?rentreeScolaire=2020&codeRegion=94");
    assertThat(text(By.tagName("h1"))).isEqualTo("Console des formations");
    assertThat(rows()).isNotEmpty();
    // Rentrée 2020 has headcounts but no capacity: the page says so.
    assertThat(text(By.id("manques"))).contains("ni capacités ni vœux");
    checkAccessible("console-formations");

    find(By.cssSelector("#choix-codeNiveauDiplome summary")).click();
    find(By.cssSelector("label[for='codeNiveauDiplome-400']")).click();
    replaceResults(By.id("afficher"));
    assertThat(browser.currentPath()).contains("codeNiveauDiplome=400").contains("codeRegion=94");
    int diplome = headers().indexOf("Diplôme");
    for (WebElement ligne : rows()) {
      assertThat(cells(ligne).get(diplome)).isEqualTo("BAC PROFESSIONNEL");
    }

    replaceResults(By.partialLinkText("Taux d'emploi à 6 mois (région)"));
    assertThat(browser.currentPath()).contains("sort=tauxInsertion6mois").contains("order=desc");
    assertThat(
            find(By.xpath("//th[.//a[contains(., \"Taux d'emploi à 6 mois (région)\")]]"))
                .getDomAttribute("aria-sort"))
        .isEqualTo("descending");
    int emploi = headers().indexOf("Taux d'emploi à 6 mois (région) ▼");
    List<Integer> taux = new ArrayList<>();
    for (WebElement ligne : rows()) {
      String cellule = cells(ligne).get(emploi);
      if (!cellule.equals("—")) {
        taux.add(Integer.parseInt(cellule.replaceAll("[^0-9]", "")));
      }
    }
    assertThat(taux).hasSizeGreaterThan(3).isSortedAccordingTo((a, b) -> b - a);

    find(By.cssSelector("#choix-colonnes summary")).click();
    find(By.cssSelector("label[for='colonne-effectif1']")).click();
    find(By.cssSelector("label[for='colonne-actionPrioritaire']")).click();
    replaceResults(By.id("afficher"));
    assertThat(headers()).contains("Effectif 1re année").doesNotContain("Action prioritaire");
    // The filter form carries the order the user chose by the column header.
    assertThat(browser.currentPath())
        .contains("colonnes=effectif1")
        .contains("sort=tauxInsertion6mois");
    checkAccessible("console-formations-filtree");

    int total = Integer.parseInt(text(By.id("nombre-lignes")).replaceAll("[^0-9]", ""));
    List<String> entetes =
        headers().stream().map(h -> h.replace(" ▼", "").replace(" ▲", "")).toList();
    String csv =
        new String(
            download(find(By.partialLinkText("CSV, colonnes visibles")).getDomAttribute("href")),
            StandardCharsets.UTF_8);
    List<String> lignes = csv.substring(1).lines().toList();
    // The file has the visible columns, their units in the headers, and the code beside each word.
    List<String> enTetesFichier = List.of(lignes.get(0).split(";"));
    assertThat(
            enTetesFichier.stream()
                .filter(e -> !e.startsWith("Code "))
                .map(e -> e.replaceAll(" \\((%|vœux par place|points)\\)$", ""))
                .toList())
        .containsExactlyInAnyOrderElementsOf(entetes);
    assertThat(enTetesFichier.indexOf("Code dispositif"))
        .isEqualTo(enTetesFichier.indexOf("Dispositif") + 1);
    assertThat(enTetesFichier.indexOf("CFD")).isEqualTo(enTetesFichier.indexOf("Formation") + 1);
    assertThat(lignes).hasSize(total + 1);

    byte[] xlsx =
        download(find(By.partialLinkText("XLSX, colonnes visibles")).getDomAttribute("href"));
    try (ReadableWorkbook classeur = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> feuille = classeur.getFirstSheet().read();
      assertThat(feuille).hasSize(total + 1);
      assertThat(feuille.get(0).getCellText(0)).isEqualTo(entetes.get(0));
      String premiereFormation = cells(rows().get(0)).get(entetes.indexOf("Formation"));
      assertThat(feuille.get(1).getCellText(enTetesFichier.indexOf("Formation")))
          .isEqualTo(premiereFormation);
    }
  }

  @Test
  void theEtablissementsConsoleLeadsToTheEtablissementAndTheFormation() {
    browser.open("/console/etablissements?rentreeScolaire=2020&codeDepartement=02A");
    assertThat(text(By.tagName("h1"))).isEqualTo("Console des établissements");
    assertThat(rows()).isNotEmpty();
    checkAccessible("console-etablissements");
    WebElement uai =
        find(By.cssSelector("#lignes tbody tr td a[href^='/panorama/etablissement/']"));
    String href = uai.getDomAttribute("href");
    assertThat(find(By.cssSelector("#lignes tbody tr td a[href^='/formations/']"))).isNotNull();
    browser.clickAndWaitForPage(By.cssSelector("#lignes tbody tr td a[href='" + href + "']"));
    assertThat(browser.currentPath()).isEqualTo(href);
  }

  @Test
  void theEtablissementsConsoleShowsWordsWhereTheSourcesHaveCodes() {
    browser.open(
        "/console/etablissements?rentreeScolaire=2020&codeDepartement=035&colonnes=uai"
            + "&colonnes=libelleDepartement&colonnes=libelleRegion&colonnes=libelleSecteur"
            + "&colonnes=libelleVoie");
    List<String> entetes = headers();
    assertThat(entetes).containsExactly("UAI", "Département", "Région", "Secteur", "Voie");
    List<String> secteurs = new ArrayList<>();
    for (WebElement ligne : rows()) {
      List<String> cellules = cells(ligne);
      assertThat(cellules.get(1)).isEqualTo("Ille-et-Vilaine");
      assertThat(cellules.get(2)).isEqualTo("Bretagne");
      assertThat(cellules.get(3)).isIn("Public", "Privé", "—");
      assertThat(cellules.get(4)).isIn("Voie scolaire", "Apprentissage");
      secteurs.add(cellules.get(3));
    }
    assertThat(secteurs).contains("Public");
    // The filters may be folded away: their words are read from the page, not as rendered.
    assertThat(find(By.id("voie")).getDomProperty("textContent"))
        .contains("Voie scolaire", "Apprentissage");
    assertThat(find(By.id("secteur")).getDomProperty("textContent")).contains("Public", "Privé");
    checkAccessible("console-mots");
  }

  @Test
  void aSignedInAnalystSavesTheViewAndReopensIt() {
    browser.connecterEnDemo("pilote_region");
    browser.open(
        "/console/etablissements?rentreeScolaire=2020&codeDepartement=02A&sort=uai&order=asc");
    find(By.id("nom-requete")).sendKeys("Corse-du-Sud par UAI");
    new Select(find(By.id("couleur-requete"))).selectByVisibleText("Bleu écume");
    browser.clickAndWaitForPage(By.cssSelector("#enregistrer-requete button[type=submit]"));
    checkAccessible("console-requete-enregistree");

    // From another view, the saved query brings the filters and the order back.
    browser.open("/console/formations");
    // The DSFR badge shows its text in capitals: found by the text of the page, not as rendered.
    browser.clickAndWaitForPage(By.xpath("//a[normalize-space()='Corse-du-Sud par UAI']"));
    assertThat(browser.currentPath())
        .startsWith("/console/etablissements?")
        .contains("codeDepartement=02A")
        .contains("sort=uai");
    assertThat(text(By.id("legende-console"))).contains("« UAI » (croissant");
    for (WebElement ligne : rows()) {
      assertThat(cells(ligne).get(headers().indexOf("UAI ▲"))).startsWith("620");
    }

    browser.clickAndWaitForPage(
        By.xpath("//form[contains(@action,'/suppression')]//button[contains(., 'Corse-du-Sud')]"));
    assertThat(text(By.id("mes-requetes"))).isEqualTo("Aucune requête enregistrée.");
  }

  @Test
  void onAPhoneTheFormationStaysInViewBesideTheSortedColumn() {
    telephone();
    browser.open(
        "/console/formations?rentreeScolaire=2020&codeRegion=94&sort=tauxInsertion6mois&order=desc");
    WebElement cadre = find(By.cssSelector(".console-tableau"));
    WebElement triee = find(By.cssSelector("#lignes thead th[aria-sort]"));
    // The script has scrolled the table so that the sorted column shows.
    assertThat(rectangle(triee).get("left"))
        .isBetween(rectangle(cadre).get("left"), rectangle(cadre).get("right") - 20);
    assertThat(number("return arguments[0].scrollLeft", cadre)).isPositive();

    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollLeft = arguments[0].scrollWidth", cadre);
    WebElement premiere = rows().get(0);
    WebElement formation = premiere.findElement(By.cssSelector("td.console-fige"));
    WebElement rentree = premiere.findElement(By.cssSelector("td:first-child"));
    assertThat(text(By.cssSelector("#lignes thead th.console-fige"))).startsWith("Formation");
    double gauche = rectangle(cadre).get("left");
    assertThat(rectangle(formation).get("left")).isBetween(gauche, gauche + 2);
    assertThat(rectangle(formation).get("right")).isLessThan(gauche + 375 * 0.5);
    // The rentrée scrolled away under the frozen column.
    assertThat(rectangle(rentree).get("left")).isLessThan(gauche);
    assertThat(number("return document.documentElement.scrollWidth", null))
        .isLessThanOrEqualTo(375);
    checkAccessible("console-telephone");
  }

  @Test
  void onAPhoneAFilterIsAListOfCheckboxesNarrowedBySearch() {
    telephone();
    browser.open("/console/formations?rentreeScolaire=2020&codeRegion=94");
    assertThat(browser.driver().getPageSource()).doesNotContain("Ctrl ou Maj");
    find(By.cssSelector("#choix-codeNiveauDiplome summary")).click();
    WebElement recherche = find(By.id("codeNiveauDiplome-recherche"));
    assertThat(recherche.isDisplayed()).isTrue();
    recherche.sendKeys("profess");
    List<String> visibles =
        browser
            .driver()
            .findElements(By.cssSelector("#codeNiveauDiplome .fr-fieldset__element"))
            .stream()
            .filter(WebElement::isDisplayed)
            .map(WebElement::getText)
            .toList();
    assertThat(visibles).contains("BAC PROFESSIONNEL").allMatch(l -> l.contains("PROFESS"));
    assertThat(visibles)
        .hasSizeLessThan(
            browser
                .driver()
                .findElements(By.cssSelector("#codeNiveauDiplome .fr-fieldset__element"))
                .size());
    find(By.cssSelector("label[for='codeNiveauDiplome-400']")).click();
    checkAccessible("console-telephone-filtres");
    replaceResults(By.id("afficher"));
    assertThat(browser.currentPath()).contains("codeNiveauDiplome=400");
    assertThat(text(By.cssSelector("#choix-codeNiveauDiplome summary")))
        .containsIgnoringCase("1 choix");
  }

  /** A 375 px wide viewport, as on a small phone. */
  private void telephone() {
    browser.driver().manage().window().setSize(new Dimension(375, 812));
    assertThat(number("return window.innerWidth", null)).isEqualTo(375);
  }

  private Map<String, Double> rectangle(WebElement element) {
    @SuppressWarnings("unchecked")
    Map<String, Number> r =
        (Map<String, Number>)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "var r = arguments[0].getBoundingClientRect();"
                        + " return {left: r.left, right: r.right};",
                    element);
    return Map.of("left", r.get("left").doubleValue(), "right", r.get("right").doubleValue());
  }

  private double number(String script, WebElement element) {
    return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(script, element))
        .doubleValue();
  }

  /** Clicks and waits for htmx to replace the results (the document itself stays). */
  private void replaceResults(By by) {
    WebElement resultats = find(By.id("resultats"));
    find(by).click();
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
    wait.until(ExpectedConditions.stalenessOf(resultats));
    wait.until(d -> !d.findElements(By.id("resultats")).isEmpty());
  }

  private byte[] download(String href) throws Exception {
    HttpResponse<byte[]> reponse =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + href)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(reponse.statusCode()).isEqualTo(200);
    assertThat(reponse.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment");
    return reponse.body();
  }

  private void checkAccessible(String name) {
    browser.screenshot(name);
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
  }

  private List<String> headers() {
    return browser.driver().findElements(By.cssSelector("#lignes thead th")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  private List<WebElement> rows() {
    return browser.driver().findElements(By.cssSelector("#lignes tbody tr"));
  }

  private static List<String> cells(WebElement row) {
    return row.findElements(By.tagName("td")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  private WebElement find(By by) {
    return browser.driver().findElement(by);
  }

  private String text(By by) {
    return find(by).getText().strip();
  }
}
