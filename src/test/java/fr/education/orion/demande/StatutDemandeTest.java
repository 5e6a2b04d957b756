package fr.education.orion.demande;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatutDemandeTest {

  /** Code, label, step, order, stepper's step, decision (-1: none). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          brouillon         | Brouillon         |  0 |  0 |                         | false
          proposition       | Proposition       |  1 |  1 | Revue de la proposition | false
          dossier_complet   | Dossier complet   |  1 |  2 | Revue de la proposition | false
          dossier_incomplet | Dossier incomplet |  1 |  2 | Revue de la proposition | false
          projet_de_demande | Projet de demande |  2 |  3 | Instruction du projet   | false
          pret_pour_le_vote | Prêt pour le vote |  3 |  4 | Phase de vote           | false
          demande_validee   | Demande validée   |  4 |  5 | Résultat                | true
          refusee           | Refusée           |  4 |  5 | Résultat                | true
          supprimee         | Supprimée         | -1 | -1 |                         | false
          """)
  void eachStatusHasItsLabelStepAndOrder(
      String code, String libelle, int etape, int ordre, String etapeStepper, boolean decision) {
    StatutDemande statut = StatutDemande.of(code);
    assertThat(statut.code()).isEqualTo(code);
    assertThat(statut.libelle()).isEqualTo(libelle);
    assertThat(statut.etape().orElse(-1)).isEqualTo(etape);
    assertThat(statut.ordre().orElse(-1)).isEqualTo(ordre);
    assertThat(statut.etapeStepper().map(Etape::libelle).orElse(null)).isEqualTo(etapeStepper);
    assertThat(statut.estDecision()).isEqualTo(decision);
  }
}
