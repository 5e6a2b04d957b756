package fr.education.orion.campagne;

import fr.education.orion.compte.Role;
import fr.education.orion.referentiel.CodeRegion;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The campaign a user works in (reference §4.7), with the user's région's campaign of that year
 * when there is one. The one place that rule is written:
 *
 * <ul>
 *   <li>a user whose région has a regional campaign en cours works in that year's national
 *       campaign;
 *   <li>otherwise a regional user works in the oldest national campaign en cours, a national user
 *       (admin, pilote) in the most recent one;
 *   <li>with no campaign en cours, in the most recent campaign, whatever its statut, so that the
 *       user is told why nothing may be entered (none at all: empty).
 * </ul>
 *
 * The "previous campaign" is the most recent terminée one.
 */
public record CampagneCourante(Campagne campagne, @Nullable CampagneRegionale regionale) {

  private static final Comparator<Campagne> PAR_ANNEE = Comparator.comparing(Campagne::annee);

  /**
   * The current campaign of a user of this role and région, among all national campaigns and the
   * regional campaigns of any région (only the user's count).
   */
  public static Optional<CampagneCourante> of(
      List<Campagne> campagnes,
      List<CampagneRegionale> regionales,
      Role role,
      @Nullable CodeRegion codeRegion) {
    List<CampagneRegionale> deLaRegion =
        regionales.stream()
            .filter(regionale -> codeRegion != null && regionale.codeRegion().equals(codeRegion))
            .toList();
    Optional<Campagne> parLaRegion =
        deLaRegion.stream()
            .filter(CampagneRegionale::enCours)
            .flatMap(
                regionale -> campagnes.stream().filter(c -> c.annee().equals(regionale.annee())))
            .max(PAR_ANNEE);
    List<Campagne> enCours = campagnes.stream().filter(Campagne::enCours).toList();
    boolean national = role == Role.ADMIN || role == Role.PILOTE;
    Optional<Campagne> campagne =
        parLaRegion
            .or(() -> national ? enCours.stream().max(PAR_ANNEE) : enCours.stream().min(PAR_ANNEE))
            .or(() -> campagnes.stream().max(PAR_ANNEE));
    return campagne.map(
        choisie ->
            new CampagneCourante(
                choisie,
                deLaRegion.stream()
                    .filter(regionale -> regionale.annee().equals(choisie.annee()))
                    .findFirst()
                    .orElse(null)));
  }

  /** The most recent terminée campaign. */
  public static Optional<Campagne> precedente(List<Campagne> campagnes) {
    return campagnes.stream()
        .filter(campagne -> campagne.statut() == StatutCampagne.TERMINEE)
        .max(PAR_ANNEE);
  }
}
