package fr.education.orion.compte;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.Browser;
import fr.education.orion.LocalOidc;
import fr.education.orion.OrionIT;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An SSO login in Chromium, through the in-test OpenID Connect provider ({@link LocalOidc}): the
 * browser goes to the provider and back, and lands on the page of its role with the notice; a
 * refused login ends on its DSFR page, which axe-core finds clean.
 */
@OrionIT
class ConnexionSsoBrowserIT {

  @LocalServerPort int port;

  @Test
  void aNewUserSignsInAndLandsOnTheHomePageWithTheNotice() {
    LocalOidc.prochaineConnexion(
        "sub-navigateur-dgesco",
        Map.of(
            "email", "navigateur.dgesco@education.gouv.fr",
            "given_name", "Alex",
            "family_name", "Durand",
            "ctgrps", List.of("GRP_ORIONIJ_DGESCO")));
    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      browser.open(AuthentificationUnique.DEBUT);

      assertThat(browser.currentPath()).isEqualTo("/");
      assertThat(browser.driver().findElement(By.cssSelector(".fr-notice")).getText())
          .contains("votre compte a été créé");
      assertThat(browser.seriousAccessibilityViolations()).isEmpty();

      browser.open("/");
      assertThat(browser.driver().findElements(By.cssSelector(".fr-notice"))).isEmpty();
    }
  }

  @Test
  void aRefusedLoginEndsOnAnAccessibleFrenchPage() {
    LocalOidc.prochaineConnexion(
        "sub-navigateur-sans-droit",
        Map.of("email", "sans.droit@education.gouv.fr", "ctgrps", List.of("GRP_AUTRE_APPLI")));
    try (Browser browser = new Browser("http://127.0.0.1:" + port)) {
      browser.open(AuthentificationUnique.DEBUT);

      assertThat(browser.currentPath()).isEqualTo(RefusSsoPage.CHEMIN + "?motif=aucun-droit");
      assertThat(browser.driver().findElement(By.tagName("h1")).getText())
          .isEqualTo("Aucun droit d'accès à Orion");
      assertThat(browser.driver().findElement(By.cssSelector(".fr-alert")).getText())
          .contains("GRP_ORIONIJ");
      assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }
  }
}
