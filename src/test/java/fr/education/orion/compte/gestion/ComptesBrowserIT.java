package fr.education.orion.compte.gestion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.Browser;
import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import fr.education.orion.TestMail;
import fr.education.orion.compte.Comptes;
import fr.education.orion.compte.ComptesIT;
import fr.education.orion.compte.FicheUtilisateur;
import fr.education.orion.compte.Role;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.compte.connexion.ConnexionProperties;
import fr.education.orion.referentiel.CodeRegion;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
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

    comptes.update(utilisateur.id(), utilisateur.fiche().withActif(false));

    browser.open("/admin/utilisateurs");
    assertThat(browser.currentPath()).isEqualTo("/connexion");
    assertThat(browser.driver().findElements(By.id("compte-connecte"))).isEmpty();
  }

  @Test
  void theAccountsListSaysItsCountInWordsAndFitsAScreenAndAPhone() {
    browser.connecterEnDemo("admin");
    browser.open("/admin/utilisateurs");
    WebElement creer = browser.driver().findElement(By.cssSelector("main a[href$='/nouveau']"));
    assertThat(creer.getText()).isEqualTo("Créer un compte");
    assertThat(creer.getDomAttribute("class")).contains("fr-btn");
    assertTextShows(creer);
    // One demo account per role, nine roles, and the accounts other tests create.
    assertThat(texte(By.id("nombre-comptes"))).matches("\\d+ comptes");
    assertThat(Integer.parseInt(texte(By.id("nombre-comptes")).split(" ")[0]))
        .isGreaterThanOrEqualTo(9);

    browser.open("/admin/utilisateurs?q=" + TestHttp.demo("perdir"));
    assertThat(texte(By.id("nombre-comptes"))).isEqualTo("1 compte");
    browser.open("/admin/utilisateurs?q=personne.de.tel@example.fr");
    assertThat(texte(By.id("nombre-comptes"))).isEqualTo("0 compte");

    // An address and a name without spaces, as long as real ones get, must wrap in their cells.
    String longue =
        "prenom.nom.du.service.regional.de.la.formation.professionnelle@regionexempledetest.fr";
    comptes.create(
        new FicheUtilisateur(
            longue,
            "Marie-Emmanuelle",
            "Delacroix-Montmorency-Saint-Sauveur-Beauregard",
            Role.ADMIN_REGION,
            null,
            new CodeRegion("84"),
            List.of(),
            true));
    taille(1024, 768);
    browser.open("/admin/utilisateurs?tri=role&q=" + longue);
    assertThat(texte(By.cssSelector("#tableau-comptes caption"))).endsWith("triés par rôle");
    WebElement tableau =
        browser.driver().findElement(By.cssSelector("#tableau-comptes .fr-table__container"));
    assertThat(nombre("return arguments[0].scrollWidth - arguments[0].clientWidth", tableau))
        .as("the table's horizontal overflow at 1024 px")
        .isLessThanOrEqualTo(0);
    accessible("utilisateurs-1024");

    taille(375, 812);
    browser.open("/admin/utilisateurs");
    assertThat(nombre("return document.documentElement.scrollWidth", null))
        .isLessThanOrEqualTo(375);
    WebElement email =
        browser.driver().findElement(By.cssSelector("#tableau-comptes tbody tr:first-child th a"));
    assertThat(nombre("return arguments[0].getBoundingClientRect().right", email))
        .isLessThanOrEqualTo(375);
    assertTextShows(browser.driver().findElement(By.cssSelector("main a[href$='/nouveau']")));
    accessible("utilisateurs-375");
    browser.screenshot("utilisateurs-375");
  }

  @Test
  void aPerdirLandsOnTheirEtablissementsPanorama() {
    browser.connecterEnDemo("perdir");
    assertThat(browser.currentPath()).isEqualTo("/panorama/etablissement/" + ComptesDemo.UAI);
    assertThat(texte(By.id("compte-connecte"))).contains("Perdir");
    assertThat(texte(By.tagName("main"))).contains("UAI " + ComptesDemo.UAI);
    assertThat(texte(By.cssSelector("[role=tab][aria-selected=true]"))).isEqualTo("Formations");
    accessible("arrivee-perdir");
  }

  /**
   * The element's text is shown in full: not clipped to its icon, as the DSFR does to a small
   * button with an icon whose group does not say on which side the icon goes.
   */
  private void assertTextShows(WebElement element) {
    assertThat(element.isDisplayed()).isTrue();
    assertThat(nombre("return arguments[0].scrollWidth - arguments[0].clientWidth", element))
        .isLessThanOrEqualTo(0);
    assertThat(nombre("return arguments[0].getBoundingClientRect().width", element))
        .isGreaterThan(100);
  }

  private void taille(int largeur, int hauteur) {
    browser.driver().manage().window().setSize(new Dimension(largeur, hauteur));
    assertThat(nombre("return window.innerWidth", null)).isEqualTo(largeur);
  }

  private double nombre(String script, WebElement element) {
    return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(script, element))
        .doubleValue();
  }

  /** An active Admin RA of région 84 with the password {@link #MOT_DE_PASSE}. */
  private Utilisateur actif(String email) {
    Utilisateur utilisateur =
        comptes.create(ComptesIT.fiche(email, Role.ADMIN_REGION, "84", List.of()));
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
