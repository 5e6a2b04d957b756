package fr.education.orion.compte.connexion;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After an SSO login: a notice saying whether the account was created, linked or simply signed in
 * ({@link NoticeSso}), then the same destination as a local login ({@link ConnexionReussie}).
 */
@Component
class SuccesSso implements AuthenticationSuccessHandler {

  private final ConnexionReussie connexionReussie;

  SuccesSso(ConnexionReussie connexionReussie) {
    this.connexionReussie = connexionReussie;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    CompteSso compte = (CompteSso) authentication.getPrincipal();
    NoticeSso.retenir(request.getSession(), compte.issue());
    connexionReussie.onAuthenticationSuccess(request, response, authentication);
  }
}
