package fr.education.orion.demande;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.education.orion.campagne.TypeDemande;
import fr.education.orion.compte.Role;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransitionsTest {

  /** Every role from every status: the targets written out, space-separated, empty for none. */
  @ParameterizedTest(name = "{0} depuis {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
        admin               | brouillon         | proposition dossier_complet dossier_incomplet projet_de_demande pret_pour_le_vote demande_validee refusee
        admin               | proposition       | dossier_complet dossier_incomplet projet_de_demande pret_pour_le_vote demande_validee refusee
        admin               | dossier_complet   | proposition dossier_incomplet projet_de_demande pret_pour_le_vote demande_validee refusee
        admin               | dossier_incomplet | proposition dossier_complet projet_de_demande pret_pour_le_vote demande_validee refusee
        admin               | projet_de_demande | proposition dossier_complet dossier_incomplet pret_pour_le_vote demande_validee refusee
        admin               | pret_pour_le_vote | proposition dossier_complet dossier_incomplet projet_de_demande demande_validee refusee
        admin               | demande_validee   | proposition dossier_complet dossier_incomplet projet_de_demande pret_pour_le_vote refusee
        admin               | refusee           | proposition dossier_complet dossier_incomplet projet_de_demande pret_pour_le_vote demande_validee
        admin               | supprimee         |
        pilote              | brouillon         |
        pilote              | proposition       |
        pilote              | dossier_complet   |
        pilote              | dossier_incomplet |
        pilote              | projet_de_demande |
        pilote              | pret_pour_le_vote |
        pilote              | demande_validee   |
        pilote              | refusee           |
        pilote              | supprimee         |
        admin_region        | brouillon         | proposition dossier_complet dossier_incomplet projet_de_demande pret_pour_le_vote demande_validee refusee
        admin_region        | proposition       | dossier_complet dossier_incomplet projet_de_demande pret_pour_le_vote demande_validee refusee
        admin_region        | dossier_complet   | proposition dossier_incomplet projet_de_demande pret_pour_le_vote demande_validee refusee
        admin_region        | dossier_incomplet | proposition dossier_complet projet_de_demande pret_pour_le_vote demande_validee refusee
        admin_region        | projet_de_demande | proposition dossier_complet dossier_incomplet pret_pour_le_vote demande_validee refusee
        admin_region        | pret_pour_le_vote | proposition dossier_complet dossier_incomplet projet_de_demande demande_validee refusee
        admin_region        | demande_validee   | proposition dossier_complet dossier_incomplet projet_de_demande pret_pour_le_vote refusee
        admin_region        | refusee           | proposition dossier_complet dossier_incomplet projet_de_demande pret_pour_le_vote demande_validee
        admin_region        | supprimee         |
        pilote_region       | brouillon         | proposition dossier_complet dossier_incomplet
        pilote_region       | proposition       | dossier_complet dossier_incomplet projet_de_demande
        pilote_region       | dossier_complet   | projet_de_demande
        pilote_region       | dossier_incomplet | projet_de_demande
        pilote_region       | projet_de_demande | pret_pour_le_vote
        pilote_region       | pret_pour_le_vote | demande_validee refusee
        pilote_region       | demande_validee   |
        pilote_region       | refusee           |
        pilote_region       | supprimee         |
        gestionnaire_region | brouillon         | proposition dossier_complet dossier_incomplet
        gestionnaire_region | proposition       | dossier_complet dossier_incomplet projet_de_demande
        gestionnaire_region | dossier_complet   | projet_de_demande
        gestionnaire_region | dossier_incomplet | projet_de_demande
        gestionnaire_region | projet_de_demande | pret_pour_le_vote
        gestionnaire_region | pret_pour_le_vote | demande_validee refusee
        gestionnaire_region | demande_validee   |
        gestionnaire_region | refusee           |
        gestionnaire_region | supprimee         |
        expert_region       | brouillon         |
        expert_region       | proposition       |
        expert_region       | dossier_complet   |
        expert_region       | dossier_incomplet |
        expert_region       | projet_de_demande |
        expert_region       | pret_pour_le_vote |
        expert_region       | demande_validee   |
        expert_region       | refusee           |
        expert_region       | supprimee         |
        region              | brouillon         |
        region              | proposition       |
        region              | dossier_complet   |
        region              | dossier_incomplet |
        region              | projet_de_demande |
        region              | pret_pour_le_vote |
        region              | demande_validee   |
        region              | refusee           |
        region              | supprimee         |
        perdir              | brouillon         |
        perdir              | proposition       |
        perdir              | dossier_complet   |
        perdir              | dossier_incomplet |
        perdir              | projet_de_demande |
        perdir              | pret_pour_le_vote |
        perdir              | demande_validee   |
        perdir              | refusee           |
        perdir              | supprimee         |
        invite              | brouillon         |
        invite              | proposition       |
        invite              | dossier_complet   |
        invite              | dossier_incomplet |
        invite              | projet_de_demande |
        invite              | pret_pour_le_vote |
        invite              | demande_validee   |
        invite              | refusee           |
        invite              | supprimee         |
          """)
  void eachRoleMovesADemandeFromEachStatusToTheseStatusesOnly(
      String role, String depuis, String cibles) {
    Set<StatutDemande> attendues =
        cibles == null
            ? Set.of()
            : Arrays.stream(cibles.trim().split(" +"))
                .map(StatutDemande::of)
                .collect(Collectors.toSet());
    assertThat(Transitions.cibles(Role.of(role.trim()), StatutDemande.of(depuis.trim())))
        .containsExactlyInAnyOrderElementsOf(attendues);
  }

  @Test
  void aRefusedChangeNamesBothStatuses() {
    assertThatThrownBy(
            () ->
                Transitions.check(
                    Role.PILOTE_REGION, StatutDemande.PROJET_DE_DEMANDE, StatutDemande.PROPOSITION))
        .isInstanceOf(ChangementStatutRefuse.class)
        .hasMessage(
            "Une demande « Projet de demande » ne peut pas passer au statut « Proposition ».");
  }

  @Test
  void anAllowedChangePasses() {
    Transitions.check(
        Role.GESTIONNAIRE_REGION, StatutDemande.PRET_POUR_LE_VOTE, StatutDemande.REFUSEE);
    Transitions.check(Role.ADMIN, StatutDemande.REFUSEE, StatutDemande.PROPOSITION);
  }

  @Test
  void aBatchIsRefusedWholeWithOneMessagePerRefusedDemande() {
    Map<NumeroDemande, StatutDemande> lot = new LinkedHashMap<>();
    lot.put(new NumeroDemande("BBBBBBBB"), StatutDemande.DEMANDE_VALIDEE);
    lot.put(new NumeroDemande("AAAAAAAA"), StatutDemande.PROJET_DE_DEMANDE);
    lot.put(new NumeroDemande("CCCCCCCC"), StatutDemande.PROPOSITION);
    assertThatThrownBy(
            () -> Transitions.checkBulk(Role.PILOTE_REGION, lot, StatutDemande.PRET_POUR_LE_VOTE))
        .isInstanceOf(ChangementStatutRefuse.class)
        .hasMessage(
            "Demande BBBBBBBB : Une demande « Demande validée » ne peut pas passer au statut"
                + " « Prêt pour le vote » : la décision est prise, il faut effectuer une"
                + " correction.\n"
                + "Demande CCCCCCCC : Une demande « Proposition » ne peut pas passer au statut"
                + " « Prêt pour le vote ».");
  }

  @Test
  void aBatchOfAllowedChangesPasses() {
    Transitions.checkBulk(
        Role.PILOTE_REGION,
        Map.of(
            new NumeroDemande("AAAAAAAA"), StatutDemande.PROJET_DE_DEMANDE,
            new NumeroDemande("BBBBBBBB"), StatutDemande.PROJET_DE_DEMANDE),
        StatutDemande.PRET_POUR_LE_VOTE);
  }

  /** Author, type, current status (empty for a new demande), draft button → status saved. */
  @ParameterizedTest(name = "{0} {1} {2} brouillon={3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          perdir              | ouverture_nette | -                 | false | proposition
          perdir              | ouverture_nette | -                 | true  | brouillon
          perdir              | fermeture       | brouillon         | true  | brouillon
          perdir              | fermeture       | brouillon         | false | proposition
          perdir              | fermeture       | dossier_incomplet | false | proposition
          perdir              | fermeture       | dossier_incomplet | true  | proposition
          perdir              | ajustement      | -                 | false | demande_validee
          pilote_region       | ajustement      | -                 | false | demande_validee
          pilote_region       | ouverture_nette | -                 | false | projet_de_demande
          gestionnaire_region | diminution      | -                 | false | projet_de_demande
          admin               | coloration      | -                 | false | projet_de_demande
          pilote_region       | ouverture_nette | proposition       | false | proposition
          admin_region        | ouverture_nette | demande_validee   | false | demande_validee
          """)
  void theFormSavesADemandeInThisStatus(
      String auteur, String type, String actuel, boolean brouillon, String attendu) {
    assertThat(
            Transitions.statutEnregistre(
                Role.of(auteur),
                TypeDemande.of(type),
                actuel.equals("-") ? null : StatutDemande.of(actuel),
                brouillon))
        .isEqualTo(StatutDemande.of(attendu));
  }
}
