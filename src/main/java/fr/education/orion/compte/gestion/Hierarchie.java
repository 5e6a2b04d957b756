package fr.education.orion.compte.gestion;

import fr.education.orion.compte.Droits;
import fr.education.orion.compte.Role;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.system.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which accounts a user may create or edit: those of a role its own role manages (table {@code
 * role_gere}), within the scope of its {@code users/ecriture} (an Admin RA: its région only).
 */
@Component
public class Hierarchie {

  private final Matrice matrice;

  Hierarchie(Matrice matrice) {
    this.matrice = matrice;
  }

  /** Refuses (403, with the reason) an account the acteur may not give this role and région. */
  void check(Droits acteur, Role role, @Nullable CodeRegion codeRegion) {
    if (!matrice.rolesGeres(acteur.role()).contains(role)) {
      throw new AccessDeniedException(
          "Votre rôle ne permet pas de gérer les comptes " + matrice.role(role).libelle() + ".");
    }
    if (!acteur.autorise(Permission.USERS_ECRITURE, codeRegion, null)) {
      throw new AccessDeniedException("Vous ne gérez que les comptes de votre région.");
    }
  }
}
