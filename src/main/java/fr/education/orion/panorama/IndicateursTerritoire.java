package fr.education.orion.panorama;

import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.NiveauDiplome;
import fr.education.orion.referentiel.Territoire;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The key figures of a territory for a niveau de diplôme (and a NSF domain), voie scolaire. Rates
 * are fractions, null when not computable; counts are null when no source gives them for that
 * rentrée (no constat: no headcount; no Affelnet or Parcoursup: no capacity), never a misleading 0.
 *
 * @param nbFormations distinct formations × dispositifs offered at the rentrée
 * @param effectifEntree pupils at entry (second year for a spécialité), classes communes excluded
 * @param nbEleves pupils of every year, classes communes included
 * @param capacite places at entry (Affelnet, Parcoursup for BTS)
 * @param tauxRemplissage pupils at entry per place, over offers where both are known
 * @param tauxPression first-rank wishes per place (Affelnet), BTS excluded
 * @param tauxDemande confirmed wishes per place (Parcoursup), BTS only
 * @param codeRegionInserJeunes the région whose InserJeunes counts give the three rates: the
 *     territory's région (for an académie or a département, InserJeunes publishes no finer figure),
 *     null for the nation (sum of every région)
 * @param tauxChomage INSEE unemployment rate of the territory (région or département), as a
 *     fraction; null for an académie or the nation, which INSEE files here do not cover
 * @param anneeChomage the year of {@code tauxChomage}: the rentrée's, else the newest published
 */
public record IndicateursTerritoire(
    Territoire territoire,
    @Nullable NiveauDiplome codeNiveauDiplome,
    @Nullable String codeNsf,
    String rentreeScolaire,
    String millesime,
    int nbFormations,
    int nbEtablissements,
    @Nullable Integer effectifEntree,
    @Nullable Integer nbEleves,
    @Nullable Integer capacite,
    @Nullable BigDecimal tauxRemplissage,
    @Nullable BigDecimal tauxPression,
    @Nullable BigDecimal tauxDemande,
    @Nullable CodeRegion codeRegionInserJeunes,
    @Nullable BigDecimal tauxInsertion6mois,
    @Nullable BigDecimal tauxPoursuite,
    @Nullable BigDecimal tauxDevenirFavorable,
    @Nullable BigDecimal tauxChomage,
    @Nullable String anneeChomage) {}
