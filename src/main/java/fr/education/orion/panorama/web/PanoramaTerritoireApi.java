package fr.education.orion.panorama.web;

import fr.education.orion.panorama.IndicateursTerritoire;
import fr.education.orion.panorama.IndicateursTerritoireQueries;
import fr.education.orion.panorama.QuadrantQueries;
import fr.education.orion.panorama.QuadrantTerritoire;
import fr.education.orion.panorama.Selections;
import fr.education.orion.referentiel.CodeAcademie;
import fr.education.orion.referentiel.CodeDepartement;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.Territoire;
import fr.education.orion.system.Problems;
import fr.education.orion.system.Public;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The key figures and the quadrant of a territory, as the région and département panoramas show
 * them.
 */
@RestController
@Public
@RequestMapping("/api")
@Tag(
    name = "Panorama des territoires",
    description =
        "Chiffres clés (voie scolaire) et quadrant des formations de la France, d'une région, d'une"
            + " académie ou d'un département")
class PanoramaTerritoireApi {

  private final Selections selections;
  private final IndicateursTerritoireQueries indicateurs;
  private final QuadrantQueries quadrants;

  PanoramaTerritoireApi(
      Selections selections, IndicateursTerritoireQueries indicateurs, QuadrantQueries quadrants) {
    this.selections = selections;
    this.indicateurs = indicateurs;
    this.quadrants = quadrants;
  }

  @GetMapping("/indicateurs")
  @Operation(
      summary = "Chiffres clés de la France",
      description =
          "Taux InserJeunes calculés sur la somme des effectifs de toutes les régions ; pas de taux"
              + " de chômage national dans les données.")
  IndicateursTerritoire nation(@ParameterObject SelectionDemandee demandee) {
    return indicateurs.indicateurs(demandee.lue(selections, Territoire.NATION));
  }

  @GetMapping("/regions/{codeRegion}/indicateurs")
  @Operation(summary = "Chiffres clés d'une région")
  IndicateursTerritoire region(
      @PathVariable CodeRegion codeRegion, @ParameterObject SelectionDemandee demandee) {
    return indicateurs.indicateurs(demandee.lue(selections, selections.territoire(codeRegion)));
  }

  @GetMapping("/academies/{codeAcademie}/indicateurs")
  @Operation(
      summary = "Chiffres clés d'une académie",
      description = "Les taux InserJeunes sont ceux de la région de l'académie.")
  IndicateursTerritoire academie(
      @PathVariable CodeAcademie codeAcademie, @ParameterObject SelectionDemandee demandee) {
    return indicateurs.indicateurs(demandee.lue(selections, selections.territoire(codeAcademie)));
  }

  @GetMapping("/departements/{codeDepartement}/indicateurs")
  @Operation(
      summary = "Chiffres clés d'un département",
      description = "Les taux InserJeunes sont ceux de la région du département.")
  IndicateursTerritoire departement(
      @PathVariable CodeDepartement codeDepartement, @ParameterObject SelectionDemandee demandee) {
    return indicateurs.indicateurs(
        demandee.lue(selections, selections.territoire(codeDepartement)));
  }

  @GetMapping("/regions/{codeRegion}/quadrant")
  @Operation(
      summary = "Quadrant des formations d'un niveau dans une région",
      description =
          "Moyennes régionales et position (Q1 à Q4, Hors quadrant, -) des formations qui ont un"
              + " effectif en entrée dans la région à la rentrée choisie, avec les filtres et le tri"
              + " du panorama ; « informations » dit combien de formations sont placées et pourquoi"
              + " les autres ne le sont pas. codeNiveauDiplome est obligatoire.")
  QuadrantTerritoire quadrantRegion(
      @PathVariable CodeRegion codeRegion, @ParameterObject ParametresPanorama parametres) {
    return quadrant(selections.territoire(codeRegion), parametres);
  }

  @GetMapping("/departements/{codeDepartement}/quadrant")
  @Operation(
      summary = "Quadrant des formations d'un niveau dans un département",
      description =
          "Moyennes et positions de la région du département ; seules les formations qui ont un"
              + " effectif en entrée dans le département sont listées. Mêmes paramètres que pour"
              + " une région.")
  QuadrantTerritoire quadrantDepartement(
      @PathVariable CodeDepartement codeDepartement,
      @ParameterObject ParametresPanorama parametres) {
    return quadrant(selections.territoire(codeDepartement), parametres);
  }

  private QuadrantTerritoire quadrant(Territoire territoire, ParametresPanorama parametres) {
    if (parametres.codeNiveauDiplome() == null) {
      throw Problems.badRequest(
          "Le paramètre obligatoire codeNiveauDiplome est absent : le quadrant compare les"
              + " formations d'un même niveau (ex. 400 pour le bac pro).");
    }
    return quadrants.quadrant(
        selections.read(
            territoire,
            parametres.codeNiveauDiplome(),
            parametres.codeNsf(),
            parametres.rentreeScolaire(),
            parametres.millesime()),
        parametres.filtres(),
        parametres.tri());
  }
}
