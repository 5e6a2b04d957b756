package fr.education.orion.demande;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.education.orion.compte.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReglesAvisTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          brouillon         | prealable
          proposition       | prealable
          dossier_complet   | prealable
          dossier_incomplet | prealable
          projet_de_demande | consultatif
          pret_pour_le_vote | final
          demande_validee   | final
          refusee           | final
          """)
  void theStepOfTheDemandeDecidesTheTypeOfAvis(String statut, String type) {
    assertThat(TypeAvis.of(StatutDemande.of(statut)).code()).isEqualTo(type);
  }

  @Test
  void aDeletedDemandeReceivesNoAvis() {
    assertThatThrownBy(() -> TypeAvis.of(StatutDemande.SUPPRIMEE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachTypeProposesItsFonctions() {
    assertThat(TypeAvis.PREALABLE.fonctions()).containsExactly("Région", "Région académique");
    assertThat(TypeAvis.FINAL.fonctions()).containsExactly("Région", "CSA", "Recteur");
    assertThat(TypeAvis.CONSULTATIF.fonctions()).hasSize(11).startsWith("Inspecteur");
  }

  /** Each role → the statuses of a demande on which it may give an avis. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          admin               | brouillon proposition dossier_complet dossier_incomplet projet_de_demande pret_pour_le_vote demande_validee refusee
          pilote              |
          admin_region        | brouillon proposition dossier_complet dossier_incomplet projet_de_demande pret_pour_le_vote demande_validee refusee
          pilote_region       | brouillon proposition dossier_complet dossier_incomplet projet_de_demande pret_pour_le_vote
          gestionnaire_region | brouillon proposition dossier_complet dossier_incomplet projet_de_demande pret_pour_le_vote
          expert_region       | projet_de_demande
          region              | brouillon proposition dossier_complet dossier_incomplet pret_pour_le_vote
          perdir              |
          invite              |
          """)
  void eachRoleGivesAnAvisOnADemandeInTheseStatuses(String role, String statuts) {
    Set<StatutDemande> attendus =
        statuts == null
            ? Set.of()
            : Arrays.stream(statuts.split(" +")).map(StatutDemande::of).collect(Collectors.toSet());
    Set<StatutDemande> permis = EnumSet.noneOf(StatutDemande.class);
    for (StatutDemande statut : StatutDemande.values()) {
      if (ReglesAvis.mayGive(Role.of(role), statut)) {
        permis.add(statut);
      }
    }
    assertThat(permis).containsExactlyInAnyOrderElementsOf(attendus);
  }

  /** Role of the reader, reader is the author → may edit or delete the avis. */
  @ParameterizedTest
  @CsvSource({
    "admin, false, true",
    "admin_region, false, true",
    "pilote_region, false, false",
    "pilote_region, true, true",
    "expert_region, true, true",
    "region, false, false"
  })
  void anAvisIsEditedByItsAuthorOrAnAdmin(String role, boolean auteur, boolean attendu) {
    assertThat(ReglesAvis.mayEdit(Role.of(role), 1, auteur ? 1 : 2)).isEqualTo(attendu);
  }

  /** Role of the reader, type, visible to all, reader is the author → sees it. */
  @ParameterizedTest
  @CsvSource({
    "perdir, consultatif, false, false, false",
    "perdir, consultatif, true, false, true",
    "perdir, prealable, false, false, true",
    "perdir, final, false, false, true",
    "region, consultatif, false, false, false",
    "region, consultatif, false, true, true",
    "expert_region, consultatif, false, false, false",
    "invite, consultatif, false, false, false",
    "admin, consultatif, false, false, true",
    "admin_region, consultatif, false, false, true",
    "gestionnaire_region, consultatif, false, false, true",
    "pilote, consultatif, false, false, true",
    "pilote_region, consultatif, false, false, true"
  })
  void aConsultatifAvisIsForTheInstructingStaffUnlessVisibleToAll(
      String role, String type, boolean visibleParTous, boolean auteur, boolean attendu) {
    assertThat(
            ReglesAvis.isVisible(
                Role.of(role),
                1,
                TypeAvis.valueOf(type.toUpperCase(java.util.Locale.ROOT)),
                visibleParTous,
                auteur ? 1 : 2))
        .isEqualTo(attendu);
  }
}
