package fr.education.orion.compte.gestion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.compte.Portee;
import fr.education.orion.compte.Role;
import fr.education.orion.system.Permission;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The matrix read from the database is the one the specification gives, copied here by hand from
 * its table of roles and permissions, row by row, in its column order.
 */
@OrionIT
class MatriceIT {

  private static final List<Role> COLONNES =
      List.of(
          Role.ADMIN,
          Role.PILOTE,
          Role.ADMIN_REGION,
          Role.PILOTE_REGION,
          Role.GESTIONNAIRE_REGION,
          Role.EXPERT_REGION,
          Role.REGION,
          Role.PERDIR,
          Role.INVITE);

  private static final Map<Permission, String> REFERENCE = new EnumMap<>(Permission.class);

  static {
    REFERENCE.put(Permission.SUIVI_IMPACT_LECTURE, "N N - N - - - - -");
    REFERENCE.put(Permission.RESTITUTION_LECTURE, "N N N N R R R U Ro");
    REFERENCE.put(Permission.PILOTAGE_LECTURE, "N N N N N N N - -");
    REFERENCE.put(Permission.USERS_LECTURE, "N - R - - - - - -");
    REFERENCE.put(Permission.USERS_ECRITURE, "N - R - - - - - -");
    REFERENCE.put(Permission.CAMPAGNES_LECTURE, "N - N - - - - - -");
    REFERENCE.put(Permission.CAMPAGNES_ECRITURE, "N - - - - - - - -");
    REFERENCE.put(Permission.CAMPAGNES_REGION_LECTURE, "N - R - - - - - -");
    REFERENCE.put(Permission.CAMPAGNES_REGION_ECRITURE, "N - R - - - - - -");
    REFERENCE.put(Permission.DEMANDE_LECTURE, "N N R R R R R U Ro");
    REFERENCE.put(Permission.DEMANDE_ECRITURE, "N - R R R - - U -");
    REFERENCE.put(Permission.DEMANDE_STATUT_LECTURE, "N N R R R R R U Ro");
    REFERENCE.put(Permission.DEMANDE_STATUT_ECRITURE, "N - R R R - - - -");
    REFERENCE.put(Permission.DEMANDE_AVIS_LECTURE, "N N R R R R R U Ro");
    REFERENCE.put(Permission.DEMANDE_AVIS_ECRITURE, "N - R R R R R - -");
    REFERENCE.put(Permission.ENREGISTREMENT_REQUETE_LECTURE, "N N N N N N N N N");
    REFERENCE.put(Permission.ENREGISTREMENT_REQUETE_ECRITURE, "N N N N N N N N N");
  }

  @Autowired Matrice matrice;

  @Test
  void everyRoleHoldsExactlyTheReferencePermissionsWithTheirScope() {
    for (Role role : Role.values()) {
      Map<Permission, Portee> attendu = new EnumMap<>(Permission.class);
      REFERENCE.forEach(
          (permission, ligne) -> {
            String code = ligne.split(" ")[COLONNES.indexOf(role)];
            switch (code) {
              case "N" -> attendu.put(permission, Portee.NATIONAL);
              case "R" -> attendu.put(permission, Portee.REGION);
              case "U" -> attendu.put(permission, Portee.UAI);
              case "Ro" -> attendu.put(permission, Portee.ROLE);
              default -> {}
            }
          });
      assertThat(matrice.permissions(role)).as(role.code()).isEqualTo(attendu);
    }
  }

  @Test
  void onlyAdminsManageRolesAndAnAdminRegionOnlyTheRegionalOnes() {
    assertThat(matrice.rolesGeres(Role.ADMIN)).isEqualTo(EnumSet.allOf(Role.class));
    assertThat(matrice.rolesGeres(Role.ADMIN_REGION))
        .isEqualTo(
            Set.of(
                Role.GESTIONNAIRE_REGION,
                Role.PILOTE_REGION,
                Role.EXPERT_REGION,
                Role.REGION,
                Role.INVITE));
    for (Role role : EnumSet.complementOf(EnumSet.of(Role.ADMIN, Role.ADMIN_REGION))) {
      assertThat(matrice.rolesGeres(role)).as(role.code()).isEmpty();
    }
  }

  @Test
  void everyRoleIsDescribedWithItsLabel() {
    assertThat(matrice.roles())
        .extracting(Matrice.RoleDecrit::libelle)
        .containsExactly(
            "Super Admin",
            "Pilote National",
            "Admin RA",
            "Pilote RA",
            "Gestionnaire RA",
            "Expert RA",
            "Région",
            "Perdir",
            "Invité");
  }
}
