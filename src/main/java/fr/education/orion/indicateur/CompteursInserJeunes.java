package fr.education.orion.indicateur;

import static fr.education.orion.schema.Tables.INSERJEUNES_FORMATION_REGION;

import java.math.BigDecimal;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The InserJeunes counts of each formation per région, voie and millésime, for the queries of other
 * modules that sum them over their own scope; the rates of a group of rows ({@link #emploi()}…) are
 * those of {@link Taux}, Σ/Σ over the rows.
 */
public final class CompteursInserJeunes {

  private CompteursInserJeunes() {}

  public static Table<?> compteurs() {
    return INSERJEUNES_FORMATION_REGION;
  }

  /** {@code AAAA_AAAA}. */
  public static Field<String> millesime() {
    return INSERJEUNES_FORMATION_REGION.MILLESIME;
  }

  public static Field<String> codeRegion() {
    return INSERJEUNES_FORMATION_REGION.CODE_REGION;
  }

  /** {@code scolaire} or {@code apprentissage}. */
  public static Field<String> voie() {
    return INSERJEUNES_FORMATION_REGION.VOIE;
  }

  public static Field<String> cfd() {
    return INSERJEUNES_FORMATION_REGION.CFD;
  }

  /**
   * The CFD whose counts a renovated formation carries from its predecessor; null on the
   * formation's own counts.
   */
  public static Field<String> cfdContinuum() {
    return INSERJEUNES_FORMATION_REGION.CFD_CONTINUUM;
  }

  /** Pupils in the final year. */
  public static Field<Integer> nbAnneeTerm() {
    return INSERJEUNES_FORMATION_REGION.NB_ANNEE_TERM;
  }

  /** Leavers: pupils of the final year who did not go on studying. */
  public static Field<Integer> nbSortant() {
    return INSERJEUNES_FORMATION_REGION.NB_SORTANT;
  }

  public static Field<Integer> nbPoursuiteEtudes() {
    return INSERJEUNES_FORMATION_REGION.NB_POURSUITE_ETUDES;
  }

  public static Field<Integer> nbEnEmploi6Mois() {
    return INSERJEUNES_FORMATION_REGION.NB_EN_EMPLOI_6_MOIS;
  }

  /** The rate of leavers in work 6 months later, of the rows grouped. */
  public static Field<BigDecimal> emploi() {
    return Taux.emploi6mois(nbEnEmploi6Mois(), nbSortant());
  }

  /** The rate of final-year pupils who went on studying, of the rows grouped. */
  public static Field<BigDecimal> poursuite() {
    return Taux.poursuite(nbPoursuiteEtudes(), nbAnneeTerm());
  }

  /** The rate of final-year pupils studying or in work, of the rows grouped. */
  public static Field<BigDecimal> devenirFavorable() {
    return Taux.devenirFavorable(nbPoursuiteEtudes(), nbEnEmploi6Mois(), nbAnneeTerm());
  }
}
