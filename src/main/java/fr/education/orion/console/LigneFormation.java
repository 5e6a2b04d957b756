package fr.education.orion.console;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A row of the formations console: a formation (CFD × dispositif) at a rentrée, its offers summed
 * over the selected territory, the InserJeunes rates summed over the territory's régions
 * (reference-data §3.7). The components {@code …Precedent(e)} are the same figure one rentrée or
 * one millésime earlier.
 */
public record LigneFormation(
    String rentreeScolaire,
    String cfd,
    String codeDispositif,
    @Nullable String libelleFormation,
    @Nullable String libelleDispositif,
    @Nullable String codeNiveauDiplome,
    @Nullable String libelleNiveauDiplome,
    @Nullable String codeNsf,
    @Nullable String libelleNsf,
    @Nullable String libelleFamille,
    @Nullable String typeFamille,
    @Nullable String libelleTypeFamille,
    boolean actionPrioritaire,
    boolean transitionEcologique,
    boolean transitionNumerique,
    boolean transitionDemographique,
    int nbEtablissements,
    @Nullable Integer effectif1,
    @Nullable Integer effectif2,
    @Nullable Integer effectif3,
    @Nullable Integer effectifEntree,
    @Nullable Integer effectifEntreePrecedent,
    @Nullable Integer capacite,
    @Nullable Integer capacitePrecedente,
    @Nullable Integer premiersVoeux,
    @Nullable BigDecimal tauxPression,
    @Nullable BigDecimal tauxPressionPrecedent,
    @Nullable BigDecimal tauxDemande,
    @Nullable BigDecimal tauxDemandePrecedent,
    @Nullable BigDecimal tauxRemplissage,
    @Nullable BigDecimal tauxRemplissagePrecedent,
    String millesimeSortie,
    @Nullable BigDecimal tauxInsertion6mois,
    @Nullable BigDecimal tauxInsertion6moisPrecedent,
    @Nullable BigDecimal tauxPoursuite,
    @Nullable BigDecimal tauxPoursuitePrecedent,
    @Nullable BigDecimal tauxDevenirFavorable,
    @Nullable BigDecimal tauxDevenirFavorablePrecedent,
    @Nullable String positionQuadrant)
    implements LigneConsole {}
