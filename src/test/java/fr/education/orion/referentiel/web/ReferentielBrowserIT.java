package fr.education.orion.referentiel.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.Browser;
import fr.education.orion.OrionIT;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user finds a formation and an établissement in a real browser, on the bundled real data, and
 * every page on the way passes axe-core without a serious or critical violation.
 */
@OrionIT
class ReferentielBrowserIT {

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
  void findsAFormationFromTheHomePageAndOpensIt() {
    browser.open("/");
    assertThat(text(By.tagName("h1"))).startsWith("Orion");
    checkAccessible("accueil");

    find(By.id("q-accueil")).sendKeys("boulanger");
    browser.clickAndWaitForPage(By.cssSelector("#recherche-accueil button[type=submit]"));

    // A plain GET form: the search is a bookmarkable URL and needs no JavaScript.
    assertThat(browser.currentPath()).isEqualTo("/formations?q=boulanger");
    checkAccessible("formations-boulanger");
    browser.clickAndWaitForPage(By.linkText("BOULANGER-PÂTISSIER (BAC PRO)"));

    assertThat(browser.currentPath()).isEqualTo("/formations/40022105");
    assertThat(text(By.tagName("h1"))).isEqualTo("BOULANGER-PÂTISSIER (BAC PRO)");
    assertThat(badges()).contains("CFD 40022105", "Voie professionnelle", "Formation rénovée");
    assertThat(text(By.xpath("//tbody/tr[td[1][normalize-space()='247']]/td[3]")))
        .contains("23810022105");
    assertThat(
            find(By.xpath("//h3[normalize-space()='Formations précédentes']/following-sibling::ul"))
                .findElement(By.tagName("a"))
                .getDomAttribute("href"))
        .isEqualTo("/formations/40022102");
    checkAccessible("formation-40022105");
  }

  @Test
  void findsAnEtablissementByNameAndTownAndOpensIt() {
    browser.open("/etablissements");
    // Without a query the page lists every établissement, a page at a time.
    assertThat(text(By.cssSelector("nav.fr-pagination"))).contains("Page suivante");
    checkAccessible("etablissements");

    find(By.id("q")).sendKeys("Jean Jaurès Rennes");
    browser.clickAndWaitForPage(By.cssSelector("form[role=search] button[type=submit]"));

    assertThat(browser.currentPath()).startsWith("/etablissements?q=");
    checkAccessible("etablissements-jean-jaures-rennes");
    browser.clickAndWaitForPage(By.cssSelector("a[href='/etablissements/0350031U']"));

    assertThat(browser.currentPath()).isEqualTo("/etablissements/0350031U");
    assertThat(text(By.tagName("h1"))).isEqualTo("Lycée professionnel Jean Jaurès");
    assertThat(badges()).contains("UAI 0350031U", "Public");
    assertThat(definition("Adresse")).contains("Rennes");
    assertThat(definition("Région")).contains("Bretagne");
    checkAccessible("etablissement-0350031U");
  }

  @Test
  void explainsAnUnknownFormationOnAnAccessiblePage() {
    browser.open("/formations/00000000");

    assertThat(text(By.tagName("h1"))).isEqualTo("Page non trouvée");
    assertThat(text(By.tagName("main"))).contains("Erreur 404", "00000000");
    checkAccessible("erreur-404");
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

  /** The badges under the title, as written (DSFR shows them in capitals). */
  private List<String> badges() {
    return browser.driver().findElements(By.cssSelector(".fr-badges-group .fr-badge")).stream()
        .map(badge -> badge.getDomProperty("textContent").strip())
        .toList();
  }

  /** The value shown against a term of the page's description list. */
  private String definition(String term) {
    return text(By.xpath("//dt[normalize-space()='" + term + "']/following-sibling::dd[1]"));
  }
}
