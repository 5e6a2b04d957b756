package fr.education.orion.demande;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.compte.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReglesEditionTest {

  private static final String AVANT_VOTE =
      "brouillon proposition dossier_incomplet dossier_complet projet_de_demande pret_pour_le_vote";

  /** Role → the statuses in which it edits, then those in which it deletes. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          admin               | AVANT_VOTE demande_validee refusee | AVANT_VOTE demande_validee refusee
          admin_region        | AVANT_VOTE demande_validee refusee | AVANT_VOTE demande_validee refusee
          pilote_region       | AVANT_VOTE                         | AVANT_VOTE
          gestionnaire_region | AVANT_VOTE                         | AVANT_VOTE
          perdir              | brouillon proposition dossier_incomplet | brouillon proposition dossier_incomplet
          expert_region       |                                    |
          region              |                                    |
          pilote              |                                    |
          invite              |                                    |
          """)
  void eachRoleEditsAndDeletesInTheseStatuses(String role, String edition, String suppression) {
    Set<StatutDemande> editables = EnumSet.noneOf(StatutDemande.class);
    Set<StatutDemande> supprimables = EnumSet.noneOf(StatutDemande.class);
    for (StatutDemande statut : StatutDemande.values()) {
      if (ReglesEdition.mayEdit(Role.of(role), statut)) {
        editables.add(statut);
      }
      if (ReglesEdition.mayDelete(Role.of(role), statut)) {
        supprimables.add(statut);
      }
    }
    assertThat(editables).containsExactlyInAnyOrderElementsOf(statuts(edition));
    assertThat(supprimables).containsExactlyInAnyOrderElementsOf(statuts(suppression));
  }

  private static Set<StatutDemande> statuts(String liste) {
    return liste == null
        ? Set.of()
        : Arrays.stream(liste.replace("AVANT_VOTE", AVANT_VOTE).split(" +"))
            .map(StatutDemande::of)
            .collect(Collectors.toSet());
  }
}
