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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
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

  /**
   * The most screens of a phone the établissement's panorama may take, its accordions closed. The
   * ten offers of Jean Jaurès in 2021 take between 6,630 and 7,140 px depending on the machine's
   * fallback fonts (8 to 9 screens); the whole page was once 27,400 px (34 screens).
   */
  private static final double MAX_ECRANS_TELEPHONE = 10;

  private static final int LARGEUR_TELEPHONE = 375;
  private static final int HAUTEUR_TELEPHONE = 812;

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
    // The page opens on its formations: rentrée 2020 has headcounts but no capacities, which
    // read "non disponible", not 0.
    assertThat(selectedTab()).isEqualTo("Formations");
    assertThat(cell("tableau-effectifs", "ELECTRICIEN (CAP)", 2)).isEqualTo("24");
    assertThat(cell("tableau-effectifs", "ELECTRICIEN (CAP)", 6)).isEqualTo("non disponible");
    checkAccessible("panorama-etablissement-0350031U");

    // The DEPP's valeur ajoutée of 2021_2022 (+6 points), 8 points above 2020_2021's.
    openTab("indicateurs");
    assertThat(text(By.id("indicateurs"))).contains("+6 points", "+8 points");
    checkAccessible("panorama-etablissement-0350031U-indicateurs");

    openTab("formations");
    new Select(find(By.id("niveau"))).selectByValue("400");
    browser.clickAndWaitForPage(By.cssSelector("#filtres-formations button[type=submit]"));

    assertThat(browser.currentPath()).contains("niveau=400");
    List<String> formations = rowHeaders("tableau-effectifs");
    assertThat(formations).isNotEmpty().allMatch(formation -> formation.contains("(BAC PRO)"));
    waitForCharts();
    checkAccessible("panorama-etablissement-0350031U-bac-pro");

    // Rentrée 2021 (Affelnet): the taux de pression, beside the département's and the région's.
    new Select(find(By.id("rentree"))).selectByValue("2021");
    browser.clickAndWaitForPage(By.cssSelector("#filtres-formations button[type=submit]"));
    openTab("attractivite");
    // Bac pro MELEC: 28 first wishes for 24 places, 1,17 wishes per place; 0,78 in
    // Ille-et-Vilaine (PanoramaEtablissementIT checks the computation).
    assertThat(cell("tableau-pression", "METIERS DE L'ELECTRICITE", 2)).isEqualTo("1,17");
    assertThat(cell("tableau-pression", "METIERS DE L'ELECTRICITE", 3)).isEqualTo("0,78");
    checkAccessible("panorama-etablissement-0350031U-2021");

    openTab("proches");
    new Select(find(By.id("cfd"))).selectByValue("40025510");
    browser.clickAndWaitForPage(By.cssSelector("#filtres-proches button[type=submit]"));
    // The page comes back on the tab of the form.
    assertThat(browser.currentPath()).contains("onglet=proches");
    assertThat(selectedTab()).isEqualTo("Établissements proches");
    assertThat(text(By.cssSelector("#tableau-proches caption"))).contains("du plus proche");
    assertThat(rowHeaders("tableau-proches").get(0)).contains("Coëtlogon");
    checkAccessible("panorama-etablissement-0350031U-proches");
    browser.clickAndWaitForPage(By.cssSelector("#tableau-proches tbody tr:first-child a"));
    assertThat(browser.currentPath()).startsWith("/panorama/etablissement/0351878B");
  }

  @Test
  void onAPhoneAFormationIsFoundAndOpenedInOneScreen() {
    browser.driver().manage().window().setSize(new Dimension(LARGEUR_TELEPHONE, HAUTEUR_TELEPHONE));
    browser.open("/panorama/etablissement/0350031U?rentree=2021");
    assertThat(number("return window.innerWidth", null)).isEqualTo(LARGEUR_TELEPHONE);
    browser.screenshot("panorama-etablissement-telephone-ferme");
    // The formations tab holds the two tables and one closed accordion per formation.
    assertThat(number("return document.documentElement.scrollHeight", null))
        .isLessThan(MAX_ECRANS_TELEPHONE * HAUTEUR_TELEPHONE);
    assertThat(number("return document.documentElement.scrollWidth", null))
        .isLessThanOrEqualTo(LARGEUR_TELEPHONE);
    assertThat(browser.driver().findElements(By.cssSelector("[role=tab]")))
        .extracting(WebElement::getText)
        .containsExactly(
            "Formations",
            "Attractivité",
            "Insertion des sortants",
            "Établissements proches",
            "Identité et sources");
    assertThat(browser.driver().findElements(By.cssSelector(".fr-collapse--expanded"))).isEmpty();
    waitForCharts();
    checkAccessible("panorama-etablissement-telephone");

    // The search narrows the tables and the accordions as one types, accents aside.
    int offres = rowHeaders("tableau-effectifs").size();
    find(By.id("formation-cherchee")).sendKeys("electricite");
    List<String> trouvees = rowHeaders("tableau-effectifs");
    assertThat(trouvees)
        .isNotEmpty()
        .hasSizeLessThan(offres)
        .allMatch(formation -> formation.contains("ELECTRICITE"));
    assertThat(text(By.id("formations-trouvees")))
        .isEqualTo("Offres affichées : " + trouvees.size() + " sur " + offres + ".");
    assertThat(
            browser.driver().findElements(By.cssSelector(".fr-accordion")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText))
        .hasSize(trouvees.size())
        .allMatch(formation -> formation.contains("ELECTRICITE"));

    // A formation's name leads to its accordion, opened, with its rates and chart in view.
    WebElement lien = find(By.cssSelector("#tableau-effectifs tbody tr:not([hidden]) th a"));
    String ancre = lien.getDomAttribute("href").substring(1);
    lien.click();
    WebElement bouton = find(By.cssSelector("#" + ancre + " .fr-accordion__btn"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
        .until(d -> "true".equals(bouton.getDomAttribute("aria-expanded")));
    WebElement graphique = find(By.cssSelector("#" + ancre + " [data-graphique]"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> graphique.isDisplayed());
    TexteGraphique.assertLisibles(
        TexteGraphique.de(browser.driver(), "#" + ancre), LARGEUR_TELEPHONE);
    assertThat(number("return arguments[0].getBoundingClientRect().top", bouton))
        .isBetween(-1.0, (double) HAUTEUR_TELEPHONE);
    checkAccessible("panorama-etablissement-telephone-formation");

    // The tabs answer the keyboard as the DSFR makes them: an arrow moves to the next one.
    find(By.id("onglet-formations")).sendKeys(Keys.ARROW_RIGHT);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
        .until(d -> selectedTab().equals("Attractivité"));
    assertThat(find(By.id("tableau-pression")).isDisplayed()).isTrue();
  }

  @Test
  void theEtablissementPageLeadsToThePanoramaAndBack() {
    browser.open("/etablissements/0350031U");
    browser.clickAndWaitForPage(By.cssSelector("a[href='/panorama/etablissement/0350031U']"));
    assertThat(browser.currentPath()).isEqualTo("/panorama/etablissement/0350031U");
    browser.clickAndWaitForPage(By.cssSelector("a[href='/etablissements/0350031U']"));
    assertThat(browser.currentPath()).isEqualTo("/etablissements/0350031U");
  }

  /**
   * Clicks a tab and waits for its panel to show and end its slide (meanwhile the tabs' frame clips
   * it, and Selenium reads no text where it is clipped).
   */
  private void openTab(String panel) {
    find(By.id("onglet-" + panel)).click();
    WebElement panneau = find(By.id(panel));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
        .until(
            d ->
                "true".equals(find(By.id("onglet-" + panel)).getDomAttribute("aria-selected"))
                    && "none"
                        .equals(
                            ((JavascriptExecutor) d)
                                .executeScript(
                                    "return getComputedStyle(arguments[0]).transform", panneau)));
  }

  private String selectedTab() {
    return text(By.cssSelector("[role=tab][aria-selected=true]"));
  }

  private double number(String script, WebElement element) {
    return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(script, element))
        .doubleValue();
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

  /** The headers of the rows shown (the search hides some). */
  private List<String> rowHeaders(String table) {
    return browser.driver().findElements(By.cssSelector("#" + table + " tbody th")).stream()
        .filter(WebElement::isDisplayed)
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
