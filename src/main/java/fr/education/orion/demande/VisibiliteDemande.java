package fr.education.orion.demande;

import fr.education.orion.compte.Role;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.Uai;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who reads a demande (§3.2): the one predicate the lists, the synthèse and the exports apply,
 * written in SQL by their readers after this model.
 */
public final class VisibiliteDemande {

  private VisibiliteDemande() {}

  /**
   * Whether a reader sees a demande.
   *
   * <ul>
   *   <li>supprimée: nobody;
   *   <li>brouillon: the users of its UAI, or its creator when the reader has no UAI;
   *   <li>invite: the decisions only (validée, refusée), of the invite's région when it has one;
   *   <li>region: from dossier complet onwards (dossier incomplet, still a proposal, excluded), of
   *       its région;
   *   <li>others by scope: admin and pilote everything, perdir their UAIs, regional roles their
   *       région.
   * </ul>
   */
  public static boolean isVisible(
      Role role,
      @Nullable CodeRegion regionLecteur,
      Set<Uai> uaisLecteur,
      long lecteurId,
      StatutDemande statut,
      CodeRegion regionDemande,
      Uai uaiDemande,
      long createurId) {
    if (statut == StatutDemande.SUPPRIMEE) {
      return false;
    }
    if (statut == StatutDemande.BROUILLON) {
      return uaisLecteur.isEmpty() ? lecteurId == createurId : uaisLecteur.contains(uaiDemande);
    }
    boolean deSaRegion = regionDemande.equals(regionLecteur);
    return switch (role) {
      case ADMIN, PILOTE -> true;
      case INVITE -> statut.estDecision() && (regionLecteur == null || deSaRegion);
      case REGION ->
          deSaRegion
              && statut != StatutDemande.PROPOSITION
              && statut != StatutDemande.DOSSIER_INCOMPLET;
      case PERDIR -> uaisLecteur.contains(uaiDemande);
      case ADMIN_REGION, PILOTE_REGION, GESTIONNAIRE_REGION, EXPERT_REGION -> deSaRegion;
    };
  }
}
