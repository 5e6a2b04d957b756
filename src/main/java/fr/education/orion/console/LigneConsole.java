package fr.education.orion.console;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a row of either console says of a formation (aggregated over a territory, or one offer of an
 * établissement): identity, tags, entry figures of the rentrée and of the one before, InserJeunes
 * rates of the millésime and of the one before. Rates are fractions, null when not computable.
 */
public interface LigneConsole {

  String rentreeScolaire();

  String cfd();

  String codeDispositif();

  @Nullable String libelleFormation();

  @Nullable String libelleDispositif();

  @Nullable String codeNiveauDiplome();

  @Nullable String libelleNiveauDiplome();

  @Nullable String codeNsf();

  @Nullable String libelleNsf();

  /** The famille de métiers the formation belongs to, when it does. */
  @Nullable String libelleFamille();

  /** {@code 2nde_commune}, {@code 1ere_commune}, {@code specialite}, {@code option} or null. */
  @Nullable String typeFamille();

  /** {@link #typeFamille()} in words ({@link fr.education.orion.referentiel.TypeFamille}). */
  @Nullable String libelleTypeFamille();

  boolean actionPrioritaire();

  boolean transitionEcologique();

  boolean transitionNumerique();

  boolean transitionDemographique();

  int nbEtablissements();

  @Nullable Integer effectif1();

  @Nullable Integer effectif2();

  @Nullable Integer effectif3();

  @Nullable Integer effectifEntree();

  @Nullable Integer effectifEntreePrecedent();

  @Nullable Integer capacite();

  @Nullable Integer capacitePrecedente();

  @Nullable Integer premiersVoeux();

  @Nullable BigDecimal tauxPression();

  @Nullable BigDecimal tauxPressionPrecedent();

  @Nullable BigDecimal tauxDemande();

  @Nullable BigDecimal tauxDemandePrecedent();

  @Nullable BigDecimal tauxRemplissage();

  @Nullable BigDecimal tauxRemplissagePrecedent();

  String millesimeSortie();

  @Nullable BigDecimal tauxInsertion6mois();

  @Nullable BigDecimal tauxInsertion6moisPrecedent();

  @Nullable BigDecimal tauxPoursuite();

  @Nullable BigDecimal tauxPoursuitePrecedent();

  @Nullable BigDecimal tauxDevenirFavorable();

  @Nullable BigDecimal tauxDevenirFavorablePrecedent();

  /** Q1…Q4, Hors quadrant, - (classe commune); null when no single région is selected. */
  @Nullable String positionQuadrant();
}
