package fr.education.orion.compte.connexion;

import static fr.education.orion.schema.Tables.DROITS_SSO;
import static fr.education.orion.schema.Tables.JOURNAL_COMPTE;
import static fr.education.orion.schema.Tables.UTILISATEUR;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.LocalOidc;
import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import fr.education.orion.compte.Comptes;
import fr.education.orion.compte.FicheUtilisateur;
import fr.education.orion.compte.Role;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.compte.gestion.MotsDePasse;
import fr.education.orion.compte.web.ConnexionController;
import fr.education.orion.compte.web.RefusSsoController;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.Uai;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * SSO logins against a real OpenID Connect provider ({@link LocalOidc}): the default mapping rule
 * by rule, the creation of an account then its updates, and each refusal with its page.
 *
 * <p>Régions expected, read by hand in the bundled {@code geo/departements_academies_regions.csv}:
 * académie 10 (Lyon) is in région 84, académie 25 (Versailles) in région 11. The établissements
 * 0351962T (Lycée professionnel Abbé Pierre) and 0350031U (Lycée professionnel Jean Jaurès) are
 * lines of the bundled annuaire extract, région 53 in its {@code Code_region} column.
 */
@OrionIT
class ConnexionSsoIT {

  private static final String ABBE_PIERRE = "0351962T";
  private static final String JEAN_JAURES = "0350031U";
  private static final String UAI_INCONNU = "9999999Z";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final AtomicInteger NUMERO = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired DSLContext dsl;
  @Autowired Comptes comptes;
  @Autowired MotsDePasse motsDePasse;

  /** A person unknown to Orion so far, with her e-mail as the hub would send it. */
  private static Map<String, Object> personne(String prefixe) {
    int numero = NUMERO.incrementAndGet();
    Map<String, Object> claims = new HashMap<>();
    claims.put("email", prefixe + numero + "@AC-TEST.fr");
    claims.put("given_name", "Camille");
    claims.put("family_name", "Martin " + numero);
    return claims;
  }

  private static String sub(Map<String, Object> claims) {
    return "sub-" + claims.get("email");
  }

  private HttpResponse<String> connecter(Map<String, Object> claims) {
    LocalOidc.prochaineConnexion(sub(claims), claims);
    return new ConnexionSsoNavigateur(port).seConnecter();
  }

  private Utilisateur compte(Map<String, Object> claims) {
    return comptes.parEmail((String) claims.get("email")).orElseThrow();
  }

  /** The path and query of the page a response ends on. */
  private static String chemin(HttpResponse<String> reponse) {
    String query = reponse.uri().getRawQuery();
    return reponse.uri().getRawPath() + (query == null ? "" : "?" + query);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ctgrps=GRP_ORIONIJ_DRAFPIC       | pilote_region       | DRAFPIC                                      | 84",
        "ctgrps=GRP_ORIONIJ_DRAFPIC_ETUDE | gestionnaire_region | Chargé(e) d'étude DRAFPIC                    | 84",
        "ctgrps=GRP_ORIONIJ_DRAIO         | expert_region       | DRAIO                                        | 84",
        "ctgrps=GRP_ORIONIJ_SGASGRA       | pilote_region       | SGRASGA                                      | 84",
        "ctgrps=GRP_ORIONIJ_DOS           | invite              | Services DOS                                 | 84",
        "ctgrps=GRP_ORIONIJ_SSA           | invite              | SSA                                          | 84",
        "ctgrps=GRP_ORIONIJ_RDSI          | invite              | Référent(e) DSI                              | 84",
        "ctgrps=GRP_ORIONIJ_CFP           | invite              | Conseiller(ère) en formation professionnelle | 84",
        "ctgrps=GRP_ORIONIJ_CMQ           | invite              | Directeur(ice) de CMQ                        | 84",
        "ctgrps=GRP_ORIONIJ_RECTEUR       | invite              | Recteur(ice)                                 | 84",
        "ctgrps=GRP_ORIONIJ_DGESCO        | admin               | DGESCO                                       |",
        "ctgrps=GRP_ORIONIJ_IGESR         | pilote              | Inspecteur(ice) général(e)                   |",
        "FrEduGestResp=0690000X$805$ORIONINSERJEUNES | invite | DASEN                                        | 84",
        "title=INS                        | expert_region       | Inspecteur(ice)                              | 84",
      })
  void createsTheAccountEachRuleDescribes(
      String attribut, String role, String fonction, String codeRegion) {
    String[] nomValeur = attribut.split("=", 2);
    Map<String, Object> claims = personne("regle");
    claims.put(nomValeur[0], nomValeur[0].equals("title") ? nomValeur[1] : List.of(nomValeur[1]));
    claims.put("codaca", "010");

    HttpResponse<String> reponse = connecter(claims);

    assertThat(reponse.statusCode()).isEqualTo(200);
    assertThat(chemin(reponse))
        .as("a regional user lands on the région's panorama, a national one on the home page")
        .isEqualTo(codeRegion == null ? "/" : "/panorama/region/" + codeRegion);
    Utilisateur compte = compte(claims);
    assertThat(compte.email()).isEqualTo(((String) claims.get("email")).toLowerCase());
    assertThat(compte.role().code()).isEqualTo(role);
    assertThat(compte.fonction()).isEqualTo(fonction);
    assertThat(CodeRegion.CONVERTER.to(compte.codeRegion())).isEqualTo(codeRegion);
    assertThat(compte.uais()).isEmpty();
    assertThat(compte.sub()).isEqualTo(sub(claims));
    assertThat(compte.motDePasseDefini()).isFalse();
  }

  @Test
  void aHeadOfEtablissementGetsHisKnownEtablissementsAndLandsOnTheFirstOnesPanorama() {
    Map<String, Object> claims = personne("perdir");
    claims.put("FrEduFonctAdm", "DIR");
    claims.put("FrEduRne", List.of(UAI_INCONNU + "$UAJ$PU$N$T3$LP$320", ABBE_PIERRE + "$UAJ$PU"));
    claims.put("FrEduRneResp", List.of(JEAN_JAURES + "$UAJ$PU"));

    HttpResponse<String> reponse = connecter(claims);

    assertThat(chemin(reponse)).isEqualTo("/panorama/etablissement/" + JEAN_JAURES);
    assertThat(reponse.statusCode()).isEqualTo(200);
    Utilisateur compte = compte(claims);
    assertThat(compte.role()).isEqualTo(Role.PERDIR);
    assertThat(compte.fonction()).isEqualTo("Chef(fe) d'établissement");
    assertThat(compte.uais())
        .extracting(Uai::code)
        .containsExactlyInAnyOrder(ABBE_PIERRE, JEAN_JAURES);
    assertThat(compte.codeRegion()).isEqualTo(new CodeRegion("53"));
  }

  @Test
  void aDelegateGetsTheEtablissementsOfHisDelegationInForce() {
    LocalDate aujourdhui = LocalDate.now();
    Map<String, Object> claims = personne("delegue");
    claims.put(
        "FrEduResDel",
        List.of(
            delegation(aujourdhui.minusMonths(1), aujourdhui.plusMonths(1), ABBE_PIERRE),
            delegation(aujourdhui.minusYears(2), aujourdhui.minusYears(1), JEAN_JAURES)));

    connecter(claims);

    Utilisateur compte = compte(claims);
    assertThat(compte.role()).isEqualTo(Role.PERDIR);
    assertThat(compte.uais()).extracting(Uai::code).containsExactly(ABBE_PIERRE);
  }

  private static String delegation(LocalDate debut, LocalDate fin, String uai) {
    return "orion|ressource|%s|%s|chef|FrEduRneResp=%s$UAJ$PU|srv|DIR"
        .formatted(DATE.format(debut), DATE.format(fin), uai);
  }

  @Test
  void aLaterLoginUpdatesIdentityAndRightsThatStillFollowTheProvider() {
    Map<String, Object> claims = personne("suivi");
    claims.put("ctgrps", List.of("GRP_ORIONIJ_DRAFPIC"));
    claims.put("codaca", "010");
    String premiere = connecter(claims).body();
    assertThat(premiere).contains("votre compte a été créé");
    assertThat(compte(claims).codeRegion()).isEqualTo(new CodeRegion("84"));

    claims.put("family_name", "Martin-Durand");
    claims.put("ctgrps", List.of("GRP_ORIONIJ_DRAIO"));
    claims.put("codaca", "025");
    String seconde = connecter(claims).body();

    Utilisateur compte = compte(claims);
    assertThat(seconde).contains("Vous êtes connecté par le portail");
    assertThat(compte.nom()).isEqualTo("Martin-Durand");
    assertThat(compte.role()).isEqualTo(Role.EXPERT_REGION);
    assertThat(compte.fonction()).isEqualTo("DRAIO");
    assertThat(compte.codeRegion()).isEqualTo(new CodeRegion("11"));
    assertThat(
            dsl.fetchCount(
                JOURNAL_COMPTE,
                JOURNAL_COMPTE
                    .UTILISATEUR_ID
                    .eq(compte.id())
                    .and(JOURNAL_COMPTE.EVENEMENT.eq("connexion"))))
        .isEqualTo(2);
  }

  @Test
  void aLaterLoginKeepsRightsAnAdministratorChanged() {
    Map<String, Object> claims = personne("ajuste");
    claims.put("ctgrps", List.of("GRP_ORIONIJ_DRAFPIC"));
    claims.put("codaca", "010");
    connecter(claims);
    Utilisateur cree = compte(claims);
    comptes.update(
        cree.id(),
        new FicheUtilisateur(
            cree.email(),
            cree.prenom(),
            cree.nom(),
            Role.ADMIN_REGION,
            "DRAFPIC",
            new CodeRegion("84"),
            List.of(),
            true));

    claims.put("given_name", "Dominique");
    claims.put("codaca", "025");
    connecter(claims);

    Utilisateur compte = compte(claims);
    assertThat(compte.prenom()).isEqualTo("Dominique");
    assertThat(compte.role()).isEqualTo(Role.ADMIN_REGION);
    assertThat(compte.codeRegion()).isEqualTo(new CodeRegion("84"));
  }

  @Test
  void aLocalAccountIsLinkedKeepsItsRightsAndLosesItsPassword() {
    Map<String, Object> claims = personne("local");
    Utilisateur local =
        comptes.create(
            new FicheUtilisateur(
                (String) claims.get("email"),
                "Camille",
                "Martin",
                Role.REGION,
                "Région",
                new CodeRegion("84"),
                List.of(),
                true));
    claims.put("ctgrps", List.of("GRP_ORIONIJ_DRAFPIC"));
    claims.put("codaca", "025");

    String page = connecter(claims).body();

    Utilisateur compte = compte(claims);
    assertThat(compte.id()).isEqualTo(local.id());
    assertThat(page).contains("votre ancien mot de passe Orion ne sert plus");
    assertThat(compte.sub()).isEqualTo(sub(claims));
    assertThat(compte.motDePasseDefini()).isFalse();
    assertThat(compte.role()).isEqualTo(Role.REGION);
    assertThat(compte.codeRegion()).isEqualTo(new CodeRegion("84"));
  }

  @Test
  void theLoginPageOffersTheSso() {
    String page = new TestHttp(port).get(ConnexionController.CHEMIN, "text/html").body();

    assertThat(HtmlUtils.htmlUnescape(page))
        .contains(
            "href=\"/oauth2/authorization/education\">Se connecter avec le compte de l'Éducation"
                + " nationale</a>");
  }

  @Test
  void anAccountLinkedToTheSsoCannotSignInWithItsFormerPassword() {
    Map<String, Object> claims = personne("ancienmdp");
    Utilisateur local =
        comptes.create(
            new FicheUtilisateur(
                (String) claims.get("email"),
                "Camille",
                "Martin",
                Role.REGION,
                "Région",
                new CodeRegion("84"),
                List.of(),
                true));
    String motDePasse = "une phrase de passe assez longue";
    motsDePasse.definir(local, motDePasse);
    TestHttp session = new TestHttp(port).nouvelleSession();
    assertThat(session.seConnecter(local.email(), motDePasse).location()).doesNotContain("erreur");
    claims.put("ctgrps", List.of("GRP_ORIONIJ_IGESR"));
    connecter(claims);

    TestHttp autreSession = new TestHttp(port).nouvelleSession();
    TestHttp.Answer refus = autreSession.seConnecter(local.email(), motDePasse);

    assertThat(refus.status()).isEqualTo(302);
    assertThat(refus.location()).endsWith(ConnexionController.CHEMIN + "?erreur");
    assertThat(
            HtmlUtils.htmlUnescape(
                autreSession.get(ConnexionController.CHEMIN + "?erreur", "text/html").body()))
        .contains(ConnexionLocale.REFUS);
  }

  @Test
  void refusesALoginWithoutEmail() {
    Map<String, Object> claims = personne("sansmail");
    claims.remove("email");
    claims.put("ctgrps", List.of("GRP_ORIONIJ_DGESCO"));
    LocalOidc.prochaineConnexion("sub-sans-email", claims);

    HttpResponse<String> reponse = new ConnexionSsoNavigateur(port).seConnecter();

    assertRefus(reponse, "email-absent", 403, "Adresse électronique manquante");
    assertThat(dsl.fetchExists(UTILISATEUR, UTILISATEUR.SUB.eq("sub-sans-email"))).isFalse();
  }

  @Test
  void refusesADisabledAccount() {
    Map<String, Object> claims = personne("desactive");
    claims.put("ctgrps", List.of("GRP_ORIONIJ_DGESCO"));
    connecter(claims);
    Utilisateur compte = compte(claims);
    comptes.update(
        compte.id(),
        new FicheUtilisateur(
            compte.email(),
            compte.prenom(),
            compte.nom(),
            compte.role(),
            compte.fonction(),
            null,
            List.of(),
            false));

    assertRefus(connecter(claims), "compte-desactive", 403, "Compte désactivé");
    assertThat(compte(claims).actif()).isFalse();
  }

  @Test
  void refusesAUserNoRuleConcerns() {
    Map<String, Object> claims = personne("sansdroit");
    claims.put("ctgrps", List.of("GRP_AUTRE_APPLI"));
    claims.put("title", "ENS");

    assertRefus(connecter(claims), "aucun-droit", 403, "Aucun droit d'accès à Orion");
    assertThat(comptes.parEmail((String) claims.get("email"))).isEmpty();
  }

  @Test
  void refusesAHeadOfEtablissementOrionDoesNotKnow() {
    Map<String, Object> claims = personne("perdirinconnu");
    claims.put("FrEduFonctAdm", "DIR");
    claims.put("FrEduRne", List.of(UAI_INCONNU + "$UAJ$PU"));

    assertRefus(connecter(claims), "etablissement-inconnu", 403, "Établissement inconnu d'Orion");
    assertThat(comptes.parEmail((String) claims.get("email"))).isEmpty();
  }

  /** 000 is the hub's "no académie"; the bundled file has no académie 26. */
  @ParameterizedTest(name = "codaca {0}")
  @CsvSource({"000", "026"})
  void refusesARegionalRoleWithoutAKnownAcademie(String codaca) {
    Map<String, Object> claims = personne("sansacademie");
    claims.put("ctgrps", List.of("GRP_ORIONIJ_DRAFPIC"));
    claims.put("codaca", codaca);

    assertRefus(connecter(claims), "academie-inconnue", 403, "Académie non reconnue");
    assertThat(comptes.parEmail((String) claims.get("email"))).isEmpty();
  }

  @Test
  void refusesAnExpiredIdToken() {
    Map<String, Object> claims = personne("expire");
    claims.put("ctgrps", List.of("GRP_ORIONIJ_DGESCO"));
    LocalOidc.prochaineConnexionExpiree(sub(claims), claims);

    HttpResponse<String> reponse = new ConnexionSsoNavigateur(port).seConnecter();

    assertRefus(reponse, "jeton-invalide", 502, "Identité non vérifiée");
    assertThat(comptes.parEmail((String) claims.get("email"))).isEmpty();
  }

  @Test
  void refusesACallbackThisBrowserDidNotStart() {
    HttpResponse<String> reponse =
        new ConnexionSsoNavigateur(port).get("/login/oauth2/code/education?code=abc&state=xyz");

    assertRefus(reponse, "connexion-interrompue", 400, "Connexion interrompue");
  }

  @Test
  void refusesALoginTheUserCancelledAtTheProvider() {
    ConnexionSsoNavigateur navigateur = new ConnexionSsoNavigateur(port);
    String autorisation = navigateur.adresseDuFournisseur();
    String state = autorisation.replaceAll(".*[?&]state=([^&]+).*", "$1");

    HttpResponse<String> reponse =
        navigateur.get("/login/oauth2/code/education?error=access_denied&state=" + state);

    assertRefus(reponse, "connexion-interrompue", 400, "Connexion interrompue");
  }

  @Test
  void asksForTheAuthorizationCodeWithPkceAndTheConfiguredScopes() {
    String autorisation = new ConnexionSsoNavigateur(port).adresseDuFournisseur();

    assertThat(autorisation).startsWith(LocalOidc.issuer() + "/authorize?");
    assertThat(autorisation)
        .contains("response_type=code")
        .contains("client_id=" + LocalOidc.CLIENT_ID)
        .contains("code_challenge_method=S256")
        .contains("code_challenge=")
        .contains("scope=")
        .contains("hub.scope.orionij");
  }

  @Test
  void remembersTheRightsTheLastLoginGave() {
    Map<String, Object> claims = personne("memoire");
    claims.put("ctgrps", List.of("GRP_ORIONIJ_IGESR"));
    connecter(claims);

    assertThat(
            dsl.select(DROITS_SSO.ROLE, DROITS_SSO.FONCTION)
                .from(DROITS_SSO)
                .where(DROITS_SSO.UTILISATEUR_ID.eq(compte(claims).id()))
                .fetchOne()
                .into(String[].class))
        .containsExactly("pilote", "Inspecteur(ice) général(e)");
  }

  private static void assertRefus(
      HttpResponse<String> reponse, String motif, int statut, String titre) {
    assertThat(chemin(reponse)).isEqualTo(RefusSsoController.CHEMIN + "?motif=" + motif);
    assertThat(reponse.statusCode()).isEqualTo(statut);
    assertThat(reponse.body()).contains("<h1>" + titre + "</h1>");
  }
}
