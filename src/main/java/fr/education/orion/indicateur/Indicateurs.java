package fr.education.orion.indicateur;

import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.CodeRegion;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The records of indicators, as the API and the pages show them. Rates are fractions in [0, 1]. */
public final class Indicateurs {

  private Indicateurs() {}

  /**
   * InserJeunes counts of a formation in a région for a millésime, with the rates computed from
   * them.
   *
   * @param codeDispositif the dispositif of the voie scolaire row (null for apprenticeship)
   * @param effectifSortie pupils in the final year
   * @param cfdContinuum the predecessor whose counts a renovated formation carries, when it has
   *     none of its own; null for its own counts
   */
  public record InserJeunesFormation(
      String millesime,
      CodeRegion codeRegion,
      String voie,
      @Nullable String codeDispositif,
      @Nullable Integer effectifSortie,
      @Nullable Integer nbSortants,
      @Nullable Integer nbPoursuiteEtudes,
      @Nullable Integer nbInsertion6mois,
      @Nullable Integer nbInsertion12mois,
      @Nullable Integer nbInsertion24mois,
      @Nullable BigDecimal tauxInsertion6mois,
      @Nullable BigDecimal tauxPoursuite,
      @Nullable BigDecimal tauxDevenirFavorable,
      @Nullable Cfd cfdContinuum) {}

  /**
   * InserJeunes counts of one formation of an établissement for a millésime, with the rates
   * computed from them.
   *
   * @param cfd the formation: through N_MEF for the voie scolaire (null when the MEFSTAT11 is not
   *     there), as published for apprenticeship
   * @param codeDispositif the dispositif of the voie scolaire row (null for apprenticeship)
   * @param codeFormation the code InserJeunes publishes the row under: the MEFSTAT11 of the final
   *     year (scolaire) or the CFD (apprentissage)
   * @param effectifSortie pupils in the final year
   */
  public record InserJeunesOffre(
      String millesime,
      String voie,
      @Nullable String cfd,
      @Nullable String codeDispositif,
      @Nullable String libelleFormation,
      String codeFormation,
      @Nullable Integer effectifSortie,
      @Nullable Integer nbSortants,
      @Nullable Integer nbPoursuiteEtudes,
      @Nullable Integer nbInsertion6mois,
      @Nullable Integer nbInsertion12mois,
      @Nullable Integer nbInsertion24mois,
      @Nullable BigDecimal tauxInsertion6mois,
      @Nullable BigDecimal tauxPoursuite,
      @Nullable BigDecimal tauxDevenirFavorable) {}

  /**
   * One offer of an établissement at a rentrée: the headcount of each year of the dispositif and at
   * entry, the capacity and wishes of the entry year (Affelnet, or Parcoursup for BTS).
   *
   * @param premiersVoeux Affelnet first-rank wishes, or Parcoursup confirmed wishes for a BTS
   * @param tauxPression wishes per place, except for BTS
   * @param tauxDemande wishes per place of a BTS
   * @param tauxRemplissage pupils at entry per place
   */
  public record Offre(
      String rentreeScolaire,
      Cfd cfd,
      String codeDispositif,
      @Nullable String libelleFormation,
      String voie,
      @Nullable Integer effectif1,
      @Nullable Integer effectif2,
      @Nullable Integer effectif3,
      @Nullable Integer effectifEntree,
      @Nullable Integer capacite,
      @Nullable Integer premiersVoeux,
      @Nullable BigDecimal tauxPression,
      @Nullable BigDecimal tauxDemande,
      @Nullable BigDecimal tauxRemplissage) {}

  /**
   * The DEPP's InserJeunes indicators of an établissement for a millésime and a périmètre, as the
   * DEPP publishes them, its integer percentages written as fractions (57 % is 0.57); null where
   * the DEPP gives none ("nd", or too few pupils), and for the shares before 2020_2021.
   *
   * @param perimetre {@code ensemble}, {@code apprentis} or {@code scolaires} for a lycée (its
   *     "pro" file), {@code apprentissage} for a CFA (its "apprentissage" file)
   * @param tauxPoursuite final-year pupils who continue their studies
   * @param tauxEmploi6mois leavers (final-year pupils not continuing) in salaried employment 6
   *     months after leaving
   * @param tauxAttendu the taux d'emploi the DEPP expects given the pupils, the formations and the
   *     local labour market
   * @param valeurAjoutee tauxEmploi6mois − tauxAttendu (within the rounding of each)
   * @param partPoursuite final-year pupils continuing their studies
   * @param partEmploi6mois final-year pupils in employment 6 months after leaving
   * @param partAutresSituations final-year pupils in neither
   * @param fichier the DEPP file of the line, as published
   */
  public record InserJeunesEtablissement(
      String millesime,
      String perimetre,
      @Nullable BigDecimal tauxPoursuite,
      @Nullable BigDecimal tauxEmploi6mois,
      @Nullable BigDecimal tauxAttendu,
      @Nullable BigDecimal valeurAjoutee,
      @Nullable BigDecimal partPoursuite,
      @Nullable BigDecimal partEmploi6mois,
      @Nullable BigDecimal partAutresSituations,
      String fichier) {}

  /** The lines of one DEPP file for an établissement (one per périmètre), as a page shows them. */
  public record InserJeunesFichier(
      String millesime, String fichier, List<InserJeunesEtablissement> lignes) {

    /** The two years of leavers a millésime cumulates: {@code 2021_2022} → 2021 et 2022. */
    public String sortants() {
      return Millesime.of(millesime).sortants();
    }
  }
}
