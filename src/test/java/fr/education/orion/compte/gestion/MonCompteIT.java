package fr.education.orion.compte.gestion;

import static fr.education.orion.schema.Tables.ECHEC_CONNEXION;
import static fr.education.orion.schema.Tables.JOURNAL_COMPTE;
import static fr.education.orion.schema.Tables.SPRING_SESSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.education.orion.LocalOidc;
import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import fr.education.orion.TestMail;
import fr.education.orion.compte.CompteCourant;
import fr.education.orion.compte.CompteInvalideException;
import fr.education.orion.compte.Comptes;
import fr.education.orion.compte.ComptesIT;
import fr.education.orion.compte.FicheUtilisateur;
import fr.education.orion.compte.Role;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.compte.connexion.ConnexionLocale;
import fr.education.orion.compte.connexion.ConnexionProperties;
import fr.education.orion.compte.connexion.ConnexionSsoNavigateur;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.Uai;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.util.HtmlUtils;

/**
 * « Mon compte » over HTTP, each account made for its test (never a demo account's password, which
 * other tests use): identity, change of password (current password checked and throttled like a
 * login, policy, other sessions ended, this one kept under a new id, notice by e-mail read from a
 * real SMTP server), the list of open sessions and the closing of the others, and anonymous
 * visitors sent to the login page. Attempts from other client addresses than the tests' loopback go
 * through the use case itself, as {@link AttaquesComptesIT} does, so that the loopback's own
 * counts, which every test shares, grow by one failure only.
 */
@OrionIT
class MonCompteIT {

  private static final String MOT_DE_PASSE = "une phrase de passe assez longue";
  private static final String NOUVEAU = "trois chevaux boivent du thé vert";

  @LocalServerPort int port;
  @Autowired Comptes comptes;
  @Autowired MotsDePasse motsDePasse;
  @Autowired JetonsCompte jetons;
  @Autowired MotDePasseOublie motDePasseOublie;
  @Autowired ChangerMotDePasse changerMotDePasse;
  @Autowired ConnexionProperties proprietesConnexion;
  @Autowired ConnexionLocale connexion;
  @Autowired DSLContext dsl;

  @Test
  void anAnonymousVisitorIsSentToTheLoginPage() {
    TestHttp anonyme = new TestHttp(port).nouvelleSession();

    TestHttp.Answer page = anonyme.get("/mon-compte", "text/html");
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.location()).endsWith("/connexion");
    TestHttp.Answer changement =
        anonyme.post(
            "/mon-compte/mot-de-passe",
            Map.of("motDePasseActuel", "x", "motDePasse", NOUVEAU, "confirmation", NOUVEAU));
    assertThat(changement.location()).endsWith("/connexion");
  }

  @Test
  void theHeaderLeadsToThePageThatShowsTheIdentityReadOnly() {
    Utilisateur utilisateur =
        comptes.create(
            new FicheUtilisateur(
                "identite.mon-compte@example.fr",
                "Hortense",
                "Vallée",
                Role.PERDIR,
                null,
                new CodeRegion("84"),
                List.of(new Uai("0010001W")),
                true));
    motsDePasse.definir(utilisateur, MOT_DE_PASSE);
    new TestHttp(port).connecte(utilisateur.email(), MOT_DE_PASSE);
    TestHttp session = new TestHttp(port).connecte(utilisateur.email(), MOT_DE_PASSE);

    String accueil = session.get("/", "text/html").body();
    assertThat(accueil).contains("id=\"compte-connecte\" href=\"/mon-compte\"");
    String page = HtmlUtils.htmlUnescape(session.get("/mon-compte", "text/html").body());
    assertThat(page)
        .contains(utilisateur.email(), "Hortense", "Vallée", "Perdir", "0010001W")
        .contains("name=\"motDePasseActuel\"");
    // The login of the first session is the previous one; no field of the identity is editable.
    String aujourdhui =
        DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .format(ZonedDateTime.now(ZoneId.of("Europe/Paris")));
    assertThat(page).contains("Connexion précédente</th><td>" + aujourdhui + " à ");
    assertThat(page).doesNotContain("name=\"email\"", "name=\"role\"", "name=\"nom\"");
  }

  @Test
  void aWrongCurrentPasswordIsRefusedCountedAsAFailedLoginAndNotShownAgain() {
    Utilisateur utilisateur = actif("actuel.faux@example.fr");
    TestHttp session = new TestHttp(port).connecte(utilisateur.email(), MOT_DE_PASSE);

    TestHttp.Answer refus =
        session.post(
            "/mon-compte/mot-de-passe",
            Map.of(
                "motDePasseActuel", "pas le mot de passe actuel",
                "motDePasse", NOUVEAU,
                "confirmation", NOUVEAU));

    assertThat(refus.status()).isEqualTo(200);
    String page = HtmlUtils.htmlUnescape(refus.body());
    assertThat(page).contains("Mot de passe non modifié", ChangerMotDePasse.ACTUEL_INCORRECT);
    assertThat(page).doesNotContain("pas le mot de passe actuel", NOUVEAU);
    assertThat(echecs(utilisateur.email(), "127.0.0.1")).isEqualTo(1);
    assertThat(evenements(utilisateur, "echec_connexion")).isEqualTo(1);
    assertThat(new TestHttp(port).connecte(utilisateur.email(), MOT_DE_PASSE)).isNotNull();
  }

  @Test
  void wrongCurrentPasswordsPastTheThresholdMakeEvenTheRightOneWait() {
    Utilisateur utilisateur = actif("actuel.devine@example.fr");
    String adresse = "198.51.100.90";
    for (int i = 0; i < proprietesConnexion.echecsParCompte(); i++) {
      String devinette = "devinette " + i;
      assertThatThrownBy(() -> change(utilisateur, devinette, adresse))
          .isInstanceOf(CompteInvalideException.class)
          .hasMessage(ChangerMotDePasse.ACTUEL_INCORRECT);
    }

    assertThatThrownBy(() -> change(utilisateur, MOT_DE_PASSE, adresse))
        .isInstanceOf(CompteInvalideException.class)
        .hasMessage(ConnexionLocale.attendre(proprietesConnexion.premiereAttente()));
    // One count for this form and the login form: a login from there waits as well.
    assertThat(echecs(utilisateur.email(), adresse))
        .isEqualTo(proprietesConnexion.echecsParCompte());
    UsernamePasswordAuthenticationToken login =
        UsernamePasswordAuthenticationToken.unauthenticated(utilisateur.email(), MOT_DE_PASSE);
    login.setDetails(new WebAuthenticationDetails(adresse, null));
    assertThatThrownBy(() -> connexion.authenticate(login)).isInstanceOf(LockedException.class);
    // The owner, from elsewhere, is not locked out.
    assertThat(new TestHttp(port).connecte(utilisateur.email(), MOT_DE_PASSE)).isNotNull();
  }

  @Test
  void aWeakNewPasswordIsRefusedWithItsReason() {
    Utilisateur utilisateur = actif("faible.mon-compte@example.fr");
    TestHttp session = new TestHttp(port).connecte(utilisateur.email(), MOT_DE_PASSE);
    Map<String, String> faibles =
        Map.of(
            "p4ss-court", "Le mot de passe doit compter au moins 12 caractères.",
            "azertyuiop123456", "Ce mot de passe est trop facile à deviner",
            "faible.mon-compte 2026", "ne doit pas reprendre votre adresse e-mail");

    for (Map.Entry<String, String> faible : faibles.entrySet()) {
      TestHttp.Answer refus =
          session.post(
              "/mon-compte/mot-de-passe",
              Map.of(
                  "motDePasseActuel", MOT_DE_PASSE,
                  "motDePasse", faible.getKey(),
                  "confirmation", faible.getKey()));
      String page = HtmlUtils.htmlUnescape(refus.body());
      assertThat(page).as(faible.getKey()).contains(faible.getValue());
      assertThat(page).as(faible.getKey()).doesNotContain(faible.getKey(), MOT_DE_PASSE);
    }
    TestHttp.Answer differents =
        session.post(
            "/mon-compte/mot-de-passe",
            Map.of(
                "motDePasseActuel", MOT_DE_PASSE,
                "motDePasse", NOUVEAU,
                "confirmation", NOUVEAU + " !"));
    assertThat(HtmlUtils.htmlUnescape(differents.body()))
        .contains("Les deux nouveaux mots de passe saisis sont différents.");

    assertThat(new TestHttp(port).connecte(utilisateur.email(), MOT_DE_PASSE)).isNotNull();
  }

  @Test
  void aChangedPasswordEndsTheOtherSessionsKeepsThisOneUnderANewIdAndIsAnnounced() {
    Utilisateur utilisateur = actif("changement@example.fr");
    TestHttp ici = new TestHttp(port).connecte(utilisateur.email(), MOT_DE_PASSE);
    TestHttp ailleurs = new TestHttp(port).connecte(utilisateur.email(), MOT_DE_PASSE);
    assertThat(ailleurs.get("/mon-compte", "text/html").status()).isEqualTo(200);
    Set<String> avant = sessionsEnBase(utilisateur);
    assertThat(avant).hasSize(2);

    TestHttp.Answer change =
        ici.post(
            "/mon-compte/mot-de-passe",
            Map.of(
                "motDePasseActuel", MOT_DE_PASSE, "motDePasse", NOUVEAU, "confirmation", NOUVEAU));

    assertThat(change.location()).endsWith("/mon-compte?motDePasseModifie");
    TestHttp.Answer suite = ici.get("/mon-compte?motDePasseModifie", "text/html");
    assertThat(suite.status()).isEqualTo(200);
    assertThat(HtmlUtils.htmlUnescape(suite.body())).contains("Votre mot de passe est modifié");
    assertThat(ailleurs.get("/mon-compte", "text/html").location()).endsWith("/connexion");
    Set<String> apres = sessionsEnBase(utilisateur);
    assertThat(apres).as("la session gardée, sous un nouvel identifiant").hasSize(1);
    assertThat(apres).doesNotContainAnyElementsOf(avant);
    assertThat(evenements(utilisateur, "changement_mot_de_passe")).isEqualTo(1);

    String avis = messageContenant(utilisateur.email(), "a été modifié le");
    String aujourdhui =
        DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .format(ZonedDateTime.now(ZoneId.of("Europe/Paris")));
    assertThat(avis)
        .contains("Le mot de passe de votre compte Orion (changement@example.fr) a été modifié le")
        .contains(aujourdhui + " à ")
        .contains("depuis la page « Mon compte »")
        .contains("Si ce n'est pas vous", "« Mot de passe", "/mot-de-passe-oublie")
        .contains("prévenez votre administrateur Orion");

    assertThat(
            new TestHttp(port)
                .nouvelleSession()
                .seConnecter(utilisateur.email(), MOT_DE_PASSE)
                .location())
        .contains("/connexion?erreur");
    assertThat(new TestHttp(port).connecte(utilisateur.email(), NOUVEAU)).isNotNull();
  }

  @Test
  void aNewPasswordFromTheEmailedLinkIsAnnouncedAndAnActivationIsNot() {
    Utilisateur utilisateur =
        comptes.create(ComptesIT.fiche("avis.lien@example.fr", Role.REGION, "84", List.of()));
    String activation = jetons.emettre(utilisateur.id(), JetonsCompte.Nature.ACTIVATION);
    TestHttp visiteur = new TestHttp(port).nouvelleSession();
    assertThat(
            visiteur
                .post(
                    "/activation",
                    Map.of(
                        "jeton",
                        activation,
                        "motDePasse",
                        MOT_DE_PASSE,
                        "confirmation",
                        MOT_DE_PASSE))
                .location())
        .endsWith("/connexion?motDePasseChoisi");

    motDePasseOublie.request(utilisateur.email(), "192.0.2.90");
    String lien = TestMail.lien(TestMail.dernierMessage(utilisateur.email()));
    assertThat(TestMail.nombreDeMessages(utilisateur.email()))
        .as("l'activation n'est pas annoncée : seul le lien demandé est arrivé")
        .isEqualTo(1);
    String jeton = lien.substring(lien.indexOf('=') + 1);
    visiteur.post(
        "/reinitialisation",
        Map.of("jeton", jeton, "motDePasse", NOUVEAU, "confirmation", NOUVEAU));

    assertThat(messageContenant(utilisateur.email(), "a été modifié le"))
        .contains("avec un lien « Mot de passe oublié » reçu par e-mail");
  }

  @Test
  void theSessionsAreListedAndTheOtherOnesClosed() {
    Utilisateur utilisateur = actif("sessions.mon-compte@example.fr");
    TestHttp ici = new TestHttp(port).connecte(utilisateur.email(), MOT_DE_PASSE);
    TestHttp ailleurs = new TestHttp(port).connecte(utilisateur.email(), MOT_DE_PASSE);
    ailleurs.get("/", "text/html");

    String liste = HtmlUtils.htmlUnescape(ici.get("/mon-compte", "text/html").body());
    String tableau = liste.substring(liste.indexOf("<table id=\"sessions\""));
    tableau = tableau.substring(0, tableau.indexOf("</table>"));
    assertThat(tableau.split("<tr>", -1)).hasSize(1 + 1 + 2); // before, the heading, 2 sessions
    assertThat(tableau).containsOnlyOnce("Cette session").containsOnlyOnce("Autre session");
    assertThat(liste).contains("Fermer mes autres sessions");

    TestHttp.Answer fermeture = ici.post("/mon-compte/sessions/fermeture", Map.of());

    assertThat(fermeture.location()).endsWith("/mon-compte?sessionsFermees=1");
    assertThat(ailleurs.get("/mon-compte", "text/html").location()).endsWith("/connexion");
    String apres =
        HtmlUtils.htmlUnescape(ici.get("/mon-compte?sessionsFermees=1", "text/html").body());
    assertThat(apres)
        .contains("Votre autre session est fermée.", "Cette session")
        .doesNotContain("Autre session", "Fermer mes autres sessions");
    assertThat(sessionsEnBase(utilisateur)).hasSize(1);
    assertThat(evenements(utilisateur, "fermeture_sessions")).isEqualTo(1);
  }

  @Test
  void aSingleSignOnAccountIsToldItsPasswordIsTheMinistrysPortals() {
    Map<String, Object> claims = new HashMap<>();
    claims.put("email", "portail.mon-compte@ac-test.fr");
    claims.put("given_name", "Camille");
    claims.put("family_name", "Portail");
    claims.put("ctgrps", List.of("GRP_ORIONIJ_DRAFPIC"));
    claims.put("codaca", "010");
    LocalOidc.prochaineConnexion("sub-portail-mon-compte", claims);
    ConnexionSsoNavigateur navigateur = new ConnexionSsoNavigateur(port);
    navigateur.seConnecter();

    String page = HtmlUtils.htmlUnescape(navigateur.get("/mon-compte").body());

    assertThat(page)
        .contains("portail.mon-compte@ac-test.fr", "DRAFPIC", "Auvergne-Rhône-Alpes")
        .contains("votre mot de passe est géré par le portail du ministère")
        .doesNotContain("name=\"motDePasseActuel\"");
    Utilisateur sso = comptes.parEmail("portail.mon-compte@ac-test.fr").orElseThrow();
    assertThatThrownBy(() -> change(sso, "nimporte quoi", "192.0.2.91"))
        .hasMessage(ChangerMotDePasse.SANS_MOT_DE_PASSE);
  }

  /** An active account of région 84 with the password {@link #MOT_DE_PASSE}. */
  private Utilisateur actif(String email) {
    Utilisateur utilisateur = comptes.create(ComptesIT.fiche(email, Role.REGION, "84", List.of()));
    motsDePasse.definir(utilisateur, MOT_DE_PASSE);
    return comptes.parId(utilisateur.id()).orElseThrow();
  }

  /** A change through the use case, as a request from {@code adresse} would ask it. */
  private void change(Utilisateur utilisateur, String actuel, String adresse) {
    changerMotDePasse.change(
        new ChangerMotDePasse.Demande(utilisateur, actuel, NOUVEAU, NOUVEAU, adresse, "aucune"));
  }

  private int echecs(String email, String adresse) {
    return dsl.select(ECHEC_CONNEXION.ECHECS)
        .from(ECHEC_CONNEXION)
        .where(ECHEC_CONNEXION.EMAIL.eq(email))
        .and(ECHEC_CONNEXION.ADRESSE.eq(adresse))
        .fetchOptional(ECHEC_CONNEXION.ECHECS)
        .orElse(0);
  }

  private Set<String> sessionsEnBase(Utilisateur utilisateur) {
    return Set.copyOf(
        dsl.select(SPRING_SESSION.SESSION_ID)
            .from(SPRING_SESSION)
            .where(SPRING_SESSION.PRINCIPAL_NAME.eq(CompteCourant.nomPrincipal(utilisateur.id())))
            .fetch(SPRING_SESSION.SESSION_ID));
  }

  /** The newest e-mail to {@code destinataire} holding {@code texte}, within ten seconds. */
  private static String messageContenant(String destinataire, String texte) {
    long fin = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    String message = "";
    while (System.nanoTime() < fin) {
      message = TestMail.dernierMessage(destinataire);
      if (message.contains(texte)) {
        return message;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError(
        "Aucun e-mail à " + destinataire + " ne dit « " + texte + " » : " + message);
  }

  private int evenements(Utilisateur utilisateur, String evenement) {
    return dsl.fetchCount(
        JOURNAL_COMPTE,
        JOURNAL_COMPTE
            .UTILISATEUR_ID
            .eq(utilisateur.id())
            .and(JOURNAL_COMPTE.EVENEMENT.eq(evenement)));
  }
}
