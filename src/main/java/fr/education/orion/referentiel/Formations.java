package fr.education.orion.referentiel;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The records of formations, as pages, the API and exports show them. */
public final class Formations {

  private Formations() {}

  /** A formation in a list. */
  public record FormationResume(
      String cfd,
      String libelle,
      String codeNiveauDiplome,
      @Nullable String libelleNiveauDiplome,
      String codeNsf,
      @Nullable String libelleNsf,
      @Nullable LocalDate dateOuverture,
      @Nullable LocalDate dateFermeture,
      boolean perimetre) {}

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
      List<FormationLiee> formationsLiees) {

    public @Nullable String libelleDe(String cfd) {
      return formationsLiees.stream()
          .filter(liee -> liee.cfd().equals(cfd))
          .map(FormationLiee::libelle)
          .findFirst()
          .orElse(null);
    }

    public boolean ouverte(LocalDate date) {
      return dateFermeture == null || dateFermeture.isAfter(date);
    }
  }

  /** A niveau de diplôme, for filters. */
  public record NiveauDiplome(String code, String libelle) {}
}
