package fr.education.orion.panorama;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.Browser;
import fr.education.orion.OrionIT;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user finds a lycée by its name and town, opens its panorama, filters its formations, compares
 * their attractiveness and looks for the nearby établissements, in a real browser on the bundled
 * real data; every page passes axe-core without a serious or critical violation.
 */
@OrionIT
class PanoramaEtablissementBrowserIT {

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
  void findsALyceeByNameAndTownThenAnalysesItsFormations() {
    browser.open("/panorama/etablissement");
    assertThat(text(By.tagName("h1"))).isEqualTo("Panorama établissement");
    checkAccessible("panorama-etablissement-recherche");

    // By town alone: the lycées of Cesson-Sévigné.
    search("Cesson-Sévigné");
    assertThat(browser.currentPath()).startsWith("/panorama/etablissement?q=Cesson");
    assertThat(links()).contains("/panorama/etablissement/0350793X");

    // By name and town.
    search("Jean Jaurès Rennes");
    assertThat(links()).contains("/panorama/etablissement/0350031U");
    checkAccessible("panorama-etablissement-recherche-jaures");
    browser.clickAndWaitForPage(By.cssSelector("a[href='/panorama/etablissement/0350031U']"));

    assertThat(browser.currentPath()).isEqualTo("/panorama/etablissement/0350031U");
    assertThat(text(By.tagName("h1"))).isEqualTo("Lycée professionnel Jean Jaurès");
    assertThat(text(By.cssSelector(".fr-alert"))).contains("Données incomplètes");
    // The DEPP's valeur ajoutée of 2021_2022 (+6 points), 8 points above 2020_2021's.
    assertThat(text(By.tagName("main"))).contains("+6 points", "+8 points");
    // Rentrée 2020 has headcounts but no capacities: they read "non disponible", not 0.
    assertThat(cell("tableau-effectifs", "ELECTRICIEN (CAP)", 2)).isEqualTo("24");
    assertThat(cell("tableau-effectifs", "ELECTRICIEN (CAP)", 6)).isEqualTo("non disponible");
    checkAccessible("panorama-etablissement-0350031U");

    new Select(find(By.id("niveau"))).selectByValue("400");
    browser.clickAndWaitForPage(By.cssSelector("#formations ~ form button[type=submit]"));

    assertThat(browser.currentPath()).contains("niveau=400");
    List<String> formations = rowHeaders("tableau-effectifs");
    assertThat(formations).isNotEmpty().allMatch(formation -> formation.contains("(BAC PRO)"));
    waitForCharts();
    checkAccessible("panorama-etablissement-0350031U-bac-pro");

    // Rentrée 2021 (Affelnet): the taux de pression, beside the département's and the région's.
    new Select(find(By.id("rentree"))).selectByValue("2021");
    browser.clickAndWaitForPage(By.cssSelector("#formations ~ form button[type=submit]"));
    // Bac pro MELEC: 28 first wishes for 24 places; 0.78 in Ille-et-Vilaine, in vœux par place
    // (Unite; PanoramaEtablissementIT checks the computation).
    assertThat(cell("tableau-pression", "METIERS DE L'ELECTRICITE", 2)).isEqualTo("1,17");
    assertThat(cell("tableau-pression", "METIERS DE L'ELECTRICITE", 3)).isEqualTo("0,78");
    checkAccessible("panorama-etablissement-0350031U-2021");

    new Select(find(By.id("cfd"))).selectByValue("40025510");
    browser.clickAndWaitForPage(By.cssSelector("#proches ~ form button[type=submit]"));
    assertThat(text(By.cssSelector("#tableau-proches caption"))).contains("du plus proche");
    assertThat(rowHeaders("tableau-proches").get(0)).contains("Coëtlogon");
    checkAccessible("panorama-etablissement-0350031U-proches");
    browser.clickAndWaitForPage(By.cssSelector("#tableau-proches tbody tr:first-child a"));
    assertThat(browser.currentPath()).startsWith("/panorama/etablissement/0351878B");
  }

  @Test
  void theEtablissementPageLeadsToThePanoramaAndBack() {
    browser.open("/etablissements/0350031U");
    browser.clickAndWaitForPage(By.cssSelector("a[href='/panorama/etablissement/0350031U']"));
    assertThat(browser.currentPath()).isEqualTo("/panorama/etablissement/0350031U");
    browser.clickAndWaitForPage(By.cssSelector("a[href='/etablissements/0350031U']"));
    assertThat(browser.currentPath()).isEqualTo("/etablissements/0350031U");
  }

  private void search(String query) {
    WebElement champ = find(By.id("q"));
    champ.clear();
    champ.sendKeys(query);
    browser.clickAndWaitForPage(By.cssSelector("form[role=search] button[type=submit]"));
  }

  /** Waits until the script has drawn every chart of the page (ECharts writes an SVG). */
  private void waitForCharts() {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(
            driver ->
                driver.findElements(By.cssSelector("[data-graphique]")).stream()
                    .allMatch(chart -> !chart.findElements(By.tagName("svg")).isEmpty()));
    assertThat(browser.driver().findElements(By.cssSelector("[data-graphique] svg"))).isNotEmpty();
  }

  private void checkAccessible(String page) {
    browser.screenshot(page);
    assertThat(browser.seriousAccessibilityViolations())
        .as("serious or critical axe-core violations on %s", page)
        .isEmpty();
  }

  private WebElement find(By by) {
    return browser.driver().findElement(by);
  }

  private String text(By by) {
    return find(by).getText();
  }

  private List<String> links() {
    return browser.driver().findElements(By.cssSelector("main table a")).stream()
        .map(link -> link.getDomAttribute("href"))
        .toList();
  }

  private List<String> rowHeaders(String table) {
    return browser.driver().findElements(By.cssSelector("#" + table + " tbody th")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The text of a cell (1 = the first after the row header) of the row whose header starts so. */
  private String cell(String table, String rowHeader, int column) {
    String cell =
        text(
            By.xpath(
                "//table[@id='"
                    + table
                    + "']/tbody/tr[th[starts-with(normalize-space(), \""
                    + rowHeader
                    + "\")]]/td["
                    + column
                    + "]"));
    // French number formats separate with (narrow) no-break spaces.
    return cell.replace('\u202f', ' ').replace('\u00a0', ' ');
  }
}
