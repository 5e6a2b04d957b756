package fr.education.orion.referentiel;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The records of formations, as pages, the API and exports show them. */
public final class Formations {

  private Formations() {}

  /** A formation in a list. */
  public record FormationResume(
      Cfd cfd,
      String libelle,
      String codeNiveauDiplome,
      @Nullable String libelleNiveauDiplome,
      String codeNsf,
      @Nullable String libelleNsf,
      @Nullable LocalDate dateOuverture,
      @Nullable LocalDate dateFermeture,
      boolean perimetre) {}

  /**
   * A formation a demande may name (§2.3.7): any CFD of the BCN; {@code ouverte} when it is not
   * closed before 1 September of the rentrée asked about, {@code fcil} by its niveau ({@link
   * fr.education.orion.referentiel.NiveauDiplome#fcil()}), its dispositifs those of its MEFs.
   */
  public record FormationDemandable(
      Cfd cfd,
      String libelle,
      String codeNiveauDiplome,
      @Nullable String libelleNiveauDiplome,
      boolean fcil,
      boolean ouverte,
      @Nullable LocalDate dateFermeture,
      List<DispositifFormation> dispositifs) {}

  /** A dispositif of a formation: its code and label (N_DISPOSITIF_FORMATION). */
  public record DispositifFormation(String codeDispositif, @Nullable String libelle) {}

  /** A formation whose label is close to a search that found none (« Vouliez-vous dire … ? »). */
  public record FormationProche(Cfd cfd, String libelle) {}

  /** A dispositif of a formation and the MEFSTAT11 of each of its years. */
  public record Dispositif(
      String codeDispositif, @Nullable String libelle, List<String> mefstat11) {}

  /** Another formation named on a formation's page. */
  public record FormationLiee(String cfd, @Nullable String libelle) {}

  /** A famille de métiers, or a BCN groupe de formation, the formation belongs to. */
  public record Famille(
      @Nullable String cfdFamille, String libelle, @Nullable String type, String origine) {}

  /**
   * One formation with everything the référentiel knows of it.
   *
   * @param typeFamille {@code 2nde_commune}, {@code 1ere_commune}, {@code specialite}, {@code
   *     option} or null
   * @param perimetre true when the formation is in the official list of vocational diplomas or
   *     offered in the apprenticeship catalogue
   * @param codeRncp the number of the RNCP fiche the list of vocational diplomas gives, Orion's
   *     corrections applied
   * @param diplomeProfessionnel what the list of vocational diplomas says, Orion's corrections
   *     applied; null outside the perimeter
   * @param rncp every RNCP code of the formation ({@code RNCP35807}) in the list of vocational
   *     diplomas, Certif Info and the France compétences kit
   * @param fichesRncp the RNCP fiches of the kit apprentissage
   * @param metiers the ROME fiches the formation leads to (formations of the perimeter)
   * @param actionsPrioritaires where the formation is an action prioritaire
   */
  public record FormationDetail(
      String cfd,
      String libelle,
      String codeNiveauDiplome,
      @Nullable String libelleNiveauDiplome,
      String codeNsf,
      @Nullable String libelleNsf,
      @Nullable LocalDate dateOuverture,
      @Nullable LocalDate dateFermeture,
      @Nullable String typeFamille,
      List<Dispositif> dispositifs,
      List<String> ancienCfds,
      List<String> nouveauCfds,
      boolean perimetre,
      @Nullable String codeRncp,
      List<Famille> familles,
      List<FormationLiee> formationsLiees,
      @Nullable DiplomeCorrige diplomeProfessionnel,
      List<String> rncp,
      List<FicheRncp> fichesRncp,
      List<Metier> metiers,
      List<ActionPrioritaire> actionsPrioritaires) {

    /**
     * The label of a formation of the lineage, or null when the référentiel has none (a CFD the
     * lineage names but the BCN no longer describes, e.g. BIOQUALITE's predecessors).
     */
    public @Nullable String libelleDe(String cfd) {
      return formationsLiees.stream()
          .filter(liee -> liee.cfd().equals(cfd))
          .findFirst()
          .map(FormationLiee::libelle)
          .orElse(null);
    }

    public boolean ouverte(LocalDate date) {
      return dateFermeture == null || dateFermeture.isAfter(date);
    }
  }

  /** A ROME fiche a formation leads to, and whether it matters to the three transitions. */
  public record Metier(
      String codeRome,
      String libelleRome,
      boolean transitionEcologique,
      boolean transitionNumerique,
      boolean transitionDemographique) {}

  /** A région where a formation, in a dispositif, is an action prioritaire. */
  public record ActionPrioritaire(
      String codeRegion,
      @Nullable String libelleRegion,
      String codeDispositif,
      @Nullable String libelleDispositif) {}

  /** An RNCP fiche of a formation in the France compétences kit apprentissage. */
  public record FicheRncp(
      String codeRncp,
      @Nullable String niveau,
      @Nullable Boolean active,
      @Nullable LocalDate dateEcheance,
      @Nullable Boolean accesApprentissage) {}

  /** A niveau de diplôme, for filters. */
  public record NiveauDiplome(String code, String libelle) {}
}
