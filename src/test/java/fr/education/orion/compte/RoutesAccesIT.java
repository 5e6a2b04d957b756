package fr.education.orion.compte;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * visitor: a route without a declared rule fails; each route is called over HTTP by each of them
 * (the demo accounts, one per role) and must be refused exactly when the matrix says so — 401 for
 * the API or the login page for pages when anonymous, 403 when signed in — and never refused
 * otherwise. Path variables get sample values: an allowed call may then answer 400 or 404, which
 * shows the rule let it through. Then the scope: an Admin RA reads the accounts of its région and
 * is refused (403) another région's.
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
  void everyRouteAnswersEveryRoleAsTheMatrixSays() {
    List<String> ecarts = new ArrayList<>();
    int appels = 0;
    for (Map.Entry<RequestMappingInfo, HandlerMethod> route :
        handlers.getHandlerMethods().entrySet()) {
      RegleAcces regle = RegleAcces.de(route.getValue()).orElseThrow();
      for (String motif : route.getKey().getPatternValues()) {
        String chemin = exemple(motif);
        Set<RequestMethod> methodes = route.getKey().getMethodsCondition().getMethods();
        boolean post = methodes.contains(RequestMethod.POST);
        ecarts.addAll(verifier(chemin, post, regle, null, anonyme));
        for (Role role : Role.values()) {
          Utilisateur demo = comptes.parEmail(TestHttp.demo(role.code())).orElseThrow();
          ecarts.addAll(verifier(chemin, post, regle, matrice.droits(demo), sessions.get(role)));
        }
        appels += Role.values().length + 1;
      }
    }

    assertThat(ecarts).as("écarts à la matrice sur %d appels", appels).isEmpty();
    assertThat(appels).isGreaterThan(100);
  }

  @Test
  void anAdminRegionReadsTheAccountsOfItsRegionOnly() {
    Utilisateur dansSaRegion =
        comptes.creer(ComptesIT.fiche("lyon@example.fr", Role.EXPERT_REGION, "84", List.of()));
    Utilisateur ailleurs =
        comptes.creer(ComptesIT.fiche("toulouse@example.fr", Role.EXPERT_REGION, "76", List.of()));
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
  void aFormSentWithoutCsrfTokenIsRefused() {
    TestHttp.Answer reponse =
        sessions.get(Role.ADMIN).postSansJeton("/admin/imports", Map.of("type", "x"));

    assertThat(reponse.status()).isEqualTo(403);
  }

  private static List<String> verifier(
      String chemin, boolean post, RegleAcces regle, @Nullable Droits droits, TestHttp session) {
    TestHttp.Answer reponse =
        post ? session.post(chemin, Map.of()) : session.get(chemin, accept(chemin));
    boolean versConnexion = reponse.status() == 302 && reponse.location().contains("/connexion");
    boolean refuse = reponse.status() == 401 || reponse.status() == 403 || versConnexion;
    String qui = droits == null ? "anonyme" : droits.role().code();
    String appel = (post ? "POST " : "GET ") + chemin + " par " + qui + " : " + reponse.status();
    if (regle.autorise(droits)) {
      return refuse ? List.of(appel + " refusé à tort") : List.of();
    }
    boolean attendu =
        droits != null
            ? reponse.status() == 403
            : chemin.startsWith("/api/") ? reponse.status() == 401 : versConnexion;
    return attendu ? List.of() : List.of(appel + " aurait dû être refusé");
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
