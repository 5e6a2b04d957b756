package fr.education.orion.indicateur;

import java.math.BigDecimal;
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
   */
  public record InserJeunesFormation(
      String millesime,
      String codeRegion,
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
      @Nullable BigDecimal tauxDevenirFavorable) {}

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
      String cfd,
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
}
