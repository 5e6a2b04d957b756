package fr.education.orion.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.Browser;
import fr.education.orion.OrionIT;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main pages under Orion's strict Content-Security-Policy in a real Chromium: the browser
 * reports no violation (a blocked script, style element or style attribute), and the charts, menus
 * and htmx still work.
 */
@OrionIT
class PolitiqueDeContenuBrowserIT {

  /**
   * Collects the violations the page's document reports, from its very start: the listener is
   * installed by the DevTools protocol before any of the page's own content runs.
   */
  private static final String ECOUTE =
      "window.violationsCsp = [];"
          + "document.addEventListener('securitypolicyviolation', function (e) {"
          + "  window.violationsCsp.push(e.violatedDirective + ' ' + e.blockedURI + ' '"
          + "    + (e.sourceFile || '') + ':' + e.lineNumber + ' ' + (e.sample || ''));"
          + "});";

  @LocalServerPort int port;

  private Browser browser;

  @BeforeEach
  void startBrowser() {
    browser = new Browser("http://127.0.0.1:" + port);
    ((ChromeDriver) browser.driver())
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ECOUTE));
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void theMainPagesRunWithoutAnyViolationAndStillDrawTheirCharts() {
    for (String page :
        List.of(
            "/",
            "/connexion",
            "/formations/40022105",
            "/console/formations?codeRegion=53",
            "/glossaire")) {
      browser.open(page);
      attendreLaPage();
      assertThat(violations()).as(page).isEmpty();
    }

    browser.open("/panorama/region/53");
    attendre(By.cssSelector("#quadrant-graphique svg"));
    assertThat(violations()).as("panorama région").isEmpty();

    browser.open("/panorama/etablissement/0350031U");
    attendre(By.cssSelector("[data-graphique] svg"));
    assertThat(violations()).as("panorama établissement").isEmpty();

    browser.open("/panorama/domaine-de-formation/221?territoire=departement-059&cfd=40022105");
    attendre(
        By.cssSelector("[data-graphique-inserjeunes] svg, [data-graphique-inserjeunes] canvas"));
    assertThat(violations()).as("panorama domaine de formation").isEmpty();

    // htmx replaces the console's results in place, and the DSFR menus open.
    browser.open("/console/formations");
    attendreLaPage();
    String premiere = browser.currentPath();
    browser.driver().findElement(By.cssSelector("#resultats table.console thead th a")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> !browser.currentPath().equals(premiere));
    attendreLaPage();
    browser.driver().findElement(By.xpath("//button[normalize-space()='Panoramas']")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
        .until(d -> d.findElement(By.linkText("Région et département")).isDisplayed());
    assertThat(violations()).as("console après htmx").isEmpty();

    // A script injected into the page (what an XSS would do) does not run, and is reported.
    browser.script(
        "var s = document.createElement('script');"
            + " s.textContent = 'window.scriptInjecte = true;';"
            + " document.body.appendChild(s);");
    attendreLaPage();
    assertThat(
            ((ChromeDriver) browser.driver())
                .executeScript("return window.scriptInjecte === true;"))
        .isEqualTo(false);
    assertThat(violations()).anyMatch(v -> v.startsWith("script-src"));
  }

  @Test
  void aSignedInUsersPagesRunWithoutAnyViolation() {
    browser.connecterEnDemo("admin");
    for (String page : List.of("/", "/console/etablissements", "/admin/utilisateurs")) {
      browser.open(page);
      attendreLaPage();
      assertThat(violations()).as(page).isEmpty();
    }
  }

  @Test
  void theApiDocumentationRendersUnderThePolicy() {
    browser.open("/api/docs");
    attendre(By.cssSelector(".swagger-ui .info .title"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector(".opblock-tag")).isEmpty());
    assertThat(browser.driver().findElement(By.cssSelector(".swagger-ui .info .title")).getText())
        .startsWith("API Orion");
    assertThat(browser.driver().findElements(By.cssSelector(".opblock-tag"))).isNotEmpty();
    assertThat(violations()).as("/api/docs").isEmpty();
  }

  @SuppressWarnings("unchecked")
  private List<String> violations() {
    Object violations =
        ((ChromeDriver) browser.driver()).executeScript("return window.violationsCsp || [];");
    return (List<String>) violations;
  }

  private void attendreLaPage() {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(
            d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
    // Deferred scripts and the DSFR's module have run once the document is complete; violations
    // are reported asynchronously, a moment later.
    try {
      Thread.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void attendre(By element) {
    try {
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
          .until(d -> !d.findElements(element).isEmpty());
    } catch (TimeoutException e) {
      throw new AssertionError(
          element + " absent de " + browser.currentPath() + " ; violations : " + violations(), e);
    }
    attendreLaPage();
  }
}
