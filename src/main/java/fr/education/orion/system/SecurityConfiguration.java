package fr.education.orion.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
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
 * {@code _csrf}, scripts as the {@code X-CSRF-TOKEN} header), sessions in PostgreSQL (Spring
 * Session JDBC; cookie HttpOnly, SameSite=Lax, Secure when the request came over HTTPS).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

  static final String CONNEXION = "/connexion";

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
                    .failureUrl(CONNEXION + "?erreur")
                    .defaultSuccessUrl("/", false))
        .logout(
            deconnexion ->
                deconnexion
                    .logoutRequestMatcher(
                        PathPatternRequestMatcher.withDefaults()
                            .matcher(org.springframework.http.HttpMethod.POST, "/deconnexion"))
                    .logoutSuccessUrl(CONNEXION + "?deconnexion")
                    .deleteCookies("SESSION"))
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
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getWriter(), probleme);
  }
}
