package fr.education.orion.compte;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.Browser;
import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import fr.education.orion.TestMail;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Accounts in a real browser: an administrator creates an account, its user activates it from the
 * e-mailed link and signs in and out; a forgotten password; the throttling message; a disabled
 * account's open session refused; and no serious accessibility violation on these pages.
 */
@OrionIT
class ComptesBrowserIT {

  private static final String MOT_DE_PASSE = "une phrase de passe pour chromium";

  @LocalServerPort int port;
  @Autowired Comptes comptes;
  @Autowired MotsDePasse motsDePasse;
  @Autowired ConnexionProperties proprietesConnexion;
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
  void anAccountIsCreatedActivatedFromTheEmailThenUsedAndLeft() {
    browser.open("/connexion");
    accessible("connexion");
    browser.connecterEnDemo("admin");
    assertThat(texte(By.id("compte-connecte"))).contains("Super Admin");

    browser.open("/admin/utilisateurs");
    accessible("utilisateurs");
    browser.open("/admin/roles?email=" + TestHttp.demo("perdir"));
    assertThat(texte(By.id("droits-utilisateur"))).contains("Perdir", "0010001W");
    accessible("roles");

    browser.open("/admin/utilisateurs/nouveau");
    accessible("utilisateur-nouveau");
    browser.driver().findElement(By.id("email")).sendKeys("navigateur@example.fr");
    browser.driver().findElement(By.id("prenom")).sendKeys("Alix");
    browser.driver().findElement(By.id("nom")).sendKeys("Martin");
    new Select(browser.driver().findElement(By.id("role"))).selectByValue("gestionnaire_region");
    new Select(browser.driver().findElement(By.id("codeRegion"))).selectByValue("84");
    browser.clickAndWaitForPage(By.cssSelector("main button[type=submit]"));
    assertThat(texte(By.cssSelector(".fr-alert--success")))
        .contains("un e-mail d'activation a été envoyé à navigateur@example.fr");
    accessible("utilisateur-cree");
    browser.clickAndWaitForPage(By.cssSelector("form[action='/deconnexion'] button"));
    assertThat(texte(By.cssSelector(".fr-alert--success"))).contains("Vous êtes déconnecté.");

    browser.open(TestMail.lien(TestMail.dernierMessage("navigateur@example.fr")));
    assertThat(texte(By.tagName("h1"))).isEqualTo("Activer votre compte");
    accessible("activation");
    browser.driver().findElement(By.id("motDePasse")).sendKeys(MOT_DE_PASSE);
    browser.driver().findElement(By.id("confirmation")).sendKeys(MOT_DE_PASSE);
    browser.clickAndWaitForPage(By.cssSelector("main button[type=submit]"));
    assertThat(texte(By.cssSelector(".fr-alert--success")))
        .contains("Votre mot de passe est enregistré");

    browser.connecter("navigateur@example.fr", MOT_DE_PASSE);
    assertThat(texte(By.id("compte-connecte"))).contains("Alix Martin", "Gestionnaire RA");
    browser.clickAndWaitForPage(By.cssSelector("form[action='/deconnexion'] button"));
    assertThat(browser.driver().findElements(By.id("compte-connecte"))).isEmpty();
  }

  @Test
  void aForgottenPasswordIsReplacedFromTheEmailedLink() {
    Utilisateur utilisateur = actif("reinit.navigateur@example.fr");
    browser.open("/connexion");
    browser.clickAndWaitForPage(By.linkText("Mot de passe oublié ?"));
    accessible("mot-de-passe-oublie");
    browser.driver().findElement(By.id("email")).sendKeys(utilisateur.email());
    browser.clickAndWaitForPage(By.cssSelector("main button[type=submit]"));
    assertThat(texte(By.cssSelector(".fr-alert"))).contains("un e-mail vient de lui être envoyé");

    browser.open(TestMail.lien(TestMail.dernierMessage(utilisateur.email())));
    assertThat(texte(By.tagName("h1"))).isEqualTo("Choisir un nouveau mot de passe");
    accessible("reinitialisation");
    String nouveau = "encore une autre phrase de passe";
    browser.driver().findElement(By.id("motDePasse")).sendKeys(nouveau);
    browser.driver().findElement(By.id("confirmation")).sendKeys(nouveau);
    browser.clickAndWaitForPage(By.cssSelector("main button[type=submit]"));

    browser.connecter(utilisateur.email(), nouveau);
    assertThat(texte(By.id("compte-connecte"))).contains("Prénom Nom");
  }

  @Test
  void repeatedFailedLoginsShowTheThrottlingMessage() {
    Utilisateur utilisateur = actif("obstine@example.fr");
    for (int i = 0; i < proprietesConnexion.echecsParCompte(); i++) {
      browser.connecter(utilisateur.email(), "pas le bon mot de passe");
      assertThat(texte(By.cssSelector(".fr-alert--error")))
          .contains("Adresse e-mail ou mot de passe incorrect.");
    }
    browser.connecter(utilisateur.email(), MOT_DE_PASSE);
    assertThat(texte(By.cssSelector(".fr-alert--error")))
        .contains("Trop de tentatives de connexion ont échoué");
    accessible("connexion-bloquee");
  }

  @Test
  void aDisabledAccountsOpenSessionIsRefusedOnItsNextRequest() {
    Utilisateur utilisateur = actif("session.ouverte@example.fr");
    browser.connecter(utilisateur.email(), MOT_DE_PASSE);
    browser.open("/admin/utilisateurs");
    assertThat(texte(By.tagName("h1"))).isEqualTo("Utilisateurs");

    comptes.modifier(utilisateur.id(), utilisateur.fiche().withActif(false));

    browser.open("/admin/utilisateurs");
    assertThat(browser.currentPath()).isEqualTo("/connexion");
    assertThat(browser.driver().findElements(By.id("compte-connecte"))).isEmpty();
  }

  /** An active Admin RA of région 84 with the password {@link #MOT_DE_PASSE}. */
  private Utilisateur actif(String email) {
    Utilisateur utilisateur =
        comptes.creer(ComptesIT.fiche(email, Role.ADMIN_REGION, "84", List.of()));
    motsDePasse.definir(utilisateur, MOT_DE_PASSE);
    return utilisateur;
  }

  private String texte(By by) {
    return browser.driver().findElement(by).getText();
  }

  private void accessible(String page) {
    assertThat(browser.seriousAccessibilityViolations()).as(page).isEmpty();
  }
}
