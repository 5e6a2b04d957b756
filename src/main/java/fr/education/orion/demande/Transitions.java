package fr.education.orion.demande;

import static fr.education.orion.demande.StatutDemande.BROUILLON;
import static fr.education.orion.demande.StatutDemande.DEMANDE_VALIDEE;
import static fr.education.orion.demande.StatutDemande.PROJET_DE_DEMANDE;
import static fr.education.orion.demande.StatutDemande.PROPOSITION;
import static fr.education.orion.demande.StatutDemande.SUPPRIMEE;

import fr.education.orion.campagne.TypeDemande;
import fr.education.orion.compte.Role;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The statuses a demande may be moved to, and the status the form gives it (§4.5). The one place of
 * these rules: pages offer {@link #cibles}, use cases call {@link #check} or {@link #checkBulk}.
 *
 * <ul>
 *   <li>admin, admin_region: any status but brouillon, supprimée and the current one, backwards
 *       too, even after a decision.
 *   <li>pilote_region, gestionnaire_region: forward only, to a status of a higher order in the same
 *       step or the next one, and nothing from a decision:
 *       <pre>
 * brouillon          → proposition, dossier complet, dossier incomplet
 * proposition        → dossier complet, dossier incomplet, projet de demande
 * dossier complet    → projet de demande
 * dossier incomplet  → projet de demande
 * projet de demande  → prêt pour le vote
 * prêt pour le vote  → demande validée, refusée
 * validée, refusée   → none (a correction instead)
 *       </pre>
 *   <li>every other role: nothing.
 * </ul>
 *
 * A deleted demande is gone for everyone: nothing leads out of supprimée.
 */
public final class Transitions {

  private Transitions() {}

  /** The statuses {@code role} may move a demande in status {@code actuel} to. */
  public static Set<StatutDemande> cibles(Role role, StatutDemande actuel) {
    Set<StatutDemande> cibles = EnumSet.noneOf(StatutDemande.class);
    if (actuel == SUPPRIMEE) {
      return cibles;
    }
    for (StatutDemande cible : StatutDemande.values()) {
      if (cible != actuel
          && cible != BROUILLON
          && cible != SUPPRIMEE
          && permise(role, actuel, cible)) {
        cibles.add(cible);
      }
    }
    return cibles;
  }

  private static boolean permise(Role role, StatutDemande actuel, StatutDemande cible) {
    return switch (role) {
      case ADMIN, ADMIN_REGION -> true;
      case PILOTE_REGION, GESTIONNAIRE_REGION -> !actuel.estDecision() && enAvant(actuel, cible);
      default -> false;
    };
  }

  /** A higher order, in the same step or the next one. */
  private static boolean enAvant(StatutDemande actuel, StatutDemande cible) {
    int etape = actuel.etape().orElseThrow();
    int etapeCible = cible.etape().orElseThrow();
    return cible.ordre().orElseThrow() > actuel.ordre().orElseThrow()
        && (etapeCible == etape || etapeCible == etape + 1);
  }

  /**
   * @throws ChangementStatutRefuse naming both statuses when {@code role} may not move a demande
   *     from {@code actuel} to {@code cible}
   */
  public static void check(Role role, StatutDemande actuel, StatutDemande cible) {
    String refus = refus(role, actuel, cible);
    if (refus != null) {
      throw new ChangementStatutRefuse(refus);
    }
  }

  /**
   * The change of status of several demandes at once: all or none. Refused when any one is, with
   * one message per refused demande, by numéro.
   */
  public static void checkBulk(
      Role role, Map<NumeroDemande, StatutDemande> actuels, StatutDemande cible) {
    List<String> messages =
        actuels.entrySet().stream()
            .sorted(Comparator.comparing(e -> e.getKey().code()))
            .flatMap(
                e ->
                    Stream.ofNullable(refus(role, e.getValue(), cible))
                        .map(m -> "Demande " + e.getKey() + " : " + m))
            .toList();
    if (!messages.isEmpty()) {
      throw new ChangementStatutRefuse(String.join("\n", messages));
    }
  }

  /** Why the change is refused, or null when it is allowed. */
  private static @Nullable String refus(Role role, StatutDemande actuel, StatutDemande cible) {
    if (cibles(role, actuel).contains(cible)) {
      return null;
    }
    String base =
        "Une demande « "
            + actuel.libelle()
            + " » ne peut pas passer au statut « "
            + cible.libelle()
            + " »";
    if (actuel.estDecision() && (role == Role.PILOTE_REGION || role == Role.GESTIONNAIRE_REGION)) {
      return base + " : la décision est prise, il faut effectuer une correction.";
    }
    return base + ".";
  }

  /**
   * The status a demande takes when its form is saved by {@code auteur}: an ajustement is decided
   * at once; a perdir submits a proposition (or keeps a draft with the draft button; re-submitting
   * a dossier incomplet makes it a proposition again); regional staff creating one skip the review
   * of proposals; any other save keeps the current status.
   *
   * @param actuel null for a new demande
   */
  public static StatutDemande statutEnregistre(
      Role auteur, TypeDemande type, @Nullable StatutDemande actuel, boolean brouillon) {
    if (type == TypeDemande.AJUSTEMENT) {
      return DEMANDE_VALIDEE;
    }
    if (auteur == Role.PERDIR) {
      return brouillon && (actuel == null || actuel == BROUILLON) ? BROUILLON : PROPOSITION;
    }
    return actuel == null ? PROJET_DE_DEMANDE : actuel;
  }
}
