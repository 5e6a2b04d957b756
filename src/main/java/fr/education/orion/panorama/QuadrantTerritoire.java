package fr.education.orion.panorama;

import fr.education.orion.indicateur.PositionQuadrant;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.NiveauDiplome;
import fr.education.orion.referentiel.Territoire;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The quadrant of a niveau de diplôme in a territory: the averages of the région for the millésime,
 * and the formations taught in the territory at the rentrée with their regional rates and position.
 * A département uses its région's averages and positions.
 *
 * @param codeRegion the région whose averages and positions are used
 * @param moyenneInsertion6mois regional taux d'emploi à 6 mois of the niveau (the y axis)
 * @param moyennePoursuite regional taux de poursuite d'études of the niveau (the x axis)
 * @param formations the formations with pupils at entry in the territory at the rentrée that pass
 *     the filters, sorted; only those in Q1 to Q4 are plotted
 * @param informations what is and is not plotted, and why
 */
public record QuadrantTerritoire(
    Territoire territoire,
    CodeRegion codeRegion,
    NiveauDiplome codeNiveauDiplome,
    @Nullable String codeNsf,
    String millesime,
    String rentreeScolaire,
    @Nullable BigDecimal moyenneInsertion6mois,
    @Nullable BigDecimal moyennePoursuite,
    @Nullable BigDecimal moyenneDevenirFavorable,
    List<Formation> formations,
    Informations informations) {

  /**
   * A formation (CFD and dispositif) of the quadrant.
   *
   * @param tauxInsertion6mois its regional taux d'emploi à 6 mois for the millésime
   * @param effectifEntree its pupils at entry in the territory at the rentrée
   * @param positionQuadrant {@code Q1}…{@code Q4}, {@code Hors quadrant} (a rate or an average is
   *     missing) or {@code -} (a classe commune)
   * @param donneesInserJeunes false when InserJeunes has no counts for it in the région and
   *     millésime
   * @param effectifEntreePrecedent its pupils at entry at the previous rentrée
   * @param tauxPression its first-rank wishes per place in the territory at the rentrée (not BTS)
   * @param tauxDemande its confirmed wishes per place (BTS)
   * @param tauxInsertion6moisPrecedent its regional taux d'emploi of the previous millésime
   * @param tauxPoursuitePrecedent its regional taux de poursuite of the previous millésime
   */
  public record Formation(
      Cfd cfd,
      String codeDispositif,
      @Nullable String libelleFormation,
      @Nullable String libelleDispositif,
      @Nullable BigDecimal tauxInsertion6mois,
      @Nullable BigDecimal tauxPoursuite,
      @Nullable BigDecimal tauxDevenirFavorable,
      @Nullable Integer effectifEntree,
      String positionQuadrant,
      boolean donneesInserJeunes,
      @Nullable Integer effectifEntreePrecedent,
      @Nullable BigDecimal tauxPression,
      @Nullable BigDecimal tauxDemande,
      @Nullable BigDecimal tauxInsertion6moisPrecedent,
      @Nullable BigDecimal tauxPoursuitePrecedent) {

    /** Plotted: both rates and the averages are known (Q1 to Q4). */
    public boolean trace() {
      return PositionQuadrant.duCode(positionQuadrant).filter(PositionQuadrant::tracee).isPresent();
    }

    public boolean classeCommune() {
      return PositionQuadrant.CLASSE_COMMUNE.code().equals(positionQuadrant);
    }
  }

  /**
   * How many formations the quadrant plots and why the others are not.
   *
   * @param tracees formations plotted (Q1 to Q4)
   * @param sousSeuil listed, "Hors quadrant": InserJeunes has counts but a rate is not computable
   *     (fewer than 20 leavers or pupils in the final year) or the région has no average
   * @param sansDonneesInserJeunes listed, "Hors quadrant": no InserJeunes counts at all
   * @param classesCommunes listed, "-": the classes communes, whose pupils leave after a spécialité
   * @param sansEffectif formations placed in the région's quadrant without pupils at entry in the
   *     territory at the rentrée: left out, as the reference does
   * @param sousEffectifMinimum left out by the minimum headcount filter
   * @param ecarteesParTendance left out by the trend filters
   * @param effectifTrace pupils at entry of the plotted formations
   * @param effectifTotal pupils at entry of every formation of the niveau in the territory at the
   *     rentrée, classes communes excluded (the key figure)
   */
  public record Informations(
      int tracees,
      int sousSeuil,
      int sansDonneesInserJeunes,
      int classesCommunes,
      int sansEffectif,
      int sousEffectifMinimum,
      int ecarteesParTendance,
      int effectifTrace,
      int effectifTotal) {

    /** The share of the pupils at entry that the plotted formations cover; null without pupils. */
    public @Nullable BigDecimal partTracee() {
      return effectifTotal == 0
          ? null
          : BigDecimal.valueOf(effectifTrace)
              .divide(BigDecimal.valueOf(effectifTotal), 4, RoundingMode.HALF_UP);
    }
  }
}
