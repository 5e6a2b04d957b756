package fr.education.orion.compte;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import fr.education.orion.compte.gestion.Matrice;
import fr.education.orion.compte.web.ConnexionController;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application, as Spring MVC maps them, against every role and the anonymous
 * visitor. Who may call each route is written out below ({@link #ACCES}), route by route, not taken
 * from the rules under test: a route missing from the table, or a wrong annotation, fails. Each
 * route is called over HTTP by each role (the demo accounts) and by an anonymous visitor, and must
 * be refused exactly when the table says so — 401 for the API or the login page for pages when
 * anonymous, 403 when signed in — and never refused otherwise. Path variables get sample values: an
 * allowed call may then answer 400 or 404, which shows the rule let it through. Then the scope,
 * against the data touched: an Admin RA reads and changes the accounts of its région only, and
 * nobody deletes another user's saved query.
 */
@OrionIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutesAccesIT {

  private static final Map<String, String> VARIABLES =
      Map.of(
          "codeRegion", "84",
          "codeAcademie", "10",
          "codeDepartement", "001",
          "uai", "0010001W",
          "id", "0");

  /** Who may call a route. */
  private enum Acces {
    /** Anyone, anonymous visitors included. */
    PUBLIC(EnumSet.allOf(Role.class), true),
    /** Every signed-in user, whatever the role. */
    CONNECTE(EnumSet.allOf(Role.class), false),
    /** Those who manage accounts: the national administrator and the Admin RA. */
    GESTION_COMPTES(EnumSet.of(Role.ADMIN, Role.ADMIN_REGION), false),
    /** Those who read campaigns: the national administrator and the Admin RA. */
    CAMPAGNES(EnumSet.of(Role.ADMIN, Role.ADMIN_REGION), false),
    /** The national administrator alone. */
    ADMINISTRATEUR(EnumSet.of(Role.ADMIN), false);

    private final Set<Role> roles;
    private final boolean anonyme;

    Acces(Set<Role> roles, boolean anonyme) {
      this.roles = roles;
      this.anonyme = anonyme;
    }

    boolean permet(@Nullable Role role) {
      return role == null ? anonyme : roles.contains(role);
    }
  }

  /**
   * Every route, as {@code METHOD pattern} ({@code *} for any method), and who may call it. A new
   * route must be added here, with the access its users expect.
   */
  private static final Map<String, Acces> ACCES =
      Map.ofEntries(
          // Pages of the data half: open to all, as public data.
          Map.entry("GET /", Acces.PUBLIC),
          Map.entry("GET /accessibilite", Acces.PUBLIC),
          Map.entry("GET /mentions-legales", Acces.PUBLIC),
          Map.entry("GET /donnees-personnelles", Acces.PUBLIC),
          Map.entry("GET /plan-du-site", Acces.PUBLIC),
          Map.entry("GET /panorama", Acces.PUBLIC),
          Map.entry("GET /console", Acces.PUBLIC),
          Map.entry("GET /glossaire", Acces.PUBLIC),
          Map.entry("GET /formations", Acces.PUBLIC),
          Map.entry("GET /formations/{cfd}", Acces.PUBLIC),
          Map.entry("GET /etablissements", Acces.PUBLIC),
          Map.entry("GET /etablissements/{uai}", Acces.PUBLIC),
          Map.entry("GET /domaine-de-formation", Acces.PUBLIC),
          Map.entry("GET /panorama/region", Acces.PUBLIC),
          Map.entry("GET /panorama/region/{codeRegion}", Acces.PUBLIC),
          Map.entry("GET /panorama/departement", Acces.PUBLIC),
          Map.entry("GET /panorama/departement/{codeDepartement}", Acces.PUBLIC),
          Map.entry("GET /panorama/etablissement", Acces.PUBLIC),
          Map.entry("GET /panorama/etablissement/{uai}", Acces.PUBLIC),
          Map.entry("GET /panorama/domaine-de-formation", Acces.PUBLIC),
          Map.entry("GET /panorama/domaine-de-formation/{codeNsf}", Acces.PUBLIC),
          Map.entry("GET /console/formations", Acces.PUBLIC),
          Map.entry("GET /console/etablissements", Acces.PUBLIC),
          // Signing in, activation, forgotten password, single sign-on, errors.
          Map.entry("GET /connexion", Acces.PUBLIC),
          Map.entry("GET /connexion/sso/refus", Acces.PUBLIC),
          Map.entry("GET /oauth2/authorization/{fournisseur}", Acces.PUBLIC),
          Map.entry("GET /login/oauth2/code/{fournisseur}", Acces.PUBLIC),
          Map.entry("GET /activation", Acces.PUBLIC),
          Map.entry("POST /activation", Acces.PUBLIC),
          Map.entry("GET /mot-de-passe-oublie", Acces.PUBLIC),
          Map.entry("POST /mot-de-passe-oublie", Acces.PUBLIC),
          Map.entry("GET /reinitialisation", Acces.PUBLIC),
          Map.entry("POST /reinitialisation", Acces.PUBLIC),
          Map.entry("* /error", Acces.PUBLIC),
          // The public JSON API and its description.
          Map.entry("GET /api/docs", Acces.PUBLIC),
          Map.entry("GET /api/openapi", Acces.PUBLIC),
          Map.entry("GET /api/openapi.yaml", Acces.PUBLIC),
          Map.entry("GET /api/openapi/swagger-config", Acces.PUBLIC),
          Map.entry("* /api/**", Acces.PUBLIC),
          Map.entry("GET /api/regions", Acces.PUBLIC),
          Map.entry("GET /api/regions/{codeRegion}/indicateurs", Acces.PUBLIC),
          Map.entry("GET /api/regions/{codeRegion}/quadrant", Acces.PUBLIC),
          Map.entry("GET /api/academies", Acces.PUBLIC),
          Map.entry("GET /api/disciplines", Acces.PUBLIC),
          Map.entry("GET /api/academies/{codeAcademie}/indicateurs", Acces.PUBLIC),
          Map.entry("GET /api/departements", Acces.PUBLIC),
          Map.entry("GET /api/departements/{codeDepartement}/indicateurs", Acces.PUBLIC),
          Map.entry("GET /api/departements/{codeDepartement}/quadrant", Acces.PUBLIC),
          Map.entry("GET /api/indicateurs", Acces.PUBLIC),
          Map.entry("GET /api/formations", Acces.PUBLIC),
          Map.entry("GET /api/formations/{cfd}", Acces.PUBLIC),
          Map.entry("GET /api/formations/recherche", Acces.PUBLIC),
          Map.entry("GET /api/formations/{cfd}/etablissements", Acces.PUBLIC),
          Map.entry("GET /api/formations/{cfd}/indicateurs", Acces.PUBLIC),
          Map.entry("GET /api/formations/{cfd}/indicateurs/regions", Acces.PUBLIC),
          Map.entry("GET /api/formations/{cfd}/inserjeunes", Acces.PUBLIC),
          Map.entry("GET /api/etablissements", Acces.PUBLIC),
          Map.entry("GET /api/etablissements/{uai}", Acces.PUBLIC),
          Map.entry("GET /api/etablissements/{uai}/offres", Acces.PUBLIC),
          Map.entry("GET /api/etablissements/{uai}/capacite-precedente", Acces.PUBLIC),
          Map.entry("GET /api/etablissements/{uai}/inserjeunes", Acces.PUBLIC),
          Map.entry("GET /api/etablissements/{uai}/formations/inserjeunes", Acces.PUBLIC),
          Map.entry("GET /api/panorama/etablissements/{uai}", Acces.PUBLIC),
          Map.entry("GET /api/domaines-de-formation", Acces.PUBLIC),
          Map.entry("GET /api/domaines-de-formation/{codeNsf}", Acces.PUBLIC),
          Map.entry("GET /api/console/formations", Acces.PUBLIC),
          Map.entry("GET /api/console/formations.csv", Acces.PUBLIC),
          Map.entry("GET /api/console/formations.xlsx", Acces.PUBLIC),
          Map.entry("GET /api/console/etablissements", Acces.PUBLIC),
          Map.entry("GET /api/console/etablissements.csv", Acces.PUBLIC),
          Map.entry("GET /api/console/etablissements.xlsx", Acces.PUBLIC),
          // Saved queries: each signed-in user's own.
          Map.entry("GET /api/console/requetes", Acces.CONNECTE),
          Map.entry("POST /console/{console}/requetes", Acces.CONNECTE),
          Map.entry("POST /console/{console}/requetes/{id}/suppression", Acces.CONNECTE),
          // One's own account: every signed-in user, whatever the role.
          Map.entry("GET /mon-compte", Acces.CONNECTE),
          Map.entry("POST /mon-compte/mot-de-passe", Acces.CONNECTE),
          Map.entry("POST /mon-compte/sessions/fermeture", Acces.CONNECTE),
          // The administration's index lists the pages each user may reach.
          Map.entry("GET /admin", Acces.GESTION_COMPTES),
          // Accounts: the national administrator and the Admin RA (its région's, see below).
          Map.entry("GET /admin/roles", Acces.GESTION_COMPTES),
          Map.entry("GET /admin/utilisateurs", Acces.GESTION_COMPTES),
          Map.entry("GET /admin/utilisateurs/export.csv", Acces.GESTION_COMPTES),
          Map.entry("GET /admin/utilisateurs/export.xlsx", Acces.GESTION_COMPTES),
          Map.entry("GET /admin/utilisateurs/nouveau", Acces.GESTION_COMPTES),
          Map.entry("POST /admin/utilisateurs/nouveau", Acces.GESTION_COMPTES),
          Map.entry("GET /admin/utilisateurs/{id}", Acces.GESTION_COMPTES),
          Map.entry("POST /admin/utilisateurs/{id}", Acces.GESTION_COMPTES),
          Map.entry("POST /admin/utilisateurs/{id}/deblocage", Acces.GESTION_COMPTES),
          Map.entry("GET /api/utilisateurs", Acces.GESTION_COMPTES),
          Map.entry("GET /api/utilisateurs/{id}", Acces.GESTION_COMPTES),
          // Imports: the national administrator alone.
          Map.entry("GET /admin/imports", Acces.ADMINISTRATEUR),
          Map.entry("POST /admin/imports", Acces.ADMINISTRATEUR),
          Map.entry("GET /admin/imports/{id}", Acces.ADMINISTRATEUR),
          Map.entry("GET /admin/imports/{id}/rejets.csv", Acces.ADMINISTRATEUR),
          Map.entry("POST /admin/imports/{id}/confirmation", Acces.ADMINISTRATEUR),
          Map.entry("POST /admin/imports/{id}/annulation", Acces.ADMINISTRATEUR),
          Map.entry("GET /api/imports", Acces.ADMINISTRATEUR),
          // Campaigns: the administrator manages them, the Admin RA its région's regional one
          // (VARIABLES' région is the demo Admin RA's); every signed-in user reads its own.
          Map.entry("GET /admin/campagnes", Acces.CAMPAGNES),
          Map.entry("GET /api/campagnes", Acces.CAMPAGNES),
          Map.entry("POST /api/campagnes", Acces.ADMINISTRATEUR),
          Map.entry("GET /api/campagnes/courante", Acces.CONNECTE),
          Map.entry("GET /api/campagnes/{annee}", Acces.CAMPAGNES),
          Map.entry("PUT /api/campagnes/{annee}", Acces.ADMINISTRATEUR),
          Map.entry("GET /api/campagnes/{annee}/offre", Acces.CONNECTE),
          Map.entry("GET /api/campagnes/{annee}/regions", Acces.CAMPAGNES),
          Map.entry("PUT /api/campagnes/{annee}/regions/{codeRegion}", Acces.CAMPAGNES));

  @LocalServerPort int port;
  @Autowired Matrice matrice;
  @Autowired Comptes comptes;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlers;

  private TestHttp anonyme;
  private final Map<Role, TestHttp> sessions = new EnumMap<>(Role.class);

  @BeforeAll
  void seConnecter() {
    anonyme = new TestHttp(port).nouvelleSession();
    for (Role role : Role.values()) {
      sessions.put(role, new TestHttp(port).connecteEnDemo(role.code()));
    }
  }

  @Test
  void everyRouteDeclaresItsRule() {
    List<String> sansRegle =
        handlers.getHandlerMethods().entrySet().stream()
            .filter(route -> RegleAcces.de(route.getValue()).isEmpty())
            .map(route -> route.getKey() + " → " + route.getValue())
            .toList();

    assertThat(sansRegle).as("routes sans règle d'accès déclarée").isEmpty();
  }

  @Test
  void everyRouteIsInTheTableAndTheTableHoldsNoOtherRoute() {
    Set<String> routes = new TreeSet<>();
    handlers
        .getHandlerMethods()
        .keySet()
        .forEach(
            route -> route.getPatternValues().forEach(motif -> routes.addAll(cles(route, motif))));

    assertThat(routes).as("routes absentes du tableau ACCES").isSubsetOf(ACCES.keySet());
    assertThat(ACCES.keySet()).as("lignes du tableau sans route").isSubsetOf(routes);
  }

  @Test
  void everyRouteAnswersEveryRoleAsTheTableSays() {
    List<String> ecarts = new ArrayList<>();
    int appels = 0;
    for (Map.Entry<RequestMappingInfo, HandlerMethod> route :
        handlers.getHandlerMethods().entrySet()) {
      RegleAcces regle = RegleAcces.de(route.getValue()).orElseThrow();
      for (String motif : route.getKey().getPatternValues()) {
        for (String cle : cles(route.getKey(), motif)) {
          Acces acces = ACCES.get(cle);
          if (acces == null) {
            ecarts.add(cle + " : absente du tableau");
            continue;
          }
          String chemin = exemple(motif);
          String methode = cle.substring(0, cle.indexOf(' '));
          ecarts.addAll(verifier(chemin, methode, acces, regle, null, anonyme));
          for (Role role : Role.values()) {
            Utilisateur demo = comptes.parEmail(TestHttp.demo(role.code())).orElseThrow();
            ecarts.addAll(
                verifier(chemin, methode, acces, regle, matrice.droits(demo), sessions.get(role)));
          }
          appels += Role.values().length + 1;
        }
      }
    }

    assertThat(ecarts).as("écarts au tableau sur %d appels", appels).isEmpty();
    assertThat(appels).isGreaterThan(700);
  }

  @Test
  void anAdminRegionReadsTheAccountsOfItsRegionOnly() {
    Utilisateur dansSaRegion =
        comptes.create(ComptesIT.fiche("lyon@example.fr", Role.EXPERT_REGION, "84", List.of()));
    Utilisateur ailleurs =
        comptes.create(ComptesIT.fiche("toulouse@example.fr", Role.EXPERT_REGION, "76", List.of()));
    TestHttp adminRegion = sessions.get(Role.ADMIN_REGION);

    assertThat(adminRegion.get("/api/utilisateurs/" + dansSaRegion.id()).status()).isEqualTo(200);
    TestHttp.Answer refus = adminRegion.get("/api/utilisateurs/" + ailleurs.id());
    assertThat(refus.status()).isEqualTo(403);
    assertThat(refus.contentType()).startsWith("application/problem+json");
    assertThat(refus.json().get("detail").asString())
        .isEqualTo("Vous n'avez pas accès aux données de la région 76.");
    assertThat(refus.body()).doesNotContain("toulouse@example.fr");
    // Its list holds its région's accounts and no other.
    assertThat(adminRegion.get("/api/utilisateurs").body())
        .contains("lyon@example.fr")
        .doesNotContain("toulouse@example.fr");
    // A national administrator reads both.
    assertThat(sessions.get(Role.ADMIN).get("/api/utilisateurs/" + ailleurs.id()).status())
        .isEqualTo(200);
  }

  @Test
  void anAdminRegionChangesNoAccountOfAnotherRegion() {
    Utilisateur ailleurs =
        comptes.create(
            ComptesIT.fiche("marseille@example.fr", Role.EXPERT_REGION, "93", List.of()));
    TestHttp adminRegion = sessions.get(Role.ADMIN_REGION);

    assertThat(adminRegion.get("/admin/utilisateurs/" + ailleurs.id(), "text/html").status())
        .isEqualTo(403);
    TestHttp.Answer modification =
        adminRegion.post(
            "/admin/utilisateurs/" + ailleurs.id(),
            Map.of(
                "email", "marseille@example.fr",
                "prenom", "Pris",
                "nom", "Ailleurs",
                "role", "expert_region",
                "codeRegion", "84",
                "actif", "true"));
    assertThat(modification.status()).isEqualTo(403);
    assertThat(comptes.parId(ailleurs.id()).orElseThrow()).isEqualTo(ailleurs);
    assertThat(adminRegion.get("/admin/utilisateurs/export.csv", "text/csv").body())
        .doesNotContain("marseille@example.fr");
  }

  @Test
  void nobodyDeletesAnotherUsersSavedQuery() {
    TestHttp perdir = sessions.get(Role.PERDIR);
    perdir.post(
        "/console/formations/requetes",
        Map.of("nom", "Portée", "couleur", "green-menthe", "parametres", "codeRegion=84"));
    long id = perdir.get("/api/console/requetes").json().get(0).get("id").asLong();

    TestHttp.Answer tentative =
        sessions
            .get(Role.ADMIN)
            .post("/console/formations/requetes/" + id + "/suppression", Map.of());

    assertThat(tentative.status()).isEqualTo(404);
    assertThat(perdir.get("/api/console/requetes").body()).contains("\"id\":" + id);
    // The owner deletes it, leaving the shared database as the other tests expect it.
    assertThat(
            perdir.post("/console/formations/requetes/" + id + "/suppression", Map.of()).status())
        .isEqualTo(302);
  }

  @Test
  void aFormSentWithoutCsrfTokenIsRefused() {
    TestHttp.Answer reponse =
        sessions.get(Role.ADMIN).postSansJeton("/admin/imports", Map.of("type", "x"));

    assertThat(reponse.status()).isEqualTo(403);
  }

  /**
   * The routes of a mapping as the table names them: one per method, {@code *} for a mapping of
   * every method.
   */
  private static List<String> cles(RequestMappingInfo route, String motif) {
    Set<RequestMethod> methodes = route.getMethodsCondition().getMethods();
    return methodes.isEmpty()
        ? List.of("* " + motif)
        : methodes.stream().map(methode -> methode.name() + " " + motif).toList();
  }

  /**
   * The call of a route by one user, against the table; the rule the code declares must say the
   * same, so that a disagreement names the annotation to fix.
   */
  private static List<String> verifier(
      String chemin,
      String methode,
      Acces acces,
      RegleAcces regle,
      @Nullable Droits droits,
      TestHttp session) {
    TestHttp.Answer reponse =
        switch (methode) {
          case "POST" ->
              chemin.startsWith("/api/")
                  ? session.sendJson("POST", chemin, "{}")
                  : session.post(chemin, Map.of());
          case "PUT" -> session.sendJson("PUT", chemin, "{}");
          default -> session.get(chemin, accept(chemin));
        };
    boolean versConnexion = reponse.status() == 302 && versLaPageDeConnexion(reponse.location());
    boolean refuse = reponse.status() == 401 || reponse.status() == 403 || versConnexion;
    String qui = droits == null ? "anonyme" : droits.role().code();
    String appel =
        ("*".equals(methode) ? "GET" : methode)
            + " "
            + chemin
            + " par "
            + qui
            + " : "
            + reponse.status();
    boolean permis = acces.permet(droits == null ? null : droits.role());
    if (regle.autorise(droits) != permis) {
      return List.of(
          appel + " : la règle déclarée (" + regle + ") contredit le tableau (" + acces + ")");
    }
    if (permis) {
      return refuse ? List.of(appel + " refusé à tort") : List.of();
    }
    boolean attendu =
        droits != null
            ? reponse.status() == 403
            : chemin.startsWith("/api/") ? reponse.status() == 401 : versConnexion;
    return attendu ? List.of() : List.of(appel + " aurait dû être refusé");
  }

  /**
   * Whether a redirect leads to the login page itself: other pages under {@code /connexion}, such
   * as the refusal page of a single sign-on, are not a demand to sign in.
   */
  private static boolean versLaPageDeConnexion(String location) {
    return URI.create(location).getPath().equals(ConnexionController.CHEMIN);
  }

  private static String accept(String chemin) {
    return chemin.startsWith("/api/") ? "application/json" : "text/html";
  }

  /** The pattern with a sample value for each path variable, and a made-up tail for {@code **}. */
  private static String exemple(String motif) {
    String chemin = motif.replace("/**", "/inexistant");
    java.util.regex.Matcher variable =
        java.util.regex.Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(chemin);
    StringBuilder resultat = new StringBuilder();
    while (variable.find()) {
      variable.appendReplacement(resultat, VARIABLES.getOrDefault(variable.group(1), "0"));
    }
    variable.appendTail(resultat);
    return resultat.toString();
  }
}
