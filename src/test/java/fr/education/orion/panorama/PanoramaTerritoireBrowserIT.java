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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user opens the région panorama in a real browser, picks a région and a niveau, reads the
 * quadrant's chart and table, sorts the table and follows a formation; every page passes axe-core
 * without a serious or critical violation.
 */
@OrionIT
class PanoramaTerritoireBrowserIT {

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
  void picksARegionAndANiveauThenSortsTheQuadrantTable() {
    browser.open("/");
    // The "Panoramas" menu opens on a click (DSFR), then lists the three panoramas.
    find(By.xpath("//button[normalize-space()='Panoramas']")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
        .until(d -> find(By.linkText("Région et département")).isDisplayed());
    browser.clickAndWaitForPage(By.linkText("Région et département"));
    // An anonymous visitor is not sent to a région: they choose one.
    assertThat(browser.currentPath()).startsWith("/panorama#une-region");
    browser.clickAndWaitForPage(By.linkText("Auvergne-Rhône-Alpes"));
    assertThat(browser.currentPath()).startsWith("/panorama/region/84");
    assertThat(text(By.tagName("h1"))).isEqualTo("Panorama de la région Auvergne-Rhône-Alpes");
    assertThat(selected("codeNiveauDiplome")).isEqualTo("BAC PROFESSIONNEL");
    checkAccessible("panorama-region-84");

    new Select(find(By.id("territoire"))).selectByVisibleText("Bretagne");
    new Select(find(By.id("codeNiveauDiplome")))
        .selectByVisibleText("CERTIFICAT D'APTITUDE PROFESSIONNELLE");
    browser.clickAndWaitForPage(By.cssSelector("#filtres button[type=submit]"));

    // A plain GET form: the choice is a bookmarkable URL.
    assertThat(browser.currentPath()).startsWith("/panorama/region/53?codeNiveauDiplome=500");
    assertThat(text(By.tagName("h1"))).isEqualTo("Panorama de la région Bretagne");
    assertThat(
            text(
                By.xpath(
                    "//h2[@id='chiffres-cles']/following::div[contains(@class,'fr-grid-row')][1]")))
        .contains("Effectif en entrée");
    List<WebElement> lignes = rows();
    assertThat(lignes).hasSizeGreaterThan(10);

    // The chart is drawn from the same data, and shows a formation's figures in its tooltip.
    WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
    wait.until(d -> !d.findElements(By.cssSelector("#quadrant-graphique svg")).isEmpty());
    assertThat(TexteGraphique.de(browser.driver(), "#quadrant-graphique"))
        .isNotEmpty()
        .allMatch(t -> t.police().startsWith("Marianne"));
    browser.script(
        "echarts.getInstanceByDom(document.getElementById('quadrant-graphique'))"
            + ".dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: 0});");
    wait.until(
        d ->
            d.findElements(By.cssSelector("#quadrant-graphique div")).stream()
                .anyMatch(div -> div.getText().contains("Taux d'emploi à 6 mois")));
    checkAccessible("panorama-region-53-cap");

    // The column's title sorts (the same words in the key figures lead to the glossary).
    browser.clickAndWaitForPage(
        By.cssSelector("#quadrant-tableau thead a[href*='sort=tauxPoursuite']"));
    assertThat(browser.currentPath()).contains("sort=tauxPoursuite").contains("order=asc");
    List<Integer> poursuites =
        rows().stream()
            .map(row -> row.findElements(By.tagName("td")).get(4).getText())
            .filter(value -> value.endsWith("%"))
            .map(value -> Integer.parseInt(value.replaceAll("[^0-9]", "")))
            .toList();
    assertThat(poursuites).hasSizeGreaterThan(10).isSorted();
    assertThat(find(By.cssSelector("th[aria-sort=ascending]")).getText())
        .contains("Taux de poursuite d'études");
    assertThat(find(By.linkText("Voir dans la console")).getDomAttribute("href"))
        .startsWith("/console/formations?")
        .contains("codeRegion=53", "codeNiveauDiplome=500", "rentreeScolaire=2020");
    checkAccessible("panorama-region-53-cap-tri-poursuite");

    WebElement formation = rows().get(0).findElement(By.cssSelector("td a"));
    String cfd = formation.getDomAttribute("href");
    browser.clickAndWaitForPage(By.cssSelector("#quadrant-tableau tbody tr:first-child td a"));
    assertThat(browser.currentPath()).isEqualTo(cfd);
  }

  @Test
  void aDepartementShowsItsRegionsQuadrant() {
    browser.open("/panorama/departement/035?codeNiveauDiplome=400");
    assertThat(text(By.tagName("h1"))).isEqualTo("Panorama du département Ille-et-Vilaine");
    assertThat(text(By.id("contenu")))
        .contains("Les taux InserJeunes et le quadrant sont ceux de la région Bretagne");
    assertThat(rows()).isNotEmpty();
    // Liens utiles of the département: France Travail's Data emploi panorama of the 35.
    assertThat(find(By.id("liens-utiles")).getText()).isEqualTo("Liens utiles");
    assertThat(find(By.linkText("Data emploi")).getDomAttribute("href"))
        .endsWith("/panorama/DEP/35");
    checkAccessible("panorama-departement-035");

    // A key figure's label leads to its entry in the glossary.
    browser.clickAndWaitForPage(
        By.xpath(
            "//h2[@id='chiffres-cles']/following::a[normalize-space()='Effectif en entrée'][1]"));
    assertThat(browser.currentPath()).isEqualTo("/glossaire#effectif-en-entree");
    assertThat(text(By.cssSelector("#effectif-en-entree h2"))).isEqualTo("Effectif en entrée");
    assertThat(text(By.id("effectif-en-entree"))).contains("constat de rentrée");
    checkAccessible("glossaire");
  }

  @Test
  void onAPhoneTheQuadrantsLabelsAreMarianneReadableAndApart() {
    browser.driver().manage().window().setSize(new Dimension(375, 812));
    browser.open("/panorama/region/53?codeNiveauDiplome=500");
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("#quadrant-graphique svg")).isEmpty());
    assertThat((Boolean) script("return document.fonts.check('12px Marianne')")).isTrue();

    List<TexteGraphique> textes = TexteGraphique.de(browser.driver(), "#quadrant-graphique");
    assertThat(textes).hasSizeGreaterThan(6);
    TexteGraphique.assertLisibles(textes, 375);
    assertThat(((Number) script("return document.documentElement.scrollWidth")).intValue())
        .isLessThanOrEqualTo(375);
    checkAccessible("panorama-region-53-cap-telephone");
  }

  private Object script(String javascript) {
    return ((JavascriptExecutor) browser.driver()).executeScript(javascript);
  }

  private List<WebElement> rows() {
    return browser.driver().findElements(By.cssSelector("#quadrant-tableau tbody tr"));
  }

  private String selected(String id) {
    return new Select(find(By.id(id))).getFirstSelectedOption().getText();
  }

  private WebElement find(By by) {
    return browser.driver().findElement(by);
  }

  private String text(By by) {
    return find(by).getText();
  }

  private void checkAccessible(String screenshot) {
    browser.screenshot(screenshot);
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
  }
}
