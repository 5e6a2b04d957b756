package fr.education.orion.panorama;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.Browser;
import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user opens a domaine de formation in a real browser, chooses a territory and a formation, sees
 * the établissements offering it and its indicators, then opens the formation page and its
 * indicators per région; every page passes axe-core without a serious or critical violation.
 */
@OrionIT
class DomaineFormationBrowserIT {

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
  void choosesADomaineATerritoryAndAFormationThenOpensTheFormationPage() {
    browser.open("/panorama/domaine-de-formation");
    assertThat(text(By.tagName("h1"))).isEqualTo("Panorama des domaines de formation");
    checkAccessible("domaines-de-formation");

    browser.clickAndWaitForPage(By.linkText("Agro-alimentaire, alimentation, cuisine"));
    assertThat(browser.currentPath()).isEqualTo("/panorama/domaine-de-formation/221");
    assertThat(text(By.cssSelector(".fr-callout"))).contains("Choisissez une formation");
    checkAccessible("domaine-221");

    // A plain GET form: the territory is in the URL, and needs no JavaScript.
    new Select(find(By.id("territoire"))).selectByValue("departement-059");
    browser.clickAndWaitForPage(By.xpath("//button[normalize-space()='Afficher']"));
    assertThat(browser.currentPath())
        .isEqualTo("/panorama/domaine-de-formation/221?territoire=departement-059&voie=");

    browser.clickAndWaitForPage(By.linkText("BOULANGER-PÂTISSIER (BAC PRO)"));
    assertThat(browser.currentPath()).contains("territoire=departement-059", "cfd=40022105");
    assertThat(text(By.id("formation"))).isEqualTo("BOULANGER-PÂTISSIER (BAC PRO)");
    int expected =
        new TestHttp(port)
            .get("/api/formations/40022105/etablissements?codeDepartement=059")
            .json()
            .get("etablissements")
            .size();
    List<WebElement> etablissements =
        rowsOf("Établissements qui proposent la formation dans le département Nord (059)");
    assertThat(etablissements).hasSize(expected).hasSizeGreaterThan(1);
    assertThat(etablissements.get(0).findElement(By.tagName("a")).getDomAttribute("href"))
        .startsWith("/etablissements/");
    assertThat(text(By.tagName("main")))
        .contains("les taux présentés sont ceux de la région Hauts-de-France");
    List<WebElement> inserJeunes = rowsOf("Devenir des sortants par millésime");
    assertThat(inserJeunes.get(0).getText()).startsWith("2021_2022").contains("%");
    // The chart of the same rates (the table is its alternative) shows them in a tooltip.
    WebElement graphique = find(By.id("graphique-inserjeunes"));
    new Actions(browser.driver()).moveToElement(graphique).perform();
    String tooltip =
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
            .until(
                driver ->
                    graphique.findElements(By.tagName("div")).stream()
                        .map(WebElement::getText)
                        .filter(text -> text.contains("Taux d'emploi à 6 mois"))
                        .findFirst()
                        .orElse(null));
    assertThat(tooltip).contains("2020_2021", "Taux de poursuite d'études", "%");
    // The chart writes in the DSFR's font, as every chart of Orion (graphiques.js).
    assertThat(graphique.findElements(By.cssSelector("svg text")))
        .isNotEmpty()
        .allMatch(
            texte -> texte.getCssValue("font-family").replace("\"", "").startsWith("Marianne"));
    assertThat(rowsOf("Effectifs, capacités et vœux par rentrée scolaire").get(0).getText())
        .startsWith("2020");
    checkAccessible("domaine-221-nord-boulanger");

    browser.clickAndWaitForPage(By.partialLinkText("Fiche de la formation"));
    assertThat(browser.currentPath()).isEqualTo("/formations/40022105");
    assertThat(text(By.id("indicateurs"))).isEqualTo("Indicateurs");
    List<WebElement> regions = rowsOf("Taux InserJeunes par région et par millésime");
    assertThat(regions.get(0).getText()).startsWith("France (somme des régions)");
    assertThat(regions).anyMatch(row -> row.getText().startsWith("Hauts-de-France"));
    checkAccessible("formation-40022105-indicateurs");
  }

  @Test
  void saysWhenTheFormationIsAbsentFromTheTerritory() {
    // No établissement of Corse offers the bac pro boulanger-pâtissier at the rentrée 2020.
    browser.open("/panorama/domaine-de-formation/221?territoire=region-94&cfd=40022105");

    assertThat(text(By.id("formation"))).isEqualTo("BOULANGER-PÂTISSIER (BAC PRO)");
    assertThat(text(By.cssSelector(".fr-alert"))).contains("Formation absente du territoire");
    checkAccessible("domaine-221-corse-boulanger");
  }

  private List<WebElement> rowsOf(String captionStart) {
    return browser
        .driver()
        .findElements(
            By.xpath(
                "//table[starts-with(normalize-space(caption), \""
                    + captionStart
                    + "\")]/tbody/tr"));
  }

  @Test
  void onAPhoneTheRatesChartIsReadable() {
    browser.driver().manage().window().setSize(new Dimension(375, 812));
    browser.open("/panorama/domaine-de-formation/221?territoire=departement-059&cfd=40022105");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("#graphique-inserjeunes svg")).isEmpty());
    TexteGraphique.assertLisibles(
        TexteGraphique.de(browser.driver(), "#graphique-inserjeunes"), 375);
    checkAccessible("domaine-221-nord-boulanger-telephone");
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
}
