package fr.education.orion.panorama;

import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.Voie;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The records of a formation's indicators in a territory, nationally and per région, as the domaine
 * de formation panorama, the formation page and their API show them. Rates are fractions in [0, 1],
 * null when they cannot be computed.
 */
public final class IndicateursFormation {

  private IndicateursFormation() {}

  private static String position(List<PositionQuadrant> positions) {
    if (positions.isEmpty()) {
      return "—";
    }
    if (positions.size() == 1) {
      return positions.get(0).position();
    }
    return positions.stream()
        .map(p -> p.codeDispositif() + " : " + p.position())
        .collect(Collectors.joining(", "));
  }

  /**
   * The offers of a formation in a territory at a rentrée, summed over its établissements and
   * dispositifs. Headcounts come from the constat de rentrée, capacities and wishes from Affelnet
   * (or Parcoursup for a BTS): a rentrée may have one without the other, and the missing ones are
   * null, never 0.
   *
   * @param nbEtablissements établissements with an offer of the formation at that rentrée
   * @param effectifEntree pupils in the entry year (the second for a spécialité of a famille)
   * @param nbEleves pupils of every year
   * @param tauxPression first-rank wishes per place (Affelnet), except for a BTS
   * @param tauxDemande confirmed wishes per place (Parcoursup), for a BTS
   * @param tauxRemplissage pupils at entry per place, over offers with both
   */
  public record EntreeRentree(
      String rentreeScolaire,
      int nbEtablissements,
      @Nullable Integer effectifEntree,
      @Nullable Integer nbEleves,
      @Nullable Integer capacite,
      @Nullable Integer premiersVoeux,
      @Nullable BigDecimal tauxPression,
      @Nullable BigDecimal tauxDemande,
      @Nullable BigDecimal tauxRemplissage) {}

  /**
   * InserJeunes counts of a formation for a millésime and a voie, summed over its dispositifs and
   * over the régions of the scope, and the three rates computed from the sums (null under 20).
   *
   * @param effectifSortie pupils in the final year
   * @param cfdContinuum the predecessors whose counts the formation carries for this millésime, in
   *     some région of the scope, because it has none of its own (empty for its own counts)
   */
  public record TauxInserJeunes(
      String millesime,
      String voie,
      @Nullable Integer effectifSortie,
      @Nullable Integer nbSortants,
      @Nullable Integer nbPoursuiteEtudes,
      @Nullable Integer nbInsertion6mois,
      @Nullable BigDecimal tauxInsertion6mois,
      @Nullable BigDecimal tauxPoursuite,
      @Nullable BigDecimal tauxDevenirFavorable,
      List<String> cfdContinuum) {}

  /**
   * The position of a formation, in one of its dispositifs, in the quadrant of a région.
   *
   * @param position {@code Q1}…{@code Q4}, {@code Hors quadrant} or {@code -} (classe commune)
   */
  public record PositionQuadrant(
      String millesime, @Nullable String codeDispositif, String position) {}

  /**
   * A formation's indicators in a territory, as the domaine de formation panorama shows them.
   *
   * @param voie the voie asked for, null for both
   * @param bts the formation is a BTS: its attractiveness is a taux de demande (Parcoursup)
   * @param entree per rentrée where the formation has offers in the territory, oldest first
   * @param regionInserJeunes the région whose counts describe the territory; null for the nation,
   *     whose counts are the sum of the régions'
   * @param inserJeunes per millésime and voie, newest first
   * @param quadrant the formation's positions in the quadrant of {@code regionInserJeunes} (voie
   *     scolaire), newest millésime first; empty for the nation
   */
  public record IndicateursTerritoire(
      Cfd cfd,
      TerritoireChoisi territoire,
      @Nullable String voie,
      boolean bts,
      List<EntreeRentree> entree,
      @Nullable CodeRegion regionInserJeunes,
      List<TauxInserJeunes> inserJeunes,
      List<PositionQuadrant> quadrant) {

    /**
     * The position of one millésime as a page writes it: {@code Q1}, or one per dispositif ({@code
     * 311 : Q1, 312 : Hors quadrant}) when the formation has several.
     */
    public String position(String millesime) {
      return IndicateursFormation.position(
          quadrant.stream().filter(p -> p.millesime().equals(millesime)).toList());
    }

    /**
     * The chart of the InserJeunes rates of the voie asked for (the voie scolaire when both are),
     * or null when that voie has no counts.
     */
    public @Nullable GraphiqueInserJeunes graphique() {
      String voieDuGraphique = voie == null ? Voie.CODE_SCOLAIRE : voie;
      List<TauxInserJeunes> taux =
          inserJeunes.stream()
              .filter(t -> t.voie().equals(voieDuGraphique))
              .sorted(Comparator.comparing(TauxInserJeunes::millesime))
              .toList();
      if (taux.isEmpty()) {
        return null;
      }
      List<BigDecimal> emploi = new ArrayList<>();
      List<BigDecimal> poursuite = new ArrayList<>();
      List<BigDecimal> devenirFavorable = new ArrayList<>();
      for (TauxInserJeunes t : taux) {
        emploi.add(t.tauxInsertion6mois());
        poursuite.add(t.tauxPoursuite());
        devenirFavorable.add(t.tauxDevenirFavorable());
      }
      return new GraphiqueInserJeunes(
          voieDuGraphique,
          taux.stream().map(TauxInserJeunes::millesime).toList(),
          emploi,
          poursuite,
          devenirFavorable);
    }

    /** The millésimes whose figures are, somewhere in the scope, a predecessor's. */
    public List<TauxInserJeunes> continuum() {
      return inserJeunes.stream().filter(taux -> !taux.cfdContinuum().isEmpty()).toList();
    }
  }

  /**
   * The three InserJeunes rates of one voie per millésime, oldest first, as a page's chart draws
   * them (a rate may be null: under the threshold).
   */
  public record GraphiqueInserJeunes(
      String voie,
      List<String> millesimes,
      List<@Nullable BigDecimal> tauxInsertion6mois,
      List<@Nullable BigDecimal> tauxPoursuite,
      List<@Nullable BigDecimal> tauxDevenirFavorable) {}

  /**
   * One line of the formation page's table: the nation or a région.
   *
   * @param codeRegion null for the nation
   * @param inserJeunes per millésime (voie of the table)
   * @param effectifEntree per rentrée with headcounts
   * @param tauxPression per rentrée with capacities: taux de pression, or taux de demande for a BTS
   * @param quadrant the positions for the newest millésime (voie scolaire; empty for the nation)
   */
  public record LigneIndicateurs(
      @Nullable String codeRegion,
      String libelle,
      Map<String, TauxInserJeunes> inserJeunes,
      Map<String, Integer> effectifEntree,
      Map<String, BigDecimal> tauxPression,
      List<PositionQuadrant> quadrant) {

    /** The position as a page writes it (see {@link IndicateursTerritoire#position}). */
    public String position() {
      return IndicateursFormation.position(quadrant);
    }
  }

  /**
   * A formation's indicators nationally and per région, with their evolution, as the formation page
   * shows them.
   *
   * @param voie the voie of the InserJeunes figures (and of the offers)
   * @param millesimes every millésime of the InserJeunes counts, newest first
   * @param millesimeQuadrant the newest millésime, whose quadrant positions are given
   * @param rentreesEffectif the rentrées when the formation has headcounts, oldest first
   * @param rentreesCapacite the rentrées when the formation has capacities, oldest first
   * @param regions the régions with figures for the formation, by name
   */
  public record IndicateursRegions(
      Cfd cfd,
      String voie,
      boolean bts,
      List<String> millesimes,
      @Nullable String millesimeQuadrant,
      List<String> rentreesEffectif,
      List<String> rentreesCapacite,
      LigneIndicateurs national,
      List<LigneIndicateurs> regions) {

    /** The predecessors whose counts the formation carries somewhere, for the page's notice. */
    public List<String> cfdContinuum() {
      return national.inserJeunes().values().stream()
          .flatMap(taux -> taux.cfdContinuum().stream())
          .distinct()
          .sorted()
          .toList();
    }
  }
}
