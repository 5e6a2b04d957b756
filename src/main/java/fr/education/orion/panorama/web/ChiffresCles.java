package fr.education.orion.panorama.web;

import fr.education.orion.glossaire.Terme;
import fr.education.orion.indicateur.Taux;
import fr.education.orion.indicateur.Unite;
import fr.education.orion.panorama.IndicateursTerritoire;
import fr.education.orion.referentiel.NiveauDiplome;
import fr.education.orion.referentiel.Territoire;
import fr.education.orion.system.Format;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns the key figures of a selection and of the one before into what the page shows: formatted
 * values, evolutions when both years are known, and why a figure is missing.
 */
final class ChiffresCles {

  private ChiffresCles() {}

  /**
   * Entry figures of the rentrée.
   *
   * @param precedente the figures of the previous rentrée, null when the data have no such rentrée
   */
  static List<ChiffreCle> entree(
      IndicateursTerritoire actuels, @Nullable IndicateursTerritoire precedente) {
    String rentree = actuels.rentreeScolaire();
    // Offers of a rentrée without constat come from Affelnet or Parcoursup only: their number is
    // comparable with another rentrée's only when both have headcounts.
    IndicateursTerritoire comparable =
        precedente != null
                && actuels.effectifEntree() != null
                && precedente.effectifEntree() != null
            ? precedente
            : null;
    String sansOffre =
        actuels.nbFormations() == 0
            ? "Aucune formation de ce choix n'est offerte dans le territoire à la rentrée "
                + rentree
                + "."
            : null;
    String sansEffectif =
        sansOffre != null
            ? sansOffre
            : "Pas d'effectif pour la rentrée "
                + rentree
                + " : le constat de rentrée de cette année n'est pas dans les données.";
    String sansCapacite =
        sansOffre != null
            ? sansOffre
            : "Pas de capacité pour la rentrée "
                + rentree
                + " : ni Affelnet ni Parcoursup pour cette rentrée dans les données.";
    List<ChiffreCle> chiffres = new ArrayList<>();
    chiffres.add(
        nombre(
            "Formations",
            null,
            actuels.nbFormations(),
            comparable == null ? null : comparable.nbFormations(),
            sansOffre,
            null));
    chiffres.add(
        nombre(
            "Établissements",
            null,
            actuels.nbEtablissements(),
            comparable == null ? null : comparable.nbEtablissements(),
            sansOffre,
            null));
    chiffres.add(
        nombre(
            "Effectif en entrée",
            Terme.EFFECTIF_ENTREE,
            actuels.effectifEntree(),
            precedente == null ? null : precedente.effectifEntree(),
            sansEffectif,
            "Élèves de première année (de deuxième année pour une spécialité de famille de métiers), hors secondes et premières communes."));
    chiffres.add(
        nombre(
            "Nombre d'élèves",
            Terme.NOMBRE_ELEVES,
            actuels.nbEleves(),
            precedente == null ? null : precedente.nbEleves(),
            sansEffectif,
            "Élèves de toutes les années de formation."));
    chiffres.add(
        nombre(
            "Capacité en entrée",
            Terme.CAPACITE,
            actuels.capacite(),
            precedente == null ? null : precedente.capacite(),
            sansCapacite,
            "Places offertes en entrée (Affelnet ; Parcoursup pour les BTS)."));
    chiffres.add(
        taux(
            "Taux de remplissage",
            Terme.TAUX_REMPLISSAGE,
            Unite.POURCENTAGE,
            actuels.tauxRemplissage(),
            precedente == null ? null : precedente.tauxRemplissage(),
            actuels.effectifEntree() == null || actuels.capacite() == null
                ? "Il faut l'effectif et la capacité d'une même rentrée ; les données n'ont pas les deux pour la rentrée "
                    + rentree
                    + "."
                : null,
            "Élèves en entrée rapportés aux places, sur les formations où les deux sont connus."));
    if (!NiveauDiplome.BTS.equals(actuels.codeNiveauDiplome())) {
      chiffres.add(
          taux(
              "Taux de pression",
              Terme.TAUX_PRESSION,
              Unite.VOEUX_PAR_PLACE,
              actuels.tauxPression(),
              precedente == null ? null : precedente.tauxPression(),
              "Pas de vœux et de capacités Affelnet pour la rentrée "
                  + rentree
                  + " dans les données.",
              "Premiers vœux rapportés aux places (Affelnet), hors BTS."));
    }
    if (actuels.codeNiveauDiplome() == null
        || NiveauDiplome.BTS.equals(actuels.codeNiveauDiplome())) {
      chiffres.add(
          taux(
              "Taux de demande",
              Terme.TAUX_DEMANDE,
              Unite.VOEUX_PAR_PLACE,
              actuels.tauxDemande(),
              precedente == null ? null : precedente.tauxDemande(),
              "Pas de vœux et de capacités Parcoursup pour la rentrée "
                  + rentree
                  + " dans les données.",
              "Vœux confirmés rapportés aux places (Parcoursup), BTS seulement."));
    }
    return List.copyOf(chiffres);
  }

  /**
   * InserJeunes rates of the millésime.
   *
   * @param precedent the figures of the previous millésime, null when the data have no such one
   */
  static List<ChiffreCle> sortie(
      IndicateursTerritoire actuels, @Nullable IndicateursTerritoire precedent) {
    String manque =
        "Non calculable : moins de "
            + Taux.SEUIL_INSERJEUNES
            + " sortants, ou pas de données InserJeunes pour le millésime "
            + actuels.millesime()
            + ".";
    return List.of(
        taux(
            "Taux d'emploi à 6 mois",
            Terme.TAUX_EMPLOI,
            Unite.POURCENTAGE,
            actuels.tauxInsertion6mois(),
            precedent == null ? null : precedent.tauxInsertion6mois(),
            manque,
            "Sortants en emploi salarié six mois après leur sortie, parmi ceux qui ne poursuivent pas d'études."),
        taux(
            "Taux de poursuite d'études",
            Terme.TAUX_POURSUITE,
            Unite.POURCENTAGE,
            actuels.tauxPoursuite(),
            precedent == null ? null : precedent.tauxPoursuite(),
            manque,
            "Élèves de dernière année qui poursuivent des études."),
        taux(
            "Taux de devenir favorable",
            Terme.TAUX_DEVENIR_FAVORABLE,
            Unite.POURCENTAGE,
            actuels.tauxDevenirFavorable(),
            precedent == null ? null : precedent.tauxDevenirFavorable(),
            manque,
            "Élèves de dernière année en emploi à six mois ou en poursuite d'études."));
  }

  /** The unemployment rate of the territory, and its year when it is not the rentrée's. */
  static ChiffreCle chomage(IndicateursTerritoire actuels) {
    Territoire territoire = actuels.territoire();
    String note;
    if (actuels.tauxChomage() == null) {
      note =
          switch (territoire.echelon()) {
            case NATION, ACADEMIE ->
                "Les données de l'INSEE importées donnent les taux des régions et des départements seulement.";
            case REGION, DEPARTEMENT ->
                "Aucun taux de l'INSEE pour ce territoire dans les données.";
          };
    } else if (actuels.rentreeScolaire().equals(actuels.anneeChomage())) {
      note = "INSEE, taux de chômage localisé, année " + actuels.anneeChomage() + ".";
    } else {
      note =
          "INSEE, taux de chômage localisé, année "
              + actuels.anneeChomage()
              + " : la plus récente publiée, pas de taux pour "
              + actuels.rentreeScolaire()
              + " dans les données.";
    }
    return new ChiffreCle(
        "Taux de chômage", Terme.CHOMAGE, pourcentageDecimal(actuels.tauxChomage()), null, note);
  }

  /** INSEE publishes one decimal (6,7 %): rounding it to 7 % would lose what it says. */
  private static String pourcentageDecimal(@Nullable BigDecimal fraction) {
    if (fraction == null) {
      return Format.pourcentage(null);
    }
    NumberFormat format = NumberFormat.getPercentInstance(Locale.FRANCE);
    format.setMaximumFractionDigits(1);
    return format.format(fraction);
  }

  private static ChiffreCle nombre(
      String libelle,
      @Nullable Terme terme,
      @Nullable Integer valeur,
      @Nullable Integer precedent,
      @Nullable String manque,
      @Nullable String definition) {
    if (valeur == null) {
      return new ChiffreCle(libelle, terme, "—", null, manque);
    }
    String evolution = null;
    if (precedent != null) {
      long ecart = (long) valeur - precedent;
      evolution = (ecart > 0 ? "+" : ecart < 0 ? "−" : "") + Format.nombre(Math.abs(ecart));
    }
    return new ChiffreCle(
        libelle, terme, Format.nombre(valeur), evolution, definition == null ? manque : definition);
  }

  private static ChiffreCle taux(
      String libelle,
      Terme terme,
      Unite unite,
      @Nullable BigDecimal valeur,
      @Nullable BigDecimal precedent,
      @Nullable String manque,
      String definition) {
    if (valeur == null) {
      return new ChiffreCle(libelle, terme, "—", null, manque);
    }
    String evolution = precedent == null ? null : unite.ecart(valeur, precedent);
    return new ChiffreCle(libelle, terme, unite.texte(valeur), evolution, definition);
  }
}
