package fr.education.orion.indicateur;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The records of indicators, as the API and the pages show them. Rates are fractions in [0, 1]. */
public final class Indicateurs {

  public static final String VOIE_SCOLAIRE = "scolaire";
  public static final String VOIE_APPRENTISSAGE = "apprentissage";

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
      @Nullable BigDecimal tauxDevenirFavorable,
      @Nullable String cfdContinuum) {}

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
