package fr.education.orion.panorama;

import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.CodeDepartement;
import fr.education.orion.referentiel.NiveauDiplome;
import fr.education.orion.referentiel.Secteur;
import fr.education.orion.referentiel.TypeFamille;
import fr.education.orion.referentiel.Uai;
import fr.education.orion.referentiel.Voie;
import fr.education.orion.system.Problems;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The records of the panorama of a domaine de formation, as its page and its API show them. */
public final class DomainesFormation {

  private DomainesFormation() {}

  /** The voie a request asks for: {@code scolaire}, {@code apprentissage}, or null for both. */
  public static @Nullable String voie(@Nullable String valeur) {
    if (valeur == null || valeur.isBlank()) {
      return null;
    }
    if (Voie.duCode(valeur).isEmpty()) {
      throw Problems.badRequest(
          "La voie « " + valeur + " » est invalide : scolaire ou apprentissage.");
    }
    return valeur;
  }

  /**
   * A domaine de formation: a groupe de spécialités of the NSF (the 4th to 6th characters of a
   * CFD).
   *
   * @param nbFormations the formations of the perimeter in the domaine
   */
  public record Domaine(String codeNsf, String libelle, int nbFormations) {}

  /**
   * A formation of a domaine.
   *
   * @param renovee the formation replaced one or more older formations (BCN lineage)
   * @param typeFamille {@code 2nde_commune}, {@code 1ere_commune}, {@code specialite}, {@code
   *     option} or null
   * @param scolaire listed in the voie scolaire of the perimeter
   * @param apprentissage listed in the apprenticeship catalogue
   * @param nbEtablissements établissements of the territory offering it at the current rentrée
   */
  public record FormationDuDomaine(
      Cfd cfd,
      String libelle,
      NiveauDiplome codeNiveauDiplome,
      @Nullable String libelleNiveauDiplome,
      boolean renovee,
      @Nullable String typeFamille,
      boolean scolaire,
      boolean apprentissage,
      int nbEtablissements) {

    public @Nullable String libelleTypeFamille() {
      return TypeFamille.libelleDe(typeFamille);
    }
  }

  /**
   * The formations of a domaine in a territory.
   *
   * @param voie the voie asked for, null for both
   * @param rentreeScolaire the rentrée the établissements are counted at: the newest with
   *     headcounts (constat de rentrée)
   */
  public record FormationsDuDomaine(
      Domaine domaine,
      TerritoireChoisi territoire,
      @Nullable String voie,
      @Nullable String rentreeScolaire,
      List<FormationDuDomaine> formations) {}

  /**
   * An établissement offering a formation at a rentrée.
   *
   * @param libelle null when the référentiel does not know the UAI
   * @param secteur {@code PU} or {@code PR}, when known
   * @param voies the voies of its offers of the formation
   * @param effectifEntree pupils in the entry year, null when no headcount is known
   */
  public record EtablissementOffrant(
      Uai uai,
      @Nullable String libelle,
      @Nullable String commune,
      @Nullable CodeDepartement codeDepartement,
      @Nullable String libelleDepartement,
      @Nullable String secteur,
      List<String> voies,
      @Nullable Integer effectifEntree) {

    public @Nullable String libelleSecteur() {
      return Secteur.libelleDe(secteur);
    }
  }

  /**
   * The établissements offering a formation in a territory.
   *
   * @param rentreeScolaire the newest rentrée with headcounts, null when there is none
   */
  public record EtablissementsDeFormation(
      Cfd cfd,
      TerritoireChoisi territoire,
      @Nullable String voie,
      @Nullable String rentreeScolaire,
      List<EtablissementOffrant> etablissements) {}
}
