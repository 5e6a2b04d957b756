package fr.education.orion.compte.connexion;

import fr.education.orion.compte.Comptes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.stereotype.Component;

/**
 * After a login, local or single sign-on: back to the page that asked for it, kept in a cookie by
 * {@code system.SecurityConfiguration}'s request cache; else to the user's own page ({@link
 * Arrivee}).
 *
 * <p>A {@code Customizer<HttpSecurity>} bean, like {@link AuthentificationUnique}: it gives the
 * login form of Orion's filter chain this handler, before that chain sets the rest of the form.
 */
@Component
class ConnexionReussie extends SavedRequestAwareAuthenticationSuccessHandler
    implements Customizer<HttpSecurity> {

  private final Comptes comptes;

  ConnexionReussie(Comptes comptes) {
    this.comptes = comptes;
    setRequestCache(new CookieRequestCache());
  }

  @Override
  public void customize(HttpSecurity http) {
    http.formLogin(formulaire -> formulaire.successHandler(this));
  }

  @Override
  protected String determineTargetUrl(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    return comptes.parId(Long.parseLong(authentication.getName())).map(Arrivee::page).orElse("/");
  }
}
