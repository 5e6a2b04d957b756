package fr.education.orion.indicateur;

import java.math.BigDecimal;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The rates of Orion, as SQL fragments. InserJeunes rates are fractions, null when the (summed)
 * denominator is under {@value #SEUIL_INSERJEUNES}; each denominator only counts rows whose
 * numerator is known.
 */
public final class Taux {

  /** Below this many leavers the DEPP does not publish a rate, and neither does Orion. */
  public static final int SEUIL_INSERJEUNES = 20;

  private Taux() {}

  /** Taux d'emploi à 6 mois: leavers in employment / leavers not continuing their studies. */
  public static Field<BigDecimal> emploi6mois(
      Field<Integer> nbEnEmploi6mois, Field<Integer> nbSortants) {
    return ratio(nbEnEmploi6mois, nbSortants, nbEnEmploi6mois.isNotNull());
  }

  /** Taux de poursuite d'études: pupils continuing their studies / pupils in the final year. */
  public static Field<BigDecimal> poursuite(
      Field<Integer> nbPoursuiteEtudes, Field<Integer> nbAnneeTerminale) {
    return ratio(nbPoursuiteEtudes, nbAnneeTerminale, nbPoursuiteEtudes.isNotNull());
  }

  /** Taux de devenir favorable: (in employment + continuing) / pupils in the final year. */
  public static Field<BigDecimal> devenirFavorable(
      Field<Integer> nbPoursuiteEtudes,
      Field<Integer> nbEnEmploi6mois,
      Field<Integer> nbAnneeTerminale) {
    return ratio(
        nbPoursuiteEtudes.plus(nbEnEmploi6mois),
        nbAnneeTerminale,
        nbPoursuiteEtudes.isNotNull().and(nbEnEmploi6mois.isNotNull()));
  }

  /**
   * Wishes per place of one offer: first-rank wishes (Affelnet) or confirmed wishes (Parcoursup)
   * over the capacity; null when the capacity is unknown. The taux de pression and, for BTS, the
   * taux de demande.
   */
  public static Field<BigDecimal> voeuxParPlace(Field<Integer> voeux, Field<Integer> capacite) {
    return voeux.cast(SQLDataType.NUMERIC).div(DSL.nullif(capacite, 0).cast(SQLDataType.NUMERIC));
  }

  /**
   * Σ wishes / Σ places over the offers of a group where both are known: the taux de pression of a
   * territory (Affelnet, BTS excluded by the caller) or its taux de demande (Parcoursup, BTS only).
   * Orion's reference counted the wishes of offers whose capacity was unknown or discarded in the
   * numerator; that inflates the rate, so both sums here cover the same offers.
   */
  public static Field<BigDecimal> voeuxParPlaceAgreges(
      Field<Integer> voeux, Field<Integer> capacite) {
    return sommeSurSomme(voeux, capacite);
  }

  /**
   * Σ pupils at entry / Σ places over the offers of a group where both are known: the taux de
   * remplissage of a territory.
   */
  public static Field<BigDecimal> remplissageAgrege(
      Field<Integer> effectifEntree, Field<Integer> capacite) {
    return sommeSurSomme(effectifEntree, capacite);
  }

  /** Pupils at entry over the capacity of one offer; null when either is unknown. */
  public static Field<BigDecimal> remplissage(
      Field<Integer> effectifEntree, Field<Integer> capacite) {
    return effectifEntree
        .cast(SQLDataType.NUMERIC)
        .div(DSL.nullif(capacite, 0).cast(SQLDataType.NUMERIC));
  }

  /**
   * A rate the DEPP publishes as an integer percentage (57), as a fraction (0.57); a difference of
   * two rates (valeur ajoutée) likewise.
   */
  public static Field<BigDecimal> publie(Field<Integer> pourcentage) {
    return pourcentage
        .cast(SQLDataType.NUMERIC(7, 2))
        .div(DSL.inline(BigDecimal.valueOf(100)))
        .cast(SQLDataType.NUMERIC(7, 2));
  }

  private static Field<BigDecimal> sommeSurSomme(
      Field<Integer> numerator, Field<Integer> denominator) {
    Condition both = numerator.isNotNull().and(denominator.isNotNull());
    return DSL.sum(DSL.when(both, numerator))
        .cast(SQLDataType.NUMERIC)
        .div(
            DSL.nullif(DSL.sum(DSL.when(both, denominator)), BigDecimal.ZERO)
                .cast(SQLDataType.NUMERIC));
  }

  /**
   * Σ numerator / Σ denominator over the rows of a group where the numerator is known; null under
   * the threshold.
   */
  private static Field<BigDecimal> ratio(
      Field<Integer> numerator, Field<Integer> denominator, Condition numeratorKnown) {
    Field<BigDecimal> sumDenominator =
        DSL.sum(DSL.when(numeratorKnown, denominator)).cast(SQLDataType.NUMERIC);
    return DSL.when(
        sumDenominator.ge(BigDecimal.valueOf(SEUIL_INSERJEUNES)),
        DSL.sum(DSL.when(numeratorKnown, numerator)).cast(SQLDataType.NUMERIC).div(sumDenominator));
  }
}
