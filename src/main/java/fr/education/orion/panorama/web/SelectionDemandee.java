package fr.education.orion.panorama.web;

import fr.education.orion.panorama.Selection;
import fr.education.orion.panorama.Selections;
import fr.education.orion.referentiel.NiveauDiplome;
import fr.education.orion.referentiel.Territoire;
import fr.education.orion.system.ParametresDeRequete;
import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * The GET parameters of the key figures routes, one record for the nation, a région, an académie
 * and a département, so that the four routes document them alike.
 */
@ParametresDeRequete
record SelectionDemandee(
    @Parameter(description = "Niveau de diplôme (ex. 400 pour le bac pro) ; tous par défaut")
        @Nullable NiveauDiplome codeNiveauDiplome,
    @Parameter(description = NSF) @Nullable String codeNsf,
    @Parameter(description = RENTREE) @Nullable String rentreeScolaire,
    @Parameter(description = MILLESIME) @Nullable String millesime) {

  // The descriptions of the parameters the panorama's page and its quadrant route share with these.
  static final String NSF = "Domaine de formation (groupe NSF, ex. 221) ; tous par défaut";
  static final String RENTREE =
      "Rentrée scolaire des effectifs, capacités et vœux (ex. 2020) ; par défaut la plus récente"
          + " du constat de rentrée";
  static final String MILLESIME =
      "Millésime InserJeunes AAAA_AAAA (ex. 2021_2022) ; par défaut le plus récent";

  /** The selection of {@code territoire}, checked and with its defaults filled in. */
  Selection lue(Selections selections, Territoire territoire) {
    return selections.read(territoire, codeNiveauDiplome, codeNsf, rentreeScolaire, millesime);
  }
}
