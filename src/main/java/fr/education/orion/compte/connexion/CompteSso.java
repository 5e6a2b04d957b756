package fr.education.orion.compte.connexion;

import fr.education.orion.compte.CompteCourant;
import java.io.Serial;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The principal of an SSO login. Its name is the account's id, as for a local login ({@link
 * CompteCourant#nomPrincipal}), so that the session is found, reloaded and ended the same way
 * whatever the login. Kept in the session (serialised by Spring Session).
 */
final class CompteSso extends DefaultOidcUser {

  @Serial private static final long serialVersionUID = 1L;

  private final String nom;
  private final ConnexionSso.Issue issue;

  CompteSso(
      Collection<? extends GrantedAuthority> autorisations,
      OidcUser fournisseur,
      long utilisateurId,
      ConnexionSso.Issue issue) {
    super(autorisations, fournisseur.getIdToken(), fournisseur.getUserInfo());
    this.nom = CompteCourant.nomPrincipal(utilisateurId);
    this.issue = issue;
  }

  @Override
  public String getName() {
    return nom;
  }

  ConnexionSso.Issue issue() {
    return issue;
  }
}
