package fr.education.orion.compte.connexion;

import fr.education.orion.compte.web.RefusSsoController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed SSO login to the page of its reason ({@link RefusSsoController}), after logging
 * it: the user sees what to do, the operators see what happened.
 */
@Component
class EchecSso implements AuthenticationFailureHandler {

  private static final Logger LOG = LoggerFactory.getLogger(EchecSso.class);

  /**
   * Codes of a login that did not complete on the user's side: Spring's, when the callback does not
   * match a login this browser started, and the provider's (OpenID Connect Core §3.1.2.6) when the
   * user cancelled or must log in again.
   */
  private static final Set<String> INTERROMPUES =
      Set.of(
          "authorization_request_not_found",
          "invalid_state_parameter",
          "access_denied",
          "login_required",
          "interaction_required",
          "consent_required",
          "account_selection_required");

  /** Spring's codes for an answer of the provider that Orion could not trust. */
  private static final Set<String> JETONS_INVALIDES = Set.of("invalid_id_token", "invalid_nonce");

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException echec)
      throws IOException {
    RefusSso motif = motif(echec);
    LOG.warn(
        "Connexion par authentification unique refusée ({}) : {}",
        motif.code(),
        echec.getMessage());
    response.sendRedirect(RefusSsoController.CHEMIN + "?motif=" + motif.code());
  }

  /**
   * The refusal for an authentication error: Orion's own refusals keep their code; anything else
   * (unreachable provider, failed discovery, token or userinfo call, a provider error such as
   * {@code server_error}) is a provider failure.
   */
  static RefusSso motif(AuthenticationException echec) {
    if (!(echec instanceof OAuth2AuthenticationException oauth2)) {
      return RefusSso.FOURNISSEUR_INDISPONIBLE;
    }
    String code = oauth2.getError().getErrorCode();
    if (JETONS_INVALIDES.contains(code)) {
      return RefusSso.JETON_INVALIDE;
    }
    if (INTERROMPUES.contains(code)) {
      return RefusSso.CONNEXION_INTERROMPUE;
    }
    return RefusSso.deCode(code).orElse(RefusSso.FOURNISSEUR_INDISPONIBLE);
  }
}
