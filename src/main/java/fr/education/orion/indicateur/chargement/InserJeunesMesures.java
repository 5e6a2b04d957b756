package fr.education.orion.indicateur.chargement;

import fr.education.orion.indicateur.Taux;
import java.util.List;

/**
 * The InserJeunes measures Orion keeps, under the names of the API and of the team's CSV dumps.
 * Counts only: the DEPP's rates are recomputed from them ({@link Taux}), and {@code
 * nb_en_emploi_18_mois} is not used.
 */
final class InserJeunesMesures {

  /**
   * Counts, in the order of the columns of {@code inserjeunes_region} and {@code inserjeunes_uai}.
   */
  static final List<String> COUNTS =
      List.of(
          "nb_annee_term",
          "nb_sortant",
          "nb_poursuite_etudes",
          "nb_en_emploi_6_mois",
          "nb_en_emploi_12_mois",
          "nb_en_emploi_24_mois");

  /** Of an établissement as a whole only: its taux d'emploi à 6 mois over the expected one. */
  static final String VALEUR_AJOUTEE = "valeur_ajoutee_6_mois";

  private InserJeunesMesures() {}
}
