package fr.education.orion.panorama;

import fr.education.orion.referentiel.Territoire;
import fr.education.orion.referentiel.Territoire.Echelon;
import fr.education.orion.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
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
@RequestMapping("/api")
@Tag(
    name = "Panorama des territoires",
    description =
        "Chiffres clés et quadrant des formations d'une région, d'une académie, d'un département ou de la France")
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
      summary = "Chiffres clés de la France (voie scolaire)",
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
        selections.lire(Territoire.NATION, codeNiveauDiplome, codeNsf, rentreeScolaire, millesime));
  }

  @GetMapping("/regions/{codeRegion}/indicateurs")
  @Operation(summary = "Chiffres clés d'une région (voie scolaire)")
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
        Echelon.REGION, codeRegion, codeNiveauDiplome, codeNsf, rentreeScolaire, millesime);
  }

  @GetMapping("/academies/{codeAcademie}/indicateurs")
  @Operation(
      summary = "Chiffres clés d'une académie (voie scolaire)",
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
        Echelon.ACADEMIE, codeAcademie, codeNiveauDiplome, codeNsf, rentreeScolaire, millesime);
  }

  @GetMapping("/departements/{codeDepartement}/indicateurs")
  @Operation(
      summary = "Chiffres clés d'un département (voie scolaire)",
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
        Echelon.DEPARTEMENT,
        codeDepartement,
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
              + " effectif en entrée dans la région à la rentrée choisie ; filtres et tri du"
              + " panorama. « informations » dit combien de formations sont représentées et"
              + " pourquoi les autres ne le sont pas.")
  QuadrantTerritoire quadrantRegion(
      @PathVariable String codeRegion,
      @Parameter(description = "Niveau de diplôme (ex. 400 pour le bac pro)") @RequestParam
          String codeNiveauDiplome,
      @Parameter(description = MILLESIME) @RequestParam(required = false)
          @Nullable String millesime,
      @Parameter(description = RENTREE) @RequestParam(required = false)
          @Nullable String rentreeScolaire,
      @Parameter(description = NSF) @RequestParam(required = false) @Nullable String codeNsf,
      @Parameter(description = "Effectif en entrée minimum") @RequestParam(required = false)
          @Nullable Integer effectifMinimum,
      @Parameter(
              description =
                  "Effectif en entrée par rapport à la rentrée précédente : hausse ou baisse")
          @RequestParam(required = false)
          @Nullable String effectif,
      @Parameter(
              description =
                  "Taux de pression (de demande pour un BTS) : haute (≥ 1,3) ou basse (< 0,7)")
          @RequestParam(required = false)
          @Nullable String pression,
      @Parameter(
              description =
                  "Taux d'emploi à 6 mois par rapport au millésime précédent : hausse ou baisse")
          @RequestParam(required = false)
          @Nullable String emploi,
      @Parameter(
              description =
                  "Taux de poursuite d'études par rapport au millésime précédent : hausse ou baisse")
          @RequestParam(required = false)
          @Nullable String poursuite,
      @Parameter(
              description =
                  "Champ de tri : libelleFormation, libelleDispositif, effectifEntree, tauxInsertion6mois, tauxPoursuite, tauxDevenirFavorable, positionQuadrant")
          @RequestParam(required = false)
          @Nullable String sort,
      @Parameter(description = "asc ou desc") @RequestParam(required = false)
          @Nullable String order) {
    return quadrant(
        Echelon.REGION,
        codeRegion,
        codeNiveauDiplome,
        millesime,
        rentreeScolaire,
        codeNsf,
        FiltresQuadrant.of(effectifMinimum, effectif, pression, emploi, poursuite),
        TriQuadrant.of(sort, order));
  }

  @GetMapping("/departements/{codeDepartement}/quadrant")
  @Operation(
      summary = "Quadrant des formations d'un niveau dans un département",
      description =
          "Moyennes et positions de la région du département ; seules les formations qui ont un"
              + " effectif en entrée dans le département sont listées. Mêmes filtres que pour une"
              + " région.")
  QuadrantTerritoire quadrantDepartement(
      @PathVariable String codeDepartement,
      @RequestParam String codeNiveauDiplome,
      @RequestParam(required = false) @Nullable String millesime,
      @RequestParam(required = false) @Nullable String rentreeScolaire,
      @RequestParam(required = false) @Nullable String codeNsf,
      @RequestParam(required = false) @Nullable Integer effectifMinimum,
      @RequestParam(required = false) @Nullable String effectif,
      @RequestParam(required = false) @Nullable String pression,
      @RequestParam(required = false) @Nullable String emploi,
      @RequestParam(required = false) @Nullable String poursuite,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String order) {
    return quadrant(
        Echelon.DEPARTEMENT,
        codeDepartement,
        codeNiveauDiplome,
        millesime,
        rentreeScolaire,
        codeNsf,
        FiltresQuadrant.of(effectifMinimum, effectif, pression, emploi, poursuite),
        TriQuadrant.of(sort, order));
  }

  private IndicateursTerritoire indicateurs(
      Echelon echelon,
      String code,
      @Nullable String codeNiveauDiplome,
      @Nullable String codeNsf,
      @Nullable String rentreeScolaire,
      @Nullable String millesime) {
    Territoire territoire = selections.territoire(echelon, code);
    return indicateurs.indicateurs(
        selections.lire(territoire, codeNiveauDiplome, codeNsf, rentreeScolaire, millesime));
  }

  private QuadrantTerritoire quadrant(
      Echelon echelon,
      String code,
      String codeNiveauDiplome,
      @Nullable String millesime,
      @Nullable String rentreeScolaire,
      @Nullable String codeNsf,
      FiltresQuadrant filtres,
      TriQuadrant tri) {
    if (codeNiveauDiplome.isBlank()) {
      throw Problems.badRequest("Le paramètre obligatoire codeNiveauDiplome est vide.");
    }
    Territoire territoire = selections.territoire(echelon, code);
    return quadrants.quadrant(
        selections.lire(territoire, codeNiveauDiplome, codeNsf, rentreeScolaire, millesime),
        filtres,
        tri);
  }
}
