package fr.education.orion.compte;

import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.Uai;
import fr.education.orion.system.Permission;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one user may do: the permissions of its role with their scope, and where the user sits (its
 * région, its UAIs). Pure, so that the scope rule is tested without a database.
 */
public record Droits(
    Role role,
    @Nullable CodeRegion codeRegion,
    Set<Uai> uais,
    Map<Permission, Portee> permissions) {

  public Optional<Portee> portee(Permission permission) {
    return Optional.ofNullable(permissions.get(permission));
  }

  public boolean possede(Permission permission) {
    return permissions.containsKey(permission);
  }

  /**
   * May the user use {@code permission} on data of région {@code regionDesDonnees} (and, for data
   * of an établissement, of UAI {@code uaiDesDonnees})? National reaches everything; région needs
   * the data's région to be the user's; UAI needs the data's UAI among the user's; the invite's
   * role-specific scope is limited to its région when it has one (the owner of the data adds its
   * own filter, e.g. validated demandes only).
   */
  public boolean autorise(
      Permission permission, @Nullable CodeRegion regionDesDonnees, @Nullable Uai uaiDesDonnees) {
    Portee portee = permissions.get(permission);
    if (portee == null) {
      return false;
    }
    return switch (portee) {
      case NATIONAL -> true;
      case REGION -> codeRegion != null && codeRegion.equals(regionDesDonnees);
      case UAI -> uaiDesDonnees != null && uais.contains(uaiDesDonnees);
      case ROLE -> codeRegion == null || codeRegion.equals(regionDesDonnees);
    };
  }
}
