package fr.education.orion.compte.gestion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.Browser;
import fr.education.orion.OrionIT;
import fr.education.orion.compte.Comptes;
import fr.education.orion.compte.ComptesIT;
import fr.education.orion.compte.Role;
import fr.education.orion.compte.Utilisateur;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * « Mon compte » in a real browser: reached from the header, its sessions with the browser that
 * opened them, the « Afficher » box of each password field driven by the DSFR's own script (login
 * page and this page), a refused change, and no serious accessibility violation.
 */
@OrionIT
class MonCompteBrowserIT {

  private static final String MOT_DE_PASSE = "une phrase de passe pour chromium";

  @LocalServerPort int port;
  @Autowired Comptes comptes;
  @Autowired MotsDePasse motsDePasse;
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
  void theAccountPageIsReachedFromTheHeaderShowsPasswordsOnDemandAndIsAccessible() {
    Utilisateur utilisateur =
        comptes.create(
            ComptesIT.fiche(
                "navigateur.mon-compte@example.fr", Role.EXPERT_REGION, "84", List.of()));
    motsDePasse.definir(utilisateur, MOT_DE_PASSE);

    browser.open("/connexion");
    browser.driver().findElement(By.id("motDePasse")).sendKeys("visible un instant");
    afficher("motDePasse");
    assertThat(browser.seriousAccessibilityViolations()).as("connexion").isEmpty();

    browser.connecter(utilisateur.email(), MOT_DE_PASSE);
    browser.clickAndWaitForPage(By.id("compte-connecte"));
    assertThat(browser.currentPath()).isEqualTo("/mon-compte");
    assertThat(texte(By.tagName("h1"))).isEqualTo("Mon compte");
    assertThat(texte(By.id("identite"))).contains(utilisateur.email(), "Expert");
    // The badge is written in capitals by the DSFR's style.
    assertThat(texte(By.id("sessions")))
        .containsIgnoringCase("Cette session")
        .contains("Chrome sous Linux");
    for (String champ : List.of("motDePasseActuel", "motDePasse", "confirmation")) {
      afficher(champ);
    }
    assertThat(browser.seriousAccessibilityViolations()).as("mon-compte").isEmpty();

    browser.driver().findElement(By.id("motDePasseActuel")).sendKeys("pas le bon");
    browser.driver().findElement(By.id("motDePasse")).sendKeys("une toute autre phrase de passe");
    browser.driver().findElement(By.id("confirmation")).sendKeys("une toute autre phrase de passe");
    browser.clickAndWaitForPage(By.cssSelector("form[action='/mon-compte/mot-de-passe'] button"));
    assertThat(texte(By.cssSelector(".fr-alert--error")))
        .contains(ChangerMotDePasse.ACTUEL_INCORRECT);
    assertThat(browser.driver().findElement(By.id("motDePasseActuel")).getAttribute("value"))
        .isEmpty();
    assertThat(browser.seriousAccessibilityViolations()).as("mon-compte-erreur").isEmpty();
  }

  /** Ticks the « Afficher » box of a password field: the DSFR's script shows what was typed. */
  private void afficher(String champ) {
    assertThat(browser.driver().findElement(By.id(champ)).getAttribute("type"))
        .isEqualTo("password");
    browser.driver().findElement(By.cssSelector("label[for='" + champ + "-afficher']")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
        .until(d -> "text".equals(d.findElement(By.id(champ)).getAttribute("type")));
  }

  private String texte(By by) {
    return browser.driver().findElement(by).getText();
  }
}
