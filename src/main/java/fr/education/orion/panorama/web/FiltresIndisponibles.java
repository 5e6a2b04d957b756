package fr.education.orion.panorama.web;

import fr.education.orion.indicateur.Disponibilites.Rentree;
import fr.education.orion.indicateur.Millesime;
import org.jspecify.annotations.Nullable;

/**
 * Why a filter of the quadrant could only return nothing for a selection, in French, or null when
 * it can keep formations. The page shows such a filter disabled with its reason: the quadrant lists
 * only formations with pupils at entry, a trend needs the previous year's figure, a level of
 * pression needs capacities and wishes.
 *
 * @param effectifMinimum the reason of the minimum headcount, or null
 * @param effectif the reason of the headcount's trend, or null
 * @param pression the reason of the taux de pression (de demande for a BTS), or null
 * @param emploi the reason of the taux d'emploi's trend, or null
 * @param poursuite the reason of the taux de poursuite's trend, or null
 */
public record FiltresIndisponibles(
    @Nullable String effectifMinimum,
    @Nullable String effectif,
    @Nullable String pression,
    @Nullable String emploi,
    @Nullable String poursuite) {

  /**
   * @param rentree the figures of the chosen rentrée
   * @param precedente the figures of the rentrée before it
   * @param bts the niveau is the BTS (taux de demande, from Parcoursup)
   * @param millesime the chosen millésime
   * @param taux InserJeunes counts exist for the chosen millésime
   * @param tauxPrecedents InserJeunes counts exist for the millésime before it
   */
  static FiltresIndisponibles de(
      Rentree rentree,
      Rentree precedente,
      boolean bts,
      String millesime,
      boolean taux,
      boolean tauxPrecedents) {
    String sansEffectifs =
        rentree.effectifs()
            ? null
            : "Indisponible : pas d'effectifs à la rentrée "
                + rentree.annee()
                + " (constat de rentrée absent), le quadrant ne liste aucune formation.";
    String effectif =
        sansEffectifs != null || precedente.effectifs()
            ? sansEffectifs
            : "Indisponible : pas d'effectifs à la rentrée précédente ("
                + precedente.annee()
                + ") auxquels comparer ceux de "
                + rentree.annee()
                + ".";
    String pression =
        sansEffectifs != null || rentree.voeux(bts)
            ? sansEffectifs
            : "Indisponible : pas de capacités ni de "
                + (bts ? "vœux Parcoursup des BTS" : "premiers vœux Affelnet")
                + " à la rentrée "
                + rentree.annee()
                + ".";
    String tendanceTaux =
        sansEffectifs != null
            ? sansEffectifs
            : !taux
                ? "Indisponible : pas de données InserJeunes pour le millésime " + millesime + "."
                : !tauxPrecedents
                    ? "Indisponible : pas de données InserJeunes pour le millésime précédent ("
                        + Millesime.of(millesime).precedent().code()
                        + ") auquel comparer."
                    : null;
    return new FiltresIndisponibles(sansEffectifs, effectif, pression, tendanceTaux, tendanceTaux);
  }
}
