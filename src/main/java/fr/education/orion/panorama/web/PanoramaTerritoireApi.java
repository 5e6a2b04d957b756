package fr.education.orion.panorama.web;

import fr.education.orion.panorama.IndicateursTerritoire;
import fr.education.orion.panorama.IndicateursTerritoireQueries;
import fr.education.orion.panorama.QuadrantQueries;
import fr.education.orion.panorama.QuadrantTerritoire;
import fr.education.orion.panorama.Selections;
import fr.education.orion.referentiel.Territoire;
import fr.education.orion.referentiel.Territoire.Echelon;
import fr.education.orion.system.Problems;
import fr.education.orion.system.Public;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

  private static final String NIVEAU =
      "Niveau de diplôme (ex. 400 pour le bac pro) ; tous par défaut";
  private static final String NSF = "Domaine de formation (groupe NSF, ex. 221) ; tous par défaut";
  private static final String RENTREE =
      "Rentrée scolaire des effectifs, capacités et vœux (ex. 2020) ; par défaut la plus récente"
          + " du constat de rentrée";
  private static final String MILLESIME =
      "Millésime InserJeunes AAAA_AAAA (ex. 2021_2022) ; par défaut le plus récent";

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
  IndicateursTerritoire nation(
      @Parameter(description = NIVEAU) @RequestParam(required = false)
          @Nullable String codeNiveauDiplome,
      @Parameter(description = NSF) @RequestParam(required = false) @Nullable String codeNsf,
      @Parameter(description = RENTREE) @RequestParam(required = false)
          @Nullable String rentreeScolaire,
      @Parameter(description = MILLESIME) @RequestParam(required = false)
          @Nullable String millesime) {
    return indicateurs.indicateurs(
        selections.read(Territoire.NATION, codeNiveauDiplome, codeNsf, rentreeScolaire, millesime));
  }

  @GetMapping("/regions/{codeRegion}/indicateurs")
  @Operation(summary = "Chiffres clés d'une région")
  IndicateursTerritoire region(
      @PathVariable String codeRegion,
      @Parameter(description = NIVEAU) @RequestParam(required = false)
          @Nullable String codeNiveauDiplome,
      @Parameter(description = NSF) @RequestParam(required = false) @Nullable String codeNsf,
      @Parameter(description = RENTREE) @RequestParam(required = false)
          @Nullable String rentreeScolaire,
      @Parameter(description = MILLESIME) @RequestParam(required = false)
          @Nullable String millesime) {
    return indicateurs(
        selections.territoire(Echelon.REGION, codeRegion),
        codeNiveauDiplome,
        codeNsf,
        rentreeScolaire,
        millesime);
  }

  @GetMapping("/academies/{codeAcademie}/indicateurs")
  @Operation(
      summary = "Chiffres clés d'une académie",
      description = "Les taux InserJeunes sont ceux de la région de l'académie.")
  IndicateursTerritoire academie(
      @PathVariable String codeAcademie,
      @Parameter(description = NIVEAU) @RequestParam(required = false)
          @Nullable String codeNiveauDiplome,
      @Parameter(description = NSF) @RequestParam(required = false) @Nullable String codeNsf,
      @Parameter(description = RENTREE) @RequestParam(required = false)
          @Nullable String rentreeScolaire,
      @Parameter(description = MILLESIME) @RequestParam(required = false)
          @Nullable String millesime) {
    return indicateurs(
        selections.territoire(Echelon.ACADEMIE, codeAcademie),
        codeNiveauDiplome,
        codeNsf,
        rentreeScolaire,
        millesime);
  }

  @GetMapping("/departements/{codeDepartement}/indicateurs")
  @Operation(
      summary = "Chiffres clés d'un département",
      description = "Les taux InserJeunes sont ceux de la région du département.")
  IndicateursTerritoire departement(
      @PathVariable String codeDepartement,
      @Parameter(description = NIVEAU) @RequestParam(required = false)
          @Nullable String codeNiveauDiplome,
      @Parameter(description = NSF) @RequestParam(required = false) @Nullable String codeNsf,
      @Parameter(description = RENTREE) @RequestParam(required = false)
          @Nullable String rentreeScolaire,
      @Parameter(description = MILLESIME) @RequestParam(required = false)
          @Nullable String millesime) {
    return indicateurs(
        selections.territoire(Echelon.DEPARTEMENT, codeDepartement),
        codeNiveauDiplome,
        codeNsf,
        rentreeScolaire,
        millesime);
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
      @PathVariable String codeRegion, @ParameterObject ParametresPanorama parametres) {
    return quadrant(selections.territoire(Echelon.REGION, codeRegion), parametres);
  }

  @GetMapping("/departements/{codeDepartement}/quadrant")
  @Operation(
      summary = "Quadrant des formations d'un niveau dans un département",
      description =
          "Moyennes et positions de la région du département ; seules les formations qui ont un"
              + " effectif en entrée dans le département sont listées. Mêmes paramètres que pour"
              + " une région.")
  QuadrantTerritoire quadrantDepartement(
      @PathVariable String codeDepartement, @ParameterObject ParametresPanorama parametres) {
    return quadrant(selections.territoire(Echelon.DEPARTEMENT, codeDepartement), parametres);
  }

  private IndicateursTerritoire indicateurs(
      Territoire territoire,
      @Nullable String codeNiveauDiplome,
      @Nullable String codeNsf,
      @Nullable String rentreeScolaire,
      @Nullable String millesime) {
    return indicateurs.indicateurs(
        selections.read(territoire, codeNiveauDiplome, codeNsf, rentreeScolaire, millesime));
  }

  private QuadrantTerritoire quadrant(Territoire territoire, ParametresPanorama parametres) {
    if (parametres.codeNiveauDiplome() == null || parametres.codeNiveauDiplome().isBlank()) {
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
