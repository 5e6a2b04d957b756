package fr.education.orion.console;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A row of the établissements console: one offer (établissement × formation × dispositif × voie) at
 * a rentrée. {@code tauxInsertion6mois}, {@code tauxPoursuite} and {@code tauxDevenirFavorable} are
 * the établissement's own (InserJeunes counts per UAI), the {@code …Regional} ones those of the
 * formation in the établissement's région; {@code valeurAjoutee} is the DEPP's for the
 * établissement, as a fraction.
 */
public record LigneEtablissement(
    String rentreeScolaire,
    String uai,
    @Nullable String libelleEtablissement,
    @Nullable String commune,
    @Nullable String codeDepartement,
    @Nullable String libelleDepartement,
    @Nullable String codeRegion,
    @Nullable String libelleRegion,
    @Nullable String secteur,
    @Nullable String libelleSecteur,
    String voie,
    String libelleVoie,
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
    @Nullable String positionQuadrant,
    @Nullable BigDecimal tauxInsertion6moisRegional,
    @Nullable BigDecimal tauxInsertion6moisRegionalPrecedent,
    @Nullable BigDecimal tauxPoursuiteRegional,
    @Nullable BigDecimal tauxPoursuiteRegionalPrecedent,
    @Nullable BigDecimal tauxDevenirFavorableRegional,
    @Nullable BigDecimal tauxDevenirFavorableRegionalPrecedent,
    @Nullable BigDecimal valeurAjoutee,
    @Nullable BigDecimal valeurAjouteePrecedente)
    implements LigneConsole {}
