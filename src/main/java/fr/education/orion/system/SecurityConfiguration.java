package fr.education.orion.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web security wiring. Who may use which route is not decided here but next to each handler
 * (module {@code compte}: {@code @Public}, {@code @Autorise}, {@code @Administrateur}), enforced
 * before the handler runs; this chain lets every request reach it, and turns its refusals into
 * answers: for {@code /api/**}, 401 or 403 problems in JSON; for pages, the login page or the DSFR
 * "accès refusé" page.
 *
 * <p>Also here: the login form ({@code /connexion}, fields {@code email} and {@code motDePasse}),
 * logout ({@code POST /deconnexion}), CSRF on every state-changing request (forms send the token as
 * {@code _csrf} in their body, scripts as the {@code X-CSRF-TOKEN} header, never in the URL: {@link
 * JetonCsrfHorsUrl}), sessions in PostgreSQL (Spring Session JDBC; cookie HttpOnly, SameSite=Lax,
 * Secure when the request came over HTTPS), created only at login: an anonymous visitor's CSRF
 * token and the page they asked for before logging in live in cookies ({@link JetonsCsrf}), and the
 * security headers (Content-Security-Policy, Referrer-Policy).
 *
 * <p>Single sign-on, when configured, joins this chain from module {@code compte}: its {@code
 * AuthentificationUnique} is a {@code Customizer<HttpSecurity>} bean, which Spring Security applies
 * to the {@link HttpSecurity} given here before this method runs. It shares this login page, the
 * logout and the refusals above; this module cannot name it, since {@code compte} depends on {@code
 * system}. So does the destination after a login (its {@code ConnexionReussie}): the page asked
 * for, else the user's own.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

  static final String CONNEXION = "/connexion";

  /**
   * The pages load only Orion's own scripts, styles, fonts and images (and the {@code data:} images
   * of the DSFR and of charts), with no inline script or style attribute; nothing from other sites,
   * no plugin, no framing, forms sent only to Orion. The single sign-on starts from a link, not a
   * form, so the provider need not be listed.
   */
  static final String POLITIQUE_DE_CONTENU =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  /**
   * The same policy for the API documentation, except that Swagger UI's script adds {@code <style>}
   * elements of its own: inline styles are allowed there, inline scripts still are not. The page
   * shows no user data.
   */
  static final String POLITIQUE_DE_LA_DOCUMENTATION_API =
      POLITIQUE_DE_CONTENU.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

  private static final String REFERRER_POLICY = "Referrer-Policy";

  /** The pages reached from an e-mailed link that carries a single-use token in its URL. */
  private static final Set<String> PAGES_A_JETON = Set.of("/activation", "/reinitialisation");

  private final JsonMapper json;

  SecurityConfiguration(JsonMapper json) {
    this.json = json;
  }

  @Bean
  SecurityFilterChain filtres(HttpSecurity http) {
    RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    return http.authorizeHttpRequests(requetes -> requetes.anyRequest().permitAll())
        .formLogin(
            formulaire ->
                formulaire
                    .loginPage(CONNEXION)
                    .usernameParameter("email")
                    .passwordParameter("motDePasse")
                    .failureUrl(CONNEXION + "?erreur"))
        .logout(
            deconnexion ->
                deconnexion
                    .logoutRequestMatcher(
                        PathPatternRequestMatcher.withDefaults()
                            .matcher(org.springframework.http.HttpMethod.POST, "/deconnexion"))
                    .logoutSuccessUrl(CONNEXION + "?deconnexion")
                    .deleteCookies("SESSION", JetonsCsrf.COOKIE))
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(new JetonsCsrf())
                    .csrfTokenRequestHandler(new JetonCsrfHorsUrl()))
        // The page asked for before the login page, kept in a cookie rather than in a session
        // that an anonymous visit would create; only pages, never the API.
        .requestCache(cache -> cache.requestCache(pageDemandee(api)))
        .headers(
            entetes ->
                entetes.addHeaderWriter(politiqueDeContenu()).addHeaderWriter(this::referent))
        .exceptionHandling(
            erreurs ->
                erreurs
                    .defaultAuthenticationEntryPointFor(
                        (request, response, refus) ->
                            probleme(
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "Authentification requise",
                                "Connectez-vous pour utiliser cette route."),
                        api)
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(CONNEXION), request -> true)
                    .accessDeniedHandler(this::refuser))
        .build();
  }

  private static HeaderWriter politiqueDeContenu() {
    RequestMatcher documentationApi =
        PathPatternRequestMatcher.withDefaults().matcher("/api/swagger-ui/**");
    HeaderWriter documentation =
        new ContentSecurityPolicyHeaderWriter(POLITIQUE_DE_LA_DOCUMENTATION_API);
    HeaderWriter pages = new ContentSecurityPolicyHeaderWriter(POLITIQUE_DE_CONTENU);
    return (request, response) ->
        (documentationApi.matches(request) ? documentation : pages).writeHeaders(request, response);
  }

  private static CookieRequestCache pageDemandee(RequestMatcher api) {
    CookieRequestCache cache = new CookieRequestCache();
    cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !api.matches(request));
    return cache;
  }

  /**
   * No referrer at all from the pages whose URL holds a single-use token (activation, new
   * password); elsewhere, other sites only learn Orion's origin.
   */
  private void referent(HttpServletRequest request, HttpServletResponse response) {
    if (!response.containsHeader(REFERRER_POLICY)) {
      response.setHeader(
          REFERRER_POLICY,
          PAGES_A_JETON.contains(request.getRequestURI())
              ? "no-referrer"
              : "strict-origin-when-cross-origin");
    }
  }

  private void refuser(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException refus)
      throws IOException {
    String detail =
        refus instanceof CsrfException
            ? "Le jeton CSRF est absent ou périmé : rechargez la page et recommencez."
            : refus.getMessage();
    if (request.getRequestURI().startsWith("/api/")) {
      probleme(response, HttpStatus.FORBIDDEN, "Accès refusé", detail);
    } else {
      response.sendError(HttpStatus.FORBIDDEN.value(), detail);
    }
  }

  private void probleme(
      HttpServletResponse response, HttpStatus statut, String titre, String detail)
      throws IOException {
    ProblemDetail probleme = ProblemDetail.forStatusAndDetail(statut, detail);
    probleme.setTitle(titre);
    response.setStatus(statut.value());
    response.setHeader(HttpHeaders.CONTENT_LANGUAGE, "fr");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getWriter(), probleme);
  }
}
