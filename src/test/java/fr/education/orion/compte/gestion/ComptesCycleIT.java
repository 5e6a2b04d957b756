package fr.education.orion.compte.gestion;

import static fr.education.orion.schema.Tables.JOURNAL_COMPTE;
import static fr.education.orion.schema.Tables.SPRING_SESSION;
import static fr.education.orion.schema.Tables.UTILISATEUR;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import fr.education.orion.TestMail;
import fr.education.orion.compte.CompteCourant;
import fr.education.orion.compte.Comptes;
import fr.education.orion.compte.ComptesIT;
import fr.education.orion.compte.Role;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.compte.connexion.ConnexionProperties;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The life of an account over HTTP, with e-mails read from a real SMTP server (GreenMail): creation
 * by an administrator within its hierarchy, activation from the e-mailed link, forgotten password,
 * throttled failed logins, disabling that ends open sessions, exports, anonymisation.
 */
@OrionIT
class ComptesCycleIT {

  private static final String MOT_DE_PASSE = "une phrase de passe assez longue";

  @LocalServerPort int port;
  @Autowired Comptes comptes;
  @Autowired MotsDePasse motsDePasse;
  @Autowired ConnexionProperties proprietesConnexion;
  @Autowired AnonymisationComptes anonymisation;
  @Autowired DSLContext dsl;

  @Test
  void anAccountCreatedByAnAdministratorIsActivatedFromTheEmailedLinkOnce() {
    TestHttp admin = new TestHttp(port).connecteEnDemo("admin");
    TestHttp.Answer cree =
        admin.post(
            "/admin/utilisateurs/nouveau",
            formulaire("nouvelle.pilote@example.fr", "pilote_region", "84", ""));
    assertThat(cree.status()).isEqualTo(302);
    assertThat(cree.location()).contains("/admin/utilisateurs/").endsWith("?cree");

    String message = TestMail.dernierMessage("nouvelle.pilote@example.fr");
    assertThat(message).contains("Un compte Orion a été créé pour vous");
    String lien = TestMail.lien(message);
    assertThat(lien).startsWith("/activation?jeton=");
    TestHttp visiteur = new TestHttp(port).nouvelleSession();
    assertThat(visiteur.get(lien, "text/html").body()).contains("nouvelle.pilote@example.fr");

    String jeton = lien.substring(lien.indexOf('=') + 1);
    TestHttp.Answer tropCourt =
        visiteur.post(
            "/activation", Map.of("jeton", jeton, "motDePasse", "court", "confirmation", "court"));
    assertThat(tropCourt.body()).contains("Le mot de passe doit compter au moins 12 caractères.");
    TestHttp.Answer active =
        visiteur.post(
            "/activation",
            Map.of("jeton", jeton, "motDePasse", MOT_DE_PASSE, "confirmation", MOT_DE_PASSE));
    assertThat(active.location()).endsWith("/connexion?motDePasseChoisi");

    assertThat(new TestHttp(port).connecte("nouvelle.pilote@example.fr", MOT_DE_PASSE)).isNotNull();
    // The link is spent.
    assertThat(visiteur.get(lien, "text/html").body()).contains("Ce lien n'est plus valable");
  }

  @Test
  void anAdminRegionCreatesOnlyTheRolesItManagesInItsRegion() {
    TestHttp adminRegion = new TestHttp(port).connecteEnDemo("admin_region");

    assertThat(
            adminRegion
                .post(
                    "/admin/utilisateurs/nouveau",
                    formulaire("ailleurs@example.fr", "expert_region", "76", ""))
                .status())
        .isEqualTo(403);
    assertThat(
            adminRegion
                .post(
                    "/admin/utilisateurs/nouveau", formulaire("super@example.fr", "admin", "", ""))
                .status())
        .isEqualTo(403);
    assertThat(comptes.parEmail("ailleurs@example.fr")).isEmpty();
    assertThat(comptes.parEmail("super@example.fr")).isEmpty();
    assertThat(
            adminRegion
                .post(
                    "/admin/utilisateurs/nouveau",
                    formulaire("expert.lyon@example.fr", "expert_region", "84", ""))
                .status())
        .isEqualTo(302);
  }

  @Test
  void aForgottenPasswordIsReplacedThroughASingleUseLink() {
    Utilisateur utilisateur = actif("oubli@example.fr", Role.EXPERT_REGION, "84");

    TestHttp visiteur = new TestHttp(port).nouvelleSession();
    TestHttp.Answer demande =
        visiteur.post("/mot-de-passe-oublie", Map.of("email", "OUBLI@example.fr"));
    assertThat(demande.body()).contains("Si un compte Orion actif existe à cette adresse");
    String lien = TestMail.lien(TestMail.dernierMessage(utilisateur.email()));
    assertThat(lien).startsWith("/reinitialisation?jeton=");
    String jeton = lien.substring(lien.indexOf('=') + 1);
    String nouveau = "un tout nouveau mot de passe";
    visiteur.post(
        "/reinitialisation",
        Map.of("jeton", jeton, "motDePasse", nouveau, "confirmation", nouveau));

    assertThat(new TestHttp(port).connecte(utilisateur.email(), nouveau)).isNotNull();
    assertThat(
            new TestHttp(port)
                .nouvelleSession()
                .seConnecter(utilisateur.email(), MOT_DE_PASSE)
                .location())
        .contains("/connexion?erreur");
    assertThat(
            visiteur
                .post(
                    "/reinitialisation",
                    Map.of(
                        "jeton", jeton, "motDePasse", nouveau + "!", "confirmation", nouveau + "!"))
                .body())
        .contains("Ce lien n'est plus valable");
    // An unknown address gets the same answer, and no e-mail.
    assertThat(visiteur.post("/mot-de-passe-oublie", Map.of("email", "inconnu@example.fr")).body())
        .contains("Si un compte Orion actif existe à cette adresse");
    assertThat(TestMail.nombreDeMessages("inconnu@example.fr")).isZero();
  }

  @Test
  void failedLoginsAreThrottledPerAccountWithAClearMessage() {
    Utilisateur utilisateur = actif("bloque@example.fr", Role.REGION, "84");
    TestHttp visiteur = new TestHttp(port).nouvelleSession();
    for (int i = 0; i < proprietesConnexion.echecsParCompte(); i++) {
      assertThat(visiteur.seConnecter(utilisateur.email(), "mauvais mot de passe").location())
          .contains("erreur");
    }

    TestHttp.Answer refus = visiteur.seConnecter(utilisateur.email(), MOT_DE_PASSE);
    assertThat(refus.location()).contains("/connexion?erreur");
    assertThat(visiteur.get("/connexion?erreur", "text/html").body())
        .contains("Trop de tentatives de connexion ont échoué");
    assertThat(
            dsl.fetchCount(
                JOURNAL_COMPTE,
                JOURNAL_COMPTE
                    .EMAIL
                    .eq(utilisateur.email())
                    .and(JOURNAL_COMPTE.EVENEMENT.eq("echec_connexion"))))
        .isEqualTo(proprietesConnexion.echecsParCompte());
  }

  @Test
  void disablingAnAccountEndsItsOpenSessionAtOnce() {
    Utilisateur utilisateur = actif("desactive@example.fr", Role.ADMIN_REGION, "84");
    TestHttp session = new TestHttp(port).connecte(utilisateur.email(), MOT_DE_PASSE);
    assertThat(session.get("/admin/utilisateurs", "text/html").status()).isEqualTo(200);

    Map<String, String> desactive = formulaire(utilisateur.email(), "admin_region", "84", "");
    desactive.remove("actif");
    TestHttp.Answer modification =
        new TestHttp(port)
            .connecteEnDemo("admin")
            .post("/admin/utilisateurs/" + utilisateur.id(), desactive);
    assertThat(modification.location())
        .as(modification.status() + " " + modification.body())
        .endsWith("?enregistre");

    TestHttp.Answer suivante = session.get("/admin/utilisateurs", "text/html");
    assertThat(suivante.status()).isEqualTo(302);
    assertThat(suivante.location()).contains("/connexion");
    assertThat(session.get("/api/utilisateurs").status()).isEqualTo(401);
    assertThat(
            dsl.fetchCount(
                SPRING_SESSION,
                SPRING_SESSION.PRINCIPAL_NAME.eq(CompteCourant.nomPrincipal(utilisateur.id()))))
        .isZero();
  }

  @Test
  void theExportsListTheAccountsWithinTheReadersScope() throws IOException {
    actif("export.lyon@example.fr", Role.GESTIONNAIRE_REGION, "84");
    actif("export.toulouse@example.fr", Role.GESTIONNAIRE_REGION, "76");

    String csv =
        new TestHttp(port)
            .connecteEnDemo("admin_region")
            .get("/admin/utilisateurs/export.csv", "text/csv")
            .body();
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo(
            "\uFEFFE-mail;Prénom;Nom;Rôle;Fonction;Région;UAI;Statut;Authentification;Ajouté le;Vu le");
    assertThat(csv)
        .contains("export.lyon@example.fr;Prénom;Nom;gestionnaire_region;;84;")
        .doesNotContain("export.toulouse@example.fr");

    List<String> emails = new java.util.ArrayList<>();
    try (ReadableWorkbook classeur =
        new ReadableWorkbook(new ByteArrayInputStream(xlsxDeLAdmin()))) {
      for (Row ligne : classeur.getFirstSheet().read()) {
        emails.add(ligne.getCellText(0));
      }
    }
    assertThat(emails.get(0)).isEqualTo("E-mail");
    assertThat(emails).contains("export.lyon@example.fr", "export.toulouse@example.fr");
  }

  @Test
  void accountsUnseenForTwoYearsAreAnonymised() {
    Utilisateur ancien = actif("ancien@example.fr", Role.INVITE, "84");
    Utilisateur recent = actif("recent@example.fr", Role.INVITE, "84");
    dsl.update(UTILISATEUR)
        .set(UTILISATEUR.VU_LE, OffsetDateTime.now().minusYears(2).minusDays(1))
        .where(UTILISATEUR.ID.eq(ancien.id()))
        .execute();
    dsl.update(UTILISATEUR)
        .set(UTILISATEUR.VU_LE, OffsetDateTime.now().minusYears(1))
        .where(UTILISATEUR.ID.eq(recent.id()))
        .execute();

    assertThat(anonymisation.anonymiser()).isPositive();

    Utilisateur anonymise = comptes.parId(ancien.id()).orElseThrow();
    assertThat(anonymise.email()).isEqualTo("anonyme-" + ancien.id() + "@orion.invalid");
    assertThat(anonymise.nomComplet()).isEqualTo("Anonyme Anonyme");
    assertThat(anonymise.actif()).isFalse();
    assertThat(anonymise.motDePasseDefini()).isFalse();
    assertThat(comptes.parId(recent.id()).orElseThrow().email()).isEqualTo("recent@example.fr");
    assertThat(dsl.fetchCount(JOURNAL_COMPTE, JOURNAL_COMPTE.EMAIL.eq("ancien@example.fr")))
        .isZero();
  }

  /** An active account with the password {@link #MOT_DE_PASSE}, as if activated. */
  private Utilisateur actif(String email, Role role, String codeRegion) {
    Utilisateur utilisateur = comptes.create(ComptesIT.fiche(email, role, codeRegion, List.of()));
    motsDePasse.definir(utilisateur, MOT_DE_PASSE);
    return utilisateur;
  }

  private byte[] xlsxDeLAdmin() {
    return new TestHttp(port).connecteEnDemo("admin").getBytes("/admin/utilisateurs/export.xlsx");
  }

  private static Map<String, String> formulaire(
      String email, String role, String codeRegion, String uais) {
    Map<String, String> champs = new HashMap<>();
    champs.put("email", email);
    champs.put("prenom", "Prénom");
    champs.put("nom", "Nom");
    champs.put("role", role);
    champs.put("codeRegion", codeRegion);
    champs.put("uais", uais);
    champs.put("fonction", "");
    champs.put("actif", "true");
    return champs;
  }
}
