package fr.education.orion.compte.connexion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.Browser;
import fr.education.orion.LocalOidc;
import fr.education.orion.OrionIT;
import fr.education.orion.compte.web.ConnexionController;
import fr.education.orion.compte.web.RefusSsoController;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An SSO login in Chromium, through the in-test OpenID Connect provider ({@link LocalOidc}): from
 * the login page, whose SSO button axe-core finds clean, the browser goes to the provider and back,
 * lands on the page of its role with the notice, signed in, and signs out; a refused login ends on
 * its DSFR page, which axe-core finds clean too.
 */
@OrionIT
class ConnexionSsoBrowserIT {

  @LocalServerPort int port;

  @Test
  void aNewUserSignsInWithTheSsoButtonThenSignsOut() {
    LocalOidc.prochaineConnexion(
        "sub-navigateur-dgesco",
        Map.of(
            "email", "navigateur.dgesco@education.gouv.fr",
            "given_name", "Alex",
            "family_name", "Durand",
            "ctgrps", List.of("GRP_ORIONIJ_DGESCO")));
    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      browser.open(ConnexionController.CHEMIN);
      assertThat(browser.seriousAccessibilityViolations()).isEmpty();

      browser.clickAndWaitForPage(
          By.linkText("Se connecter avec le compte de l'Éducation nationale"));

      assertThat(browser.currentPath()).isEqualTo("/");
      assertThat(browser.driver().findElement(By.cssSelector(".fr-notice")).getText())
          .contains("votre compte a été créé");
      assertThat(browser.driver().findElement(By.id("compte-connecte")).getText())
          .startsWith("Alex Durand");
      assertThat(browser.seriousAccessibilityViolations()).isEmpty();

      browser.open("/");
      assertThat(browser.driver().findElements(By.cssSelector(".fr-notice"))).isEmpty();

      browser.clickAndWaitForPage(By.cssSelector("form[action='/deconnexion'] button"));

      assertThat(browser.currentPath()).isEqualTo(ConnexionController.CHEMIN + "?deconnexion");
      assertThat(browser.driver().findElement(By.cssSelector(".fr-alert--success")).getText())
          .contains("Vous êtes déconnecté");
      browser.open("/");
      assertThat(browser.driver().findElements(By.id("compte-connecte"))).isEmpty();
    }
  }

  @Test
  void aRefusedLoginEndsOnAnAccessibleFrenchPage() {
    LocalOidc.prochaineConnexion(
        "sub-navigateur-sans-droit",
        Map.of("email", "sans.droit@education.gouv.fr", "ctgrps", List.of("GRP_AUTRE_APPLI")));
    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      browser.open(AuthentificationUnique.DEBUT);

      assertThat(browser.currentPath()).isEqualTo(RefusSsoController.CHEMIN + "?motif=aucun-droit");
      assertThat(browser.driver().findElement(By.tagName("h1")).getText())
          .isEqualTo("Aucun droit d'accès à Orion");
      assertThat(browser.driver().findElement(By.cssSelector(".fr-alert")).getText())
          .contains("GRP_ORIONIJ");
      assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }
  }
}
