package fr.education.orion.compte;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.Uai;
import fr.education.orion.system.Permission;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DroitsTest {

  private static final Map<Permission, Portee> LECTURE_REGION =
      Map.of(Permission.DEMANDE_LECTURE, Portee.REGION);

  @Test
  void aRegionalScopeReachesOnlyTheUsersRegion() {
    Droits pilote = new Droits(Role.PILOTE_REGION, new CodeRegion("84"), Set.of(), LECTURE_REGION);

    assertThat(pilote.autorise(Permission.DEMANDE_LECTURE, new CodeRegion("84"), null)).isTrue();
    assertThat(pilote.autorise(Permission.DEMANDE_LECTURE, new CodeRegion("76"), null)).isFalse();
    assertThat(pilote.autorise(Permission.DEMANDE_LECTURE, null, null)).isFalse();
  }

  @Test
  void aRegionalScopeWithoutRegionReachesNothing() {
    Droits sansRegion = new Droits(Role.PILOTE_REGION, null, Set.of(), LECTURE_REGION);

    assertThat(sansRegion.autorise(Permission.DEMANDE_LECTURE, new CodeRegion("84"), null))
        .isFalse();
  }

  @Test
  void aPermissionNotHeldIsRefusedWhateverTheData() {
    Droits pilote = new Droits(Role.PILOTE_REGION, new CodeRegion("84"), Set.of(), LECTURE_REGION);

    assertThat(pilote.autorise(Permission.USERS_LECTURE, new CodeRegion("84"), null)).isFalse();
  }

  @Test
  void aNationalScopeReachesEveryRegion() {
    Droits admin =
        new Droits(Role.ADMIN, null, Set.of(), Map.of(Permission.USERS_LECTURE, Portee.NATIONAL));

    assertThat(admin.autorise(Permission.USERS_LECTURE, new CodeRegion("76"), null)).isTrue();
    assertThat(admin.autorise(Permission.USERS_LECTURE, null, null)).isTrue();
  }

  @Test
  void anUaiScopeReachesOnlyTheUsersEtablissements() {
    Droits perdir =
        new Droits(
            Role.PERDIR,
            new CodeRegion("84"),
            Set.of(new Uai("0690001A")),
            Map.of(Permission.DEMANDE_LECTURE, Portee.UAI));

    assertThat(
            perdir.autorise(Permission.DEMANDE_LECTURE, new CodeRegion("84"), new Uai("0690001A")))
        .isTrue();
    assertThat(
            perdir.autorise(Permission.DEMANDE_LECTURE, new CodeRegion("84"), new Uai("0690002B")))
        .isFalse();
    // Being in the same région is not enough for a perdir.
    assertThat(perdir.autorise(Permission.DEMANDE_LECTURE, new CodeRegion("84"), null)).isFalse();
  }

  @Test
  void anInviteIsLimitedToItsRegionOnlyWhenItHasOne() {
    Map<Permission, Portee> role = Map.of(Permission.DEMANDE_LECTURE, Portee.ROLE);
    Droits inviteRegional = new Droits(Role.INVITE, new CodeRegion("84"), Set.of(), role);
    Droits inviteNational = new Droits(Role.INVITE, null, Set.of(), role);

    assertThat(inviteRegional.autorise(Permission.DEMANDE_LECTURE, new CodeRegion("84"), null))
        .isTrue();
    assertThat(inviteRegional.autorise(Permission.DEMANDE_LECTURE, new CodeRegion("76"), null))
        .isFalse();
    assertThat(inviteNational.autorise(Permission.DEMANDE_LECTURE, new CodeRegion("76"), null))
        .isTrue();
  }
}
