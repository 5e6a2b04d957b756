package fr.education.orion.compte;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After an SSO login: a head of établissement lands on the panorama of his (first) établissement,
 * everyone else on the home page, with a notice saying whether the account was created, linked or
 * simply signed in ({@link NoticeSso}).
 */
@Component
class SuccesSso implements AuthenticationSuccessHandler {

  private final Comptes comptes;

  SuccesSso(Comptes comptes) {
    this.comptes = comptes;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    CompteSso compte = (CompteSso) authentication.getPrincipal();
    Utilisateur utilisateur = comptes.parId(Long.parseLong(compte.getName())).orElseThrow();
    NoticeSso.retenir(request.getSession(), compte.issue());
    response.sendRedirect(destination(utilisateur));
  }

  static String destination(Utilisateur utilisateur) {
    return utilisateur.role() == Role.PERDIR && !utilisateur.uais().isEmpty()
        ? "/panorama/etablissement/" + utilisateur.uais().get(0)
        : "/";
  }
}
