package fr.education.orion.demande;

import static fr.education.orion.demande.StatutDemande.BROUILLON;
import static fr.education.orion.demande.StatutDemande.DEMANDE_VALIDEE;
import static fr.education.orion.demande.StatutDemande.DOSSIER_COMPLET;
import static fr.education.orion.demande.StatutDemande.DOSSIER_INCOMPLET;
import static fr.education.orion.demande.StatutDemande.PRET_POUR_LE_VOTE;
import static fr.education.orion.demande.StatutDemande.PROJET_DE_DEMANDE;
import static fr.education.orion.demande.StatutDemande.PROPOSITION;
import static fr.education.orion.demande.StatutDemande.REFUSEE;

import fr.education.orion.compte.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which statuses let a role edit or delete a demande's form (§3.3). The scope and the campaign
 * being open are the use case's checks; these are about the workflow: a perdir edits its proposal
 * until it is judged complete, the regional writers until the vote, admins even after the decision.
 */
public final class ReglesEdition {

  private static final Set<StatutDemande> PERDIR =
      EnumSet.of(BROUILLON, PROPOSITION, DOSSIER_INCOMPLET);
  private static final Set<StatutDemande> REDACTEURS =
      EnumSet.of(
          BROUILLON,
          PROPOSITION,
          DOSSIER_INCOMPLET,
          DOSSIER_COMPLET,
          PROJET_DE_DEMANDE,
          PRET_POUR_LE_VOTE);
  private static final Set<StatutDemande> ADMINS =
      EnumSet.of(
          BROUILLON,
          PROPOSITION,
          DOSSIER_INCOMPLET,
          DOSSIER_COMPLET,
          PROJET_DE_DEMANDE,
          PRET_POUR_LE_VOTE,
          DEMANDE_VALIDEE,
          REFUSEE);

  private ReglesEdition() {}

  /**
   * The statuses in which {@code role} may edit the form; none for the roles without {@code
   * demande/ecriture} (pilote, expert_region, region, invite).
   */
  public static Set<StatutDemande> statutsEditables(Role role) {
    return switch (role) {
      case ADMIN, ADMIN_REGION -> ADMINS;
      case PILOTE_REGION, GESTIONNAIRE_REGION -> REDACTEURS;
      case PERDIR -> PERDIR;
      case PILOTE, EXPERT_REGION, REGION, INVITE -> Set.of();
    };
  }

  public static boolean mayEdit(Role role, StatutDemande statut) {
    return statutsEditables(role).contains(statut);
  }

  /**
   * Deleting needs the right to edit, and is not for experts nor the région: stated apart so that
   * it holds should they be given the right to write.
   */
  public static boolean mayDelete(Role role, StatutDemande statut) {
    return mayEdit(role, statut) && role != Role.EXPERT_REGION && role != Role.REGION;
  }
}
