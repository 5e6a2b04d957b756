package fr.education.orion.system;

import static fr.education.orion.schema.Tables.JOURNAL_COMPTE;
import static fr.education.orion.schema.Tables.REQUETE_ENREGISTREE;
import static fr.education.orion.schema.Tables.SPRING_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web security of Orion as an attacker tries it: metrics on the public port, pages without a
 * content security policy or that leak their token through the Referer, anonymous visits that fill
 * the sessions table, a forged {@code X-Forwarded-For}, a CSRF token in the URL, LIKE wildcards in
 * searches.
 */
@OrionIT
class SecuriteWebIT {

  private static final Pattern JETON = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @LocalManagementPort int portGestion;
  @Autowired DSLContext dsl;

  @Test
  void metricsAreOnlyServedOnTheLoopbackManagementPort() {
    for (String actuateur : List.of("/actuator/prometheus", "/actuator/health", "/actuator")) {
      assertThat(envoyer(client(), get(port, actuateur).setHeader("Accept", "*/*")).statusCode())
          .as(actuateur)
          .isEqualTo(404);
    }

    HttpResponse<String> metriques =
        envoyer(client(), get(portGestion, "/actuator/prometheus").setHeader("Accept", "*/*"));
    assertThat(metriques.statusCode()).isEqualTo(200);
    assertThat(metriques.body()).contains("jvm_memory_used_bytes");
    // The platform's probes stay on the public port, and say nothing but the status.
    HttpResponse<String> pret =
        envoyer(client(), get(port, "/readyz").setHeader("Accept", "application/json"));
    assertThat(pret.statusCode()).isEqualTo(200);
    assertThat(pret.body()).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void pagesAreFrenchWithAStrictContentSecurityPolicyAndNoReferrerFromTokenPages() {
    HttpResponse<String> accueil =
        envoyer(client(), get(port, "/").header("Accept-Language", "en"));
    assertThat(accueil.headers().firstValue("Content-Language")).hasValue("fr");
    assertThat(accueil.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("default-src 'self'", "script-src 'self'", "style-src 'self'")
                    .contains("object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval"));
    assertThat(accueil.headers().firstValue("Referrer-Policy"))
        .hasValue("strict-origin-when-cross-origin");

    for (String pageAJeton :
        List.of("/activation?jeton=inconnu", "/reinitialisation?jeton=inconnu")) {
      assertThat(envoyer(client(), get(port, pageAJeton)).headers().firstValue("Referrer-Policy"))
          .as(pageAJeton)
          .hasValue("no-referrer");
    }
    // JSON answers carry the policy too.
    assertThat(
            envoyer(client(), get(port, "/api/regions").setHeader("Accept", "application/json"))
                .headers()
                .firstValue("Content-Security-Policy"))
        .isPresent();
  }

  @Test
  void everyAnswerForbidsCachingSniffingAndFramingAndNamesNoServer() {
    HttpClient admin = client();
    String jeton = jeton(envoyer(admin, get(port, "/connexion")).body());
    connecterAdmin(admin, TestHttp.MOT_DE_PASSE_DEMO, jeton);
    for (String chemin : List.of("/", "/api/regions", "/mon-compte", "/admin/utilisateurs")) {
      HttpResponse<String> reponse = envoyer(admin, get(port, chemin).setHeader("Accept", "*/*"));
      assertThat(reponse.statusCode()).as(chemin).isEqualTo(200);
      assertThat(reponse.headers().firstValue("Cache-Control"))
          .as(chemin)
          .hasValueSatisfying(valeur -> assertThat(valeur).contains("no-store"));
      assertThat(reponse.headers().firstValue("X-Content-Type-Options"))
          .as(chemin)
          .hasValue("nosniff");
      assertThat(reponse.headers().firstValue("X-Frame-Options")).as(chemin).hasValue("DENY");
      assertThat(reponse.headers().map()).as(chemin).doesNotContainKeys("server", "x-powered-by");
    }
  }

  @Test
  void theSessionOfAVisitorIsReplacedAtLoginSoAPlantedIdGivesNothing() {
    CookieManager biscuits = new CookieManager();
    HttpClient navigateur = HttpClient.newBuilder().cookieHandler(biscuits).build();
    // A failed login leaves a session: the id an attacker could have planted in a victim's browser.
    String jetonAnonyme = jeton(envoyer(navigateur, get(port, "/connexion")).body());
    connecterAdmin(navigateur, "pas le bon", jetonAnonyme);
    String plantee = session(biscuits);
    String jeton = jeton(envoyer(navigateur, get(port, "/connexion")).body());
    connecterAdmin(navigateur, TestHttp.MOT_DE_PASSE_DEMO, jeton);

    assertThat(session(biscuits)).isNotEqualTo(plantee);
    assertThat(envoyer(navigateur, get(port, "/mon-compte")).statusCode()).isEqualTo(200);
    HttpResponse<String> avecLAncienne =
        envoyer(client(), get(port, "/mon-compte").header("Cookie", "SESSION=" + plantee));
    assertThat(avecLAncienne.statusCode()).isEqualTo(302);
    assertThat(avecLAncienne.headers().firstValue("Location").orElseThrow()).endsWith("/connexion");
    // Nor is a session id read from the URL.
    String actuelle = session(biscuits);
    assertThat(envoyer(client(), get(port, "/mon-compte;jsessionid=" + actuelle)).statusCode())
        .isEqualTo(400);
    assertThat(envoyer(client(), get(port, "/mon-compte;SESSION=" + actuelle)).statusCode())
        .isEqualTo(400);
  }

  private HttpResponse<String> connecterAdmin(
      HttpClient navigateur, String motDePasse, String jeton) {
    return envoyer(
        navigateur,
        post(
            port,
            "/connexion",
            Map.of("email", TestHttp.demo("admin"), "motDePasse", motDePasse, "_csrf", jeton)));
  }

  private static String session(CookieManager biscuits) {
    return biscuits.getCookieStore().getCookies().stream()
        .filter(biscuit -> biscuit.getName().equals("SESSION"))
        .map(java.net.HttpCookie::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("pas de cookie SESSION"));
  }

  @Test
  void anonymousVisitsStoreNoSessionAndLoginStillWorks() {
    Set<String> avant = sessions();
    for (int visiteur = 0; visiteur < 5; visiteur++) {
      HttpClient navigateur = client();
      for (String page :
          List.of(
              "/connexion",
              "/",
              "/panorama/region/84",
              "/console/formations",
              "/console/etablissements?codeRegion=84",
              "/formations?q=boulanger",
              "/mot-de-passe-oublie")) {
        assertThat(envoyer(navigateur, get(port, page)).statusCode()).as(page).isEqualTo(200);
      }
      // A page that needs a login sends to the login page, and remembers where to come back.
      HttpResponse<String> protegee = envoyer(navigateur, get(port, "/admin/utilisateurs"));
      assertThat(protegee.statusCode()).isEqualTo(302);
      assertThat(protegee.headers().firstValue("Location").orElseThrow()).endsWith("/connexion");
    }
    assertThat(nouvelles(avant)).isEmpty();

    // The login form of an anonymous visitor (token in a cookie) still signs in, back to the page
    // asked for; the session is created then, with a new CSRF token.
    HttpClient admin = client();
    envoyer(admin, get(port, "/admin/utilisateurs"));
    String jetonAnonyme = jeton(envoyer(admin, get(port, "/connexion")).body());
    HttpResponse<String> connexion =
        connecterAdmin(admin, TestHttp.MOT_DE_PASSE_DEMO, jetonAnonyme);
    assertThat(connexion.statusCode()).isEqualTo(302);
    assertThat(connexion.headers().firstValue("Location").orElseThrow())
        .contains("/admin/utilisateurs");
    assertThat(nouvelles(avant)).hasSize(1);
    assertThat(envoyer(admin, get(port, "/admin/utilisateurs")).statusCode()).isEqualTo(200);
    // The anonymous token is spent: the signed-in session has its own.
    HttpResponse<String> deconnexionAncienJeton =
        envoyer(admin, post(port, "/deconnexion", Map.of("_csrf", jetonAnonyme)));
    assertThat(deconnexionAncienJeton.statusCode()).isEqualTo(403);
    String jetonConnecte = jeton(envoyer(admin, get(port, "/connexion")).body());
    HttpResponse<String> deconnexion =
        envoyer(admin, post(port, "/deconnexion", Map.of("_csrf", jetonConnecte)));
    assertThat(deconnexion.statusCode()).isEqualTo(302);
    assertThat(deconnexion.headers().firstValue("Location").orElseThrow())
        .endsWith("/connexion?deconnexion");
  }

  @Test
  void aForwardedForHeaderFromAnUnlistedProxyIsIgnored() {
    String email = "adresse.usurpee@example.fr";
    HttpClient attaquant = client();
    String jeton = jeton(envoyer(attaquant, get(port, "/connexion")).body());
    HttpResponse<String> echec =
        envoyer(
            attaquant,
            post(
                    port,
                    "/connexion",
                    Map.of("email", email, "motDePasse", "pas le bon", "_csrf", jeton))
                .header("X-Forwarded-For", "203.0.113.9")
                .header("X-Forwarded-Proto", "https"));
    assertThat(echec.statusCode()).isEqualTo(302);
    // The failed login is counted against the address of the connection, not the one claimed.
    assertThat(
            dsl.select(JOURNAL_COMPTE.ADRESSE)
                .from(JOURNAL_COMPTE)
                .where(JOURNAL_COMPTE.EMAIL.eq(email))
                .fetch(JOURNAL_COMPTE.ADRESSE))
        .isNotEmpty()
        .containsOnly("127.0.0.1");
    // Nor does it pass for HTTPS: no cookie is marked Secure as if it came over HTTPS.
    assertThat(echec.headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("Secure"));
  }

  @Test
  void aCsrfTokenInTheUrlIsRefused() {
    TestHttp pilote = new TestHttp(port).connecteEnDemo("pilote_region");
    String jeton = pilote.jetonCsrf();
    int avant = dsl.fetchCount(REQUETE_ENREGISTREE);
    TestHttp.Answer dansLUrl =
        pilote.postSansJeton(
            "/console/formations/requetes?_csrf="
                + URLEncoder.encode(jeton, StandardCharsets.UTF_8),
            Map.of("nom", "Par l'URL", "couleur", "green-menthe"));
    assertThat(dansLUrl.status()).isEqualTo(403);
    // Even beside the right token in the body.
    TestHttp.Answer lesDeux =
        pilote.postSansJeton(
            "/console/formations/requetes?_csrf=x",
            Map.of("nom", "Par l'URL", "couleur", "green-menthe", "_csrf", jeton));
    assertThat(lesDeux.status()).isEqualTo(403);
    assertThat(dsl.fetchCount(REQUETE_ENREGISTREE)).isEqualTo(avant);
  }

  @Test
  void likeWildcardsMatchOnlyThemselves() {
    TestHttp http = new TestHttp(port);
    for (String q : List.of("%", "_", "%_%", "\\")) {
      String encode = URLEncoder.encode(q, StandardCharsets.UTF_8);
      assertThat(total(http, "/api/formations?q=" + encode)).as("formations %s", q).isZero();
      assertThat(total(http, "/api/etablissements?q=" + encode))
          .as("établissements %s", q)
          .isZero();
      assertThat(total(http, "/api/console/formations?size=1&q=" + encode))
          .as("console %s", q)
          .isZero();
      assertThat(total(http, "/api/console/etablissements?size=1&q=" + encode))
          .as("console des offres %s", q)
          .isZero();
    }
    // A word still finds its labels.
    assertThat(total(http, "/api/formations?q=boulanger")).isPositive();
    assertThat(total(http, "/api/console/formations?size=1&q=boulanger")).isPositive();
    assertThat(new TestHttp(port).get("/panorama/etablissement?q=%25", "text/html").body())
        .doesNotContain("href=\"/panorama/etablissement/0");
  }

  private static long total(TestHttp http, String chemin) {
    TestHttp.Answer reponse = http.get(chemin);
    assertThat(reponse.status()).as(chemin).isEqualTo(200);
    return reponse.json().get("total").asLong();
  }

  private Set<String> sessions() {
    return new HashSet<>(
        dsl.select(SPRING_SESSION.SESSION_ID)
            .from(SPRING_SESSION)
            .fetch(SPRING_SESSION.SESSION_ID));
  }

  private Set<String> nouvelles(Set<String> avant) {
    Set<String> apres = sessions();
    apres.removeAll(avant);
    return apres;
  }

  private static String jeton(String page) {
    Matcher jeton = JETON.matcher(page);
    assertThat(jeton.find()).as("jeton CSRF dans la page").isTrue();
    return jeton.group(1);
  }

  private static HttpClient client() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  private static HttpRequest.Builder get(int port, String chemin) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + chemin))
        .header("Accept", "text/html")
        .GET();
  }

  private static HttpRequest.Builder post(int port, String chemin, Map<String, String> champs) {
    String corps =
        champs.entrySet().stream()
            .map(
                c ->
                    URLEncoder.encode(c.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(c.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + chemin))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(corps));
  }

  private static HttpResponse<String> envoyer(HttpClient client, HttpRequest.Builder requete) {
    try {
      return client.send(requete.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
