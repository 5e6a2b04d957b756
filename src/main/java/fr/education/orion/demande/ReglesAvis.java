package fr.education.orion.demande;

import fr.education.orion.compte.Role;

/**
 * Who gives, edits and sees the avis on a demande (§4.6). The scope (the demande's région) is the
 * caller's check; these rules are about roles, types and statuses.
 */
public final class ReglesAvis {

  private ReglesAvis() {}

  /**
   * Whether {@code role} may give an avis on a demande in {@code statut}, whose type {@link
   * TypeAvis#of} decides: holders of the avis permission; an expert only consultatif, the région
   * never consultatif; once decided, admins only.
   */
  public static boolean mayGive(Role role, StatutDemande statut) {
    if (statut == StatutDemande.SUPPRIMEE) {
      return false;
    }
    boolean admin = role == Role.ADMIN || role == Role.ADMIN_REGION;
    if (statut.estDecision() && !admin) {
      return false;
    }
    TypeAvis type = TypeAvis.of(statut);
    return switch (role) {
      case ADMIN, ADMIN_REGION, PILOTE_REGION, GESTIONNAIRE_REGION -> true;
      case EXPERT_REGION -> type == TypeAvis.CONSULTATIF;
      case REGION -> type != TypeAvis.CONSULTATIF;
      default -> false;
    };
  }

  /** An avis is edited or deleted by its author, or by an admin. */
  public static boolean mayEdit(Role role, long lecteurId, long auteurId) {
    return lecteurId == auteurId || role == Role.ADMIN || role == Role.ADMIN_REGION;
  }

  /**
   * Whether a reader who may read the demande sees an avis: a consultatif avis not marked visible
   * to all is for the staff who instruct (admin, admin_region, gestionnaire_region, pilote,
   * pilote_region) and its author; every other avis is seen by all readers of the demande.
   */
  public static boolean isVisible(
      Role role, long lecteurId, TypeAvis type, boolean visibleParTous, long auteurId) {
    if (type != TypeAvis.CONSULTATIF || visibleParTous || lecteurId == auteurId) {
      return true;
    }
    return switch (role) {
      case ADMIN, ADMIN_REGION, GESTIONNAIRE_REGION, PILOTE, PILOTE_REGION -> true;
      default -> false;
    };
  }
}
