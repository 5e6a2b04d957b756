package fr.education.orion.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.Browser;
import fr.education.orion.OrionIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The error pages as a visitor sees them in Chromium: French, in the DSFR, accessible. */
@OrionIT
class ErreurBrowserIT {

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
  void theNotFoundPageIsInFrenchAndAccessible() {
    browser.open("/une-adresse-mal-recopiee");

    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
        .isEqualTo("fr");
    assertThat(browser.driver().findElement(By.tagName("h1")).getText())
        .isEqualTo("Page non trouvée");
    assertThat(browser.driver().findElement(By.tagName("main")).getText())
        .contains("Erreur 404", "Vérifiez l'adresse saisie")
        .doesNotContain("No static resource", "Not Found");
    assertThat(browser.driver().getTitle()).isEqualTo("Page non trouvée — Orion");
    assertThat(browser.seriousAccessibilityViolations())
        .as("serious or critical axe-core violations")
        .isEmpty();

    browser.clickAndWaitForPage(By.linkText("Page d'accueil"));
    assertThat(browser.currentPath()).isEqualTo("/");
  }

  @Test
  void aPseudoTerritoryAnswersTheNotFoundPage() {
    browser.open("/panorama/region/99");

    assertThat(browser.driver().findElement(By.tagName("h1")).getText())
        .isEqualTo("Page non trouvée");
    assertThat(browser.driver().findElement(By.tagName("main")).getText())
        .contains("Aucune région de code « 99 »")
        .doesNotContain("Sans objet");
  }
}
