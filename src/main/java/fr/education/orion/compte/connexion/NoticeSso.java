package fr.education.orion.compte.connexion;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The notice shown once, on the first page after an SSO login: kept in the session between the
 * login's redirect and that page, then forgotten, so that a reload or a bookmark does not show it
 * again (a query parameter would).
 */
public final class NoticeSso {

  private static final String ATTRIBUT = NoticeSso.class.getName();

  private NoticeSso() {}

  static void retenir(HttpSession session, ConnexionSso.Issue issue) {
    session.setAttribute(ATTRIBUT, texte(issue));
  }

  /** The notice waiting for the current request's session, removed as it is read. */
  public static Optional<String> read() {
    RequestAttributes requete = RequestContextHolder.getRequestAttributes();
    if (requete == null) {
      return Optional.empty();
    }
    Object texte = requete.getAttribute(ATTRIBUT, RequestAttributes.SCOPE_SESSION);
    if (texte != null) {
      requete.removeAttribute(ATTRIBUT, RequestAttributes.SCOPE_SESSION);
    }
    return Optional.ofNullable((String) texte);
  }

  static String texte(ConnexionSso.Issue issue) {
    return switch (issue) {
      case COMPTE_CREE ->
          "Bienvenue sur Orion : votre compte a été créé à partir de votre profil de l'Éducation"
              + " nationale. Vous êtes connecté.";
      case COMPTE_LIE ->
          "Votre compte Orion est désormais relié au portail de l'Éducation nationale : connectez-vous"
              + " toujours par ce portail, votre ancien mot de passe Orion ne sert plus.";
      case CONNECTE -> "Vous êtes connecté par le portail de l'Éducation nationale.";
    };
  }
}
