package fr.education.orion.panorama.web;

import fr.education.orion.panorama.DomaineFormationQueries;
import fr.education.orion.panorama.DomainesFormation;
import fr.education.orion.panorama.DomainesFormation.Domaine;
import fr.education.orion.panorama.DomainesFormation.EtablissementsDeFormation;
import fr.education.orion.panorama.DomainesFormation.FormationsDuDomaine;
import fr.education.orion.panorama.FormationIndicateurQueries;
import fr.education.orion.panorama.IndicateursFormation.IndicateursRegions;
import fr.education.orion.panorama.IndicateursFormation.IndicateursTerritoire;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.CodeAcademie;
import fr.education.orion.referentiel.CodeDepartement;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.FormationQueries;
import fr.education.orion.referentiel.Voie;
import fr.education.orion.system.Problems;
import fr.education.orion.system.Public;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data of the domaine de formation panorama and of the formation page's indicators, with the
 * same filters: a territory (the most precise of {@code codeRegion}, {@code codeAcademie}, {@code
 * codeDepartement}; the nation without any) and a voie.
 */
@RestController
@Public
@RequestMapping("/api")
@Tag(
    name = "Panorama domaine de formation",
    description = "Formations d'un domaine (NSF), établissements et indicateurs")
class DomaineFormationApi {

  private final DomaineFormationQueries domaines;
  private final FormationIndicateurQueries indicateurs;
  private final TerritoireChoix territoires;
  private final FormationQueries formations;

  DomaineFormationApi(
      DomaineFormationQueries domaines,
      FormationIndicateurQueries indicateurs,
      TerritoireChoix territoires,
      FormationQueries formations) {
    this.domaines = domaines;
    this.indicateurs = indicateurs;
    this.territoires = territoires;
    this.formations = formations;
  }

  @GetMapping("/domaines-de-formation")
  @Operation(summary = "Les domaines de formation (NSF) du périmètre et leur nombre de formations")
  List<Domaine> domaines() {
    return domaines.domaines();
  }

  @GetMapping("/domaines-de-formation/{codeNsf}")
  @Operation(
      summary = "Les formations d'un domaine et le nombre d'établissements qui les proposent",
      description =
          "Les formations du périmètre dont le CFD porte ce code NSF (4e à 6e caractères), dans la"
              + " voie demandée, avec le nombre d'établissements du territoire qui les proposent à"
              + " la rentrée la plus récente dont les effectifs sont connus.")
  FormationsDuDomaine formations(
      @PathVariable String codeNsf,
      @RequestParam(required = false) @Nullable CodeRegion codeRegion,
      @RequestParam(required = false) @Nullable CodeAcademie codeAcademie,
      @RequestParam(required = false) @Nullable CodeDepartement codeDepartement,
      @Parameter(description = "scolaire ou apprentissage ; les deux par défaut")
          @RequestParam(required = false)
          @Nullable String voie) {
    Domaine domaine =
        domaines
            .domaine(codeNsf)
            .orElseThrow(
                () ->
                    Problems.notFound(
                        "Aucun domaine de formation de code NSF « " + codeNsf + " »."));
    return domaines.formations(
        domaine,
        territoires.codes(codeRegion, codeAcademie, codeDepartement),
        DomainesFormation.voie(voie));
  }

  @GetMapping("/formations/{cfd}/etablissements")
  @Operation(
      summary =
          "Les établissements d'un territoire qui proposent une formation à la rentrée la plus"
              + " récente dont les effectifs sont connus")
  EtablissementsDeFormation etablissements(
      @PathVariable Cfd cfd,
      @RequestParam(required = false) @Nullable CodeRegion codeRegion,
      @RequestParam(required = false) @Nullable CodeAcademie codeAcademie,
      @RequestParam(required = false) @Nullable CodeDepartement codeDepartement,
      @RequestParam(required = false) @Nullable String voie) {
    return domaines.etablissements(
        formation(cfd),
        territoires.codes(codeRegion, codeAcademie, codeDepartement),
        DomainesFormation.voie(voie));
  }

  @GetMapping("/formations/{cfd}/indicateurs")
  @Operation(
      summary = "Les indicateurs d'une formation dans un territoire",
      description =
          "Par rentrée : établissements, effectif en entrée, nombre d'élèves, capacité, vœux, taux"
              + " de pression (taux de demande pour un BTS) et de remplissage. Par millésime : les"
              + " taux InserJeunes de la région du territoire (somme des régions pour la France"
              + " entière) et, dans une région, la position dans le quadrant.")
  IndicateursTerritoire indicateurs(
      @PathVariable Cfd cfd,
      @RequestParam(required = false) @Nullable CodeRegion codeRegion,
      @RequestParam(required = false) @Nullable CodeAcademie codeAcademie,
      @RequestParam(required = false) @Nullable CodeDepartement codeDepartement,
      @RequestParam(required = false) @Nullable String voie) {
    return indicateurs.territoire(
        formation(cfd),
        territoires.codes(codeRegion, codeAcademie, codeDepartement),
        DomainesFormation.voie(voie));
  }

  @GetMapping("/formations/{cfd}/indicateurs/regions")
  @Operation(
      summary =
          "Les indicateurs d'une formation en France et dans chaque région, et leur évolution",
      description =
          "Taux InserJeunes par millésime, effectif en entrée et taux de pression par rentrée,"
              + " position dans le quadrant du millésime le plus récent (voie scolaire).")
  IndicateursRegions regions(
      @PathVariable Cfd cfd,
      @Parameter(description = "scolaire (par défaut) ou apprentissage")
          @RequestParam(defaultValue = Voie.CODE_SCOLAIRE)
          String voie) {
    String choisie = DomainesFormation.voie(voie);
    return indicateurs.regions(formation(cfd), choisie == null ? Voie.CODE_SCOLAIRE : choisie);
  }

  private Cfd formation(Cfd cfd) {
    if (!formations.isKnown(cfd)) {
      throw Problems.notFound("Aucune formation de CFD « " + cfd.code() + " ».");
    }
    return cfd;
  }
}
