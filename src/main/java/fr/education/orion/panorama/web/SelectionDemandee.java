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
    @Parameter(description = "Domaine de formation (groupe NSF, ex. 221) ; tous par défaut")
        @Nullable String codeNsf,
    @Parameter(
            description =
                "Rentrée scolaire des effectifs, capacités et vœux (ex. 2020) ; par défaut la plus"
                    + " récente du constat de rentrée")
        @Nullable String rentreeScolaire,
    @Parameter(
            description =
                "Millésime InserJeunes AAAA_AAAA (ex. 2021_2022) ; par défaut le plus récent")
        @Nullable String millesime) {

  /** The selection of {@code territoire}, checked and with its defaults filled in. */
  Selection lue(Selections selections, Territoire territoire) {
    return selections.read(territoire, codeNiveauDiplome, codeNsf, rentreeScolaire, millesime);
  }
}
