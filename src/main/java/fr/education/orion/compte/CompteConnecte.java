package fr.education.orion.compte;

import fr.education.orion.compte.connexion.ConnexionCourante;
import fr.education.orion.system.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in user of the current request and its rights, as loaded (and checked to be active) at
 * the start of the request by {@link ConnexionCourante}. The page layout reads it through {@link
 * #courant()} to show the account menu.
 */
public record CompteConnecte(Utilisateur utilisateur, Droits droits, String libelleRole) {

  public static final String ATTRIBUT = CompteConnecte.class.getName();

  /** The signed-in user of the current request, null for anonymous visitors. */
  public static @Nullable CompteConnecte courant() {
    RequestAttributes requete = RequestContextHolder.getRequestAttributes();
    return requete == null
        ? null
        : (CompteConnecte) requete.getAttribute(ATTRIBUT, RequestAttributes.SCOPE_REQUEST);
  }

  /** Shows the users and roles administration in the menu. */
  public boolean gereLesComptes() {
    return droits.possede(Permission.USERS_LECTURE);
  }

  /** Shows the import page in the menu. */
  public boolean importe() {
    return droits.role() == Role.ADMIN;
  }
}
