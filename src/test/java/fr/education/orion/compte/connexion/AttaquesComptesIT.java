package fr.education.orion.compte.connexion;

import static fr.education.orion.schema.Tables.ECHEC_CONNEXION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import fr.education.orion.TestMail;
import fr.education.orion.compte.Comptes;
import fr.education.orion.compte.ComptesIT;
import fr.education.orion.compte.Role;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.compte.gestion.EnvoisProperties;
import fr.education.orion.compte.gestion.MotDePasseOublie;
import fr.education.orion.compte.gestion.MotsDePasse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.util.HtmlUtils;

/**
 * The attacks of the security review on accounts, each tried for real: telling who has an account
 * from the login form, locking someone else out with wrong passwords, flooding an address with
 * new-password e-mails, oversized fields. Attempts from other client addresses than the tests'
 * loopback go through the login provider itself, with the address a request would give it
 * (addresses of the documentation ranges, RFC 5737), so that the loopback's own counts and quotas,
 * which every test shares, stay untouched.
 */
@OrionIT
class AttaquesComptesIT {

  private static final String MOT_DE_PASSE = "une phrase de passe assez longue";
  private static final Pattern ALERTE =
      Pattern.compile("<h2 class=\"fr-alert__title\">Connexion refusée</h2>\\s*<p>(.*?)</p>");

  @LocalServerPort int port;
  @Autowired Comptes comptes;
  @Autowired MotsDePasse motsDePasse;
  @Autowired ConnexionLocale connexion;
  @Autowired ConnexionProperties proprietesConnexion;
  @Autowired EnvoisProperties proprietesEnvois;
  @Autowired MotDePasseOublie motDePasseOublie;
  @Autowired DSLContext dsl;

  // Finding 4: account enumeration through the login form.

  @Test
  void everyFailedLoginReadsTheSameWhateverTheAccount() {
    actif("enum.actif@example.fr", Role.REGION, "84");
    comptes.create(ComptesIT.fiche("enum.pas-active@example.fr", Role.REGION, "84", List.of()));
    Utilisateur sso = actif("enum.sso@example.fr", Role.REGION, "84");
    comptes.lierSso(sso.id(), "sujet-enum-sso");
    Utilisateur desactive = actif("enum.desactive@example.fr", Role.REGION, "84");
    comptes.update(desactive.id(), desactive.fiche().withActif(false));

    Map<String, String> messages = new LinkedHashMap<>();
    messages.put("inconnu", refusAffiche("enum.inconnu@example.fr", MOT_DE_PASSE));
    messages.put("mauvais mot de passe", refusAffiche("enum.actif@example.fr", "pas le bon"));
    messages.put("pas activé", refusAffiche("enum.pas-active@example.fr", MOT_DE_PASSE));
    messages.put("authentification unique", refusAffiche("enum.sso@example.fr", MOT_DE_PASSE));
    messages.put("désactivé, bon mot de passe", refusAffiche(desactive.email(), MOT_DE_PASSE));

    assertThat(messages).allSatisfy((cas, message) -> assertThat(message).isEqualTo(REFUS));
  }

  @Test
  void aLoginOnANotActivatedAccountSendsANewActivationLinkInsteadOfSayingSo() {
    Utilisateur enAttente =
        comptes.create(ComptesIT.fiche("relance@example.fr", Role.REGION, "84", List.of()));
    assertThat(TestMail.nombreDeMessages(enAttente.email())).isZero();

    assertThat(refusAffiche(enAttente.email(), "un mot de passe au hasard")).isEqualTo(REFUS);

    String lien = TestMail.lien(TestMail.dernierMessage(enAttente.email()));
    assertThat(lien).startsWith("/activation?jeton=");
    TestHttp visiteur = new TestHttp(port).nouvelleSession();
    String jeton = lien.substring(lien.indexOf('=') + 1);
    assertThat(
            visiteur
                .post(
                    "/activation",
                    Map.of(
                        "jeton", jeton, "motDePasse", MOT_DE_PASSE, "confirmation", MOT_DE_PASSE))
                .location())
        .endsWith("/connexion?motDePasseChoisi");
    assertThat(new TestHttp(port).connecte(enAttente.email(), MOT_DE_PASSE)).isNotNull();
  }

  // Finding 5: anyone could keep any account locked.

  @Test
  void anAttackerElsewhereDoesNotLockTheOwnerOut() {
    Utilisateur victime = actif("victime@example.fr", Role.REGION, "84");
    for (int i = 0; i < 3 * proprietesConnexion.echecsParCompte(); i++) {
      assertThatThrownBy(() -> connecter(victime.email(), "devinette", "198.51.100.66"))
          .isInstanceOfAny(BadCredentialsException.class, LockedException.class);
    }
    assertThatThrownBy(() -> connecter(victime.email(), MOT_DE_PASSE, "198.51.100.66"))
        .isInstanceOf(LockedException.class);

    // The owner, from its own address, signs in at once.
    assertThat(new TestHttp(port).connecte(victime.email(), MOT_DE_PASSE)).isNotNull();
  }

  @Test
  void eachFailurePastTheThresholdDoublesTheWaitOfThePair() {
    Utilisateur utilisateur = actif("attente@example.fr", Role.REGION, "84");
    String adresse = "198.51.100.70";
    for (int i = 0; i < proprietesConnexion.echecsParCompte(); i++) {
      assertThatThrownBy(() -> connecter(utilisateur.email(), "faux", adresse))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThat(attente(utilisateur.email(), adresse))
        .isCloseTo(proprietesConnexion.premiereAttente(), Duration.ofSeconds(5));
    assertThatThrownBy(() -> connecter(utilisateur.email(), MOT_DE_PASSE, adresse))
        .isInstanceOf(LockedException.class)
        .hasMessageContaining("attendez 1 minute avant de réessayer");

    finirLAttente(utilisateur.email(), adresse);
    assertThatThrownBy(() -> connecter(utilisateur.email(), "encore faux", adresse))
        .isInstanceOf(BadCredentialsException.class);
    assertThat(attente(utilisateur.email(), adresse))
        .isCloseTo(proprietesConnexion.premiereAttente().multipliedBy(2), Duration.ofSeconds(5));
    assertThatThrownBy(() -> connecter(utilisateur.email(), MOT_DE_PASSE, adresse))
        .hasMessageContaining("attendez 2 minutes avant de réessayer");

    finirLAttente(utilisateur.email(), adresse);
    assertThat(connecter(utilisateur.email(), MOT_DE_PASSE, adresse).isAuthenticated()).isTrue();
    assertThat(dsl.fetchCount(ECHEC_CONNEXION, ECHEC_CONNEXION.EMAIL.eq(utilisateur.email())))
        .as("une connexion réussie efface les échecs du compte")
        .isZero();
  }

  @Test
  void anUnknownEmailIsSlowedDownAlikeSoTheWaitTellsNothing() {
    String adresse = "198.51.100.71";
    actif("attente.connu@example.fr", Role.REGION, "84");
    for (String email : List.of("existe.pas@example.fr", "attente.connu@example.fr")) {
      for (int i = 0; i < proprietesConnexion.echecsParCompte(); i++) {
        assertThatThrownBy(() -> connecter(email, "faux mot de passe", adresse))
            .isInstanceOf(BadCredentialsException.class)
            .hasMessage(REFUS);
      }
      assertThatThrownBy(() -> connecter(email, MOT_DE_PASSE, adresse))
          .isInstanceOf(LockedException.class)
          .hasMessage(ConnexionLocale.attendre(proprietesConnexion.premiereAttente()));
    }
  }

  @Test
  void aNewPasswordFromTheEmailedLinkLiftsTheWait() {
    Utilisateur utilisateur = actif("reprise@example.fr", Role.REGION, "84");
    String adresse = "198.51.100.72";
    for (int i = 0; i <= proprietesConnexion.echecsParCompte(); i++) {
      assertThatThrownBy(() -> connecter(utilisateur.email(), "oublié", adresse))
          .isInstanceOfAny(BadCredentialsException.class, LockedException.class);
    }
    assertThatThrownBy(() -> connecter(utilisateur.email(), MOT_DE_PASSE, adresse))
        .isInstanceOf(LockedException.class);

    motDePasseOublie.request(utilisateur.email(), adresse);
    String lien = TestMail.lien(TestMail.dernierMessage(utilisateur.email()));
    String jeton = lien.substring(lien.indexOf('=') + 1);
    String nouveau = "un nouveau départ pour ce compte";
    assertThat(
            new TestHttp(port)
                .nouvelleSession()
                .post(
                    "/reinitialisation",
                    Map.of("jeton", jeton, "motDePasse", nouveau, "confirmation", nouveau))
                .location())
        .endsWith("/connexion?motDePasseChoisi");

    assertThat(connecter(utilisateur.email(), nouveau, adresse).isAuthenticated()).isTrue();
  }

  @Test
  void manyAccountsTriedFromOneAddressSlowThatAddressDown() {
    String adresse = "198.51.100.73";
    for (int i = 0; i < proprietesConnexion.echecsParAdresse(); i++) {
      String email = "bourrage" + i + "@example.fr";
      assertThatThrownBy(() -> connecter(email, "motdepasse123", adresse))
          .isInstanceOf(BadCredentialsException.class);
    }
    assertThatThrownBy(() -> connecter("bourrage-suivant@example.fr", "motdepasse123", adresse))
        .isInstanceOf(LockedException.class);
    // Other addresses are not slowed down.
    assertThat(new TestHttp(port).connecteEnDemo("invite")).isNotNull();
  }

  @Test
  void anAdministratorSeesAndLiftsTheWaitsOfTheAccountsItManagesOnly() {
    Utilisateur lyon = actif("bloque.lyon@example.fr", Role.EXPERT_REGION, "84");
    Utilisateur toulouse = actif("bloque.toulouse@example.fr", Role.EXPERT_REGION, "76");
    String adresse = "198.51.100.74";
    for (Utilisateur utilisateur : List.of(lyon, toulouse)) {
      for (int i = 0; i < proprietesConnexion.echecsParCompte(); i++) {
        assertThatThrownBy(() -> connecter(utilisateur.email(), "faux", adresse))
            .isInstanceOf(BadCredentialsException.class);
      }
    }
    TestHttp adminRegion = new TestHttp(port).connecteEnDemo("admin_region");
    String page = adminRegion.get("/admin/utilisateurs/" + lyon.id(), "text/html").body();
    assertThat(HtmlUtils.htmlUnescape(page))
        .contains("Échecs de connexion récents", adresse, "/deblocage");

    String deblocage = "/admin/utilisateurs/" + lyon.id() + "/deblocage";
    assertThat(adminRegion.postSansJeton(deblocage, Map.of()).status()).isEqualTo(403);
    assertThat(
            new TestHttp(port).connecteEnDemo("pilote_region").post(deblocage, Map.of()).status())
        .isEqualTo(403);
    assertThat(
            adminRegion
                .post("/admin/utilisateurs/" + toulouse.id() + "/deblocage", Map.of())
                .status())
        .isEqualTo(403);
    assertThat(dsl.fetchCount(ECHEC_CONNEXION, ECHEC_CONNEXION.EMAIL.eq(toulouse.email())))
        .isEqualTo(1);
    assertThat(dsl.fetchCount(ECHEC_CONNEXION, ECHEC_CONNEXION.EMAIL.eq(lyon.email())))
        .isEqualTo(1);

    TestHttp.Answer leve = adminRegion.post(deblocage, Map.of());
    assertThat(leve.location()).endsWith("/admin/utilisateurs/" + lyon.id() + "?debloque");
    assertThat(connecter(lyon.email(), MOT_DE_PASSE, adresse).isAuthenticated()).isTrue();
    assertThat(
            new TestHttp(port)
                .connecteEnDemo("admin")
                .post("/admin/utilisateurs/" + toulouse.id() + "/deblocage", Map.of())
                .status())
        .isEqualTo(302);
    assertThat(dsl.fetchCount(ECHEC_CONNEXION, ECHEC_CONNEXION.EMAIL.eq(toulouse.email())))
        .isZero();
  }

  // Finding 8: new-password requests were not limited, and were answered after the e-mail left.

  @Test
  void aNewPasswordRequestAnswersAlikeForAKnownAndAnUnknownAddress() {
    Utilisateur connu = actif("demande.connue@example.fr", Role.REGION, "84");
    TestHttp visiteur = new TestHttp(port).nouvelleSession();

    String pourConnu =
        sansJeton(visiteur.post("/mot-de-passe-oublie", Map.of("email", connu.email())));
    String pourInconnu =
        sansJeton(
            visiteur.post("/mot-de-passe-oublie", Map.of("email", "demande.inconnue@example.fr")));

    assertThat(pourConnu).isEqualTo(pourInconnu).contains("Si un compte Orion actif existe");
    assertThat(TestMail.lien(TestMail.dernierMessage(connu.email())))
        .startsWith("/reinitialisation?jeton=");
  }

  @Test
  void newPasswordEmailsToOneAddressAreLimited() throws InterruptedException {
    Utilisateur cible = actif("inondee@example.fr", Role.REGION, "84");
    for (int i = 0; i < 12; i++) {
      // From several client addresses, so that only the quota of the e-mail limits them.
      motDePasseOublie.request(cible.email(), "192.0.2." + (100 + i % 3));
    }

    assertThat(messagesRecus(List.of(cible.email()), proprietesEnvois.parEmail()))
        .isEqualTo(proprietesEnvois.parEmail());
  }

  @Test
  void newPasswordEmailsAskedFromOneClientAreLimited() throws InterruptedException {
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < proprietesEnvois.parAdresse() + 3; i++) {
      emails.add(actif("client" + i + "@example.fr", Role.REGION, "84").email());
    }
    for (String email : emails) {
      motDePasseOublie.request(email, "192.0.2.50");
    }

    assertThat(messagesRecus(emails, proprietesEnvois.parAdresse()))
        .isEqualTo(proprietesEnvois.parAdresse());
  }

  // Finding 13 (accounts): unbounded text fields.

  @Test
  void aTenThousandCharacterFieldIsRefusedAndTheFormKeepsWhatWasTyped() {
    TestHttp admin = new TestHttp(port).connecteEnDemo("admin");
    String long10000 = "A".repeat(10_000);
    Map<String, String> attendus =
        Map.of(
            "prenom", "Le prénom ne doit pas dépasser 100 caractères.",
            "nom", "Le nom ne doit pas dépasser 100 caractères.",
            "email", "L'adresse e-mail ne doit pas dépasser 254 caractères.",
            "fonction", "La fonction ne doit pas dépasser 100 caractères.",
            "uais", "La liste des établissements (UAI) ne doit pas dépasser 1000 caractères.");
    for (Map.Entry<String, String> champ : attendus.entrySet()) {
      Map<String, String> formulaire = formulaire("borne." + champ.getKey() + "@example.fr");
      formulaire.put(
          champ.getKey(), champ.getKey().equals("email") ? long10000 + "@example.fr" : long10000);
      TestHttp.Answer refus = admin.post("/admin/utilisateurs/nouveau", formulaire);

      assertThat(refus.status()).as(champ.getKey()).isEqualTo(200);
      String page = HtmlUtils.htmlUnescape(refus.body());
      assertThat(page).as(champ.getKey()).contains(champ.getValue());
      if (!champ.getKey().equals("fonction")) {
        // The fonction is chosen in a list: what was typed there is not an option to keep.
        assertThat(page).as(champ.getKey()).contains(long10000);
      }
      assertThat(comptes.parEmail("borne." + champ.getKey() + "@example.fr")).isEmpty();
    }
  }

  @Test
  void oversizedLoginSearchAndLinkFieldsAreRefusedPolitely() {
    String long10000 = "x".repeat(10_000);
    assertThat(refusAffiche(long10000 + "@example.fr", MOT_DE_PASSE)).isEqualTo(REFUS);
    assertThat(refusAffiche("demo@example.fr", long10000)).isEqualTo(REFUS);
    // Longer than any field, shorter than what the server reads of a request line (8 kB).
    String long1000 = "x".repeat(1000);
    TestHttp admin = new TestHttp(port).connecteEnDemo("admin");
    assertThat(admin.get("/admin/utilisateurs?q=" + long1000, "text/html").status()).isEqualTo(400);
    assertThat(
            HtmlUtils.htmlUnescape(admin.get("/admin/roles?email=" + long1000, "text/html").body()))
        .contains("L'adresse e-mail ne doit pas dépasser 254 caractères.");
    assertThat(
            new TestHttp(port)
                .nouvelleSession()
                .get("/reinitialisation?jeton=" + long1000, "text/html")
                .body())
        .contains("Ce lien n");
  }

  private static final String REFUS = ConnexionLocale.REFUS;

  /** The refusal a visitor reads after sending the login form from the tests' loopback. */
  private String refusAffiche(String email, String motDePasse) {
    TestHttp visiteur = new TestHttp(port).nouvelleSession();
    TestHttp.Answer reponse = visiteur.seConnecter(email, motDePasse);
    assertThat(reponse.location()).contains("/connexion?erreur");
    String page = visiteur.get("/connexion?erreur", "text/html").body();
    Matcher alerte = ALERTE.matcher(page);
    assertThat(alerte.find()).as(page).isTrue();
    return HtmlUtils.htmlUnescape(alerte.group(1));
  }

  /** A login through the provider, as a request from {@code adresse} would make it. */
  private Authentication connecter(String email, String motDePasse, String adresse) {
    UsernamePasswordAuthenticationToken demande =
        UsernamePasswordAuthenticationToken.unauthenticated(email, motDePasse);
    demande.setDetails(new WebAuthenticationDetails(adresse, null));
    return connexion.authenticate(demande);
  }

  private Duration attente(String email, String adresse) {
    OffsetDateTime fin =
        dsl.select(ECHEC_CONNEXION.BLOQUE_JUSQU_AU)
            .from(ECHEC_CONNEXION)
            .where(ECHEC_CONNEXION.EMAIL.eq(email))
            .and(ECHEC_CONNEXION.ADRESSE.eq(adresse))
            .fetchSingle(ECHEC_CONNEXION.BLOQUE_JUSQU_AU);
    return Duration.between(OffsetDateTime.now(), fin);
  }

  /** As if the wait had passed. */
  private void finirLAttente(String email, String adresse) {
    dsl.update(ECHEC_CONNEXION)
        .set(ECHEC_CONNEXION.BLOQUE_JUSQU_AU, OffsetDateTime.now().minusSeconds(1))
        .where(ECHEC_CONNEXION.EMAIL.eq(email))
        .and(ECHEC_CONNEXION.ADRESSE.eq(adresse))
        .execute();
  }

  /**
   * The e-mails these addresses received, once {@code attendus} arrived (ten seconds at most) and
   * the e-mails sent after the answer had time to leave.
   */
  private static long messagesRecus(List<String> emails, int attendus) throws InterruptedException {
    long fin = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (total(emails) < attendus && System.nanoTime() < fin) {
      Thread.sleep(100);
    }
    Thread.sleep(2000);
    return total(emails);
  }

  private static long total(List<String> emails) {
    return emails.stream().mapToLong(TestMail::nombreDeMessages).sum();
  }

  /** A page without its CSRF tokens, which differ from one answer to the next. */
  private static String sansJeton(TestHttp.Answer reponse) {
    return reponse
        .body()
        .replaceAll("(name=\"(_csrf|csrf-jeton)\" (value|content)=\")[^\"]+", "$1");
  }

  /** An active account with the password {@link #MOT_DE_PASSE}, as if activated. */
  private Utilisateur actif(String email, Role role, String codeRegion) {
    Utilisateur utilisateur = comptes.create(ComptesIT.fiche(email, role, codeRegion, List.of()));
    motsDePasse.definir(utilisateur, MOT_DE_PASSE);
    return utilisateur;
  }

  private static Map<String, String> formulaire(String email) {
    Map<String, String> champs = new HashMap<>();
    champs.put("email", email);
    champs.put("prenom", "Prénom");
    champs.put("nom", "Nom");
    champs.put("role", "expert_region");
    champs.put("codeRegion", "84");
    champs.put("uais", "");
    champs.put("fonction", "");
    champs.put("actif", "true");
    return champs;
  }
}
