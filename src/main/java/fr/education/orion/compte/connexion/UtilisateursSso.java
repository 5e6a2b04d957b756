package fr.education.orion.compte.connexion;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns the provider's user (ID token and userinfo, read by Spring's {@link OidcUserService}) into
 * an Orion account ({@link ConnexionSso}). A refusal becomes an authentication error whose code is
 * the refusal's, for {@link EchecSso}.
 */
@Component
class UtilisateursSso implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final OidcUserService fournisseur = new OidcUserService();
  private final ConnexionSso connexionSso;

  UtilisateursSso(ConnexionSso connexionSso) {
    this.connexionSso = connexionSso;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest requete) {
    OidcUser utilisateur = fournisseur.loadUser(requete);
    try {
      ConnexionSso.Connexion connexion =
          connexionSso.connecter(new AttributsSso(utilisateur.getClaims()));
      return new CompteSso(
          utilisateur.getAuthorities(),
          utilisateur,
          connexion.utilisateur().id(),
          connexion.issue());
    } catch (ConnexionSsoRefusee refus) {
      throw new OAuth2AuthenticationException(
          new OAuth2Error(refus.motif().code()), refus.motif().titre(), refus);
    }
  }
}
