package fr.education.orion.compte.web;

import fr.education.orion.compte.Portee;
import fr.education.orion.compte.Role;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.compte.gestion.Matrice;
import fr.education.orion.system.Permission;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The roles page: each role explained, the permission × role matrix with scopes, and the effective
 * rights of one user looked up by e-mail.
 */
public record RolesPage(
    List<Matrice.RoleDecrit> roles,
    List<Matrice.PermissionDecrite> permissions,
    Matrice matrice,
    String recherche,
    @Nullable Utilisateur utilisateur,
    @Nullable String message) {

  /** The badge of a cell: N, R, U, Ro or nothing. */
  public String portee(Role role, Permission permission) {
    return matrice.portee(role, permission).map(RolesPage::abreviation).orElse("");
  }

  public static String abreviation(Portee portee) {
    return switch (portee) {
      case NATIONAL -> "National";
      case REGION -> "Région";
      case UAI -> "Établissements";
      case ROLE -> "Selon le rôle";
    };
  }
}
