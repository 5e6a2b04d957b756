package fr.education.orion.referentiel.web;

import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.Disciplines;
import fr.education.orion.referentiel.Disciplines.Discipline;
import fr.education.orion.referentiel.EtablissementQueries;
import fr.education.orion.referentiel.Etablissements.EtablissementDetail;
import fr.education.orion.referentiel.Etablissements.EtablissementResume;
import fr.education.orion.referentiel.FormationQueries;
import fr.education.orion.referentiel.Formations.FormationDetail;
import fr.education.orion.referentiel.Formations.FormationResume;
import fr.education.orion.referentiel.TerritoireQueries;
import fr.education.orion.referentiel.Territoires.Academie;
import fr.education.orion.referentiel.Territoires.Departement;
import fr.education.orion.referentiel.Territoires.Region;
import fr.education.orion.referentiel.Uai;
import fr.education.orion.system.Pagination;
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

/** The référentiel routes of the public API. */
@RestController
@Public
@RequestMapping("/api")
@Tag(name = "Référentiel", description = "Territoires, formations et établissements")
class ReferentielApi {

  private final TerritoireQueries territoires;
  private final FormationQueries formations;
  private final EtablissementQueries etablissements;
  private final Disciplines disciplines;

  ReferentielApi(
      TerritoireQueries territoires,
      FormationQueries formations,
      EtablissementQueries etablissements,
      Disciplines disciplines) {
    this.territoires = territoires;
    this.formations = formations;
    this.etablissements = etablissements;
    this.disciplines = disciplines;
  }

  @GetMapping("/regions")
  @Operation(summary = "Les régions")
  List<Region> regions() {
    return territoires.regions();
  }

  @GetMapping("/academies")
  @Operation(summary = "Les académies et leur région")
  List<Academie> academies() {
    return territoires.academies();
  }

  @GetMapping("/departements")
  @Operation(summary = "Les départements, leur académie et leur région")
  List<Departement> departements() {
    return territoires.departements();
  }

  @GetMapping("/formations")
  @Operation(
      summary = "Recherche de formations par CFD ou mots du libellé (accents et casse ignorés)")
  Pagination<FormationResume> formations(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String codeNiveauDiplome,
      @RequestParam(required = false) @Nullable String codeNsf,
      @Parameter(
              description =
                  "true : seulement les diplômes de la voie professionnelle (liste officielle,"
                      + " catalogue de l'apprentissage)")
          @RequestParam(defaultValue = "false")
          boolean perimetre,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Pagination.DEFAULT_SIZE) int size) {
    return formations.search(
        new FormationQueries.Criteres(q, codeNiveauDiplome, codeNsf, perimetre), page, size);
  }

  @GetMapping("/formations/{cfd}")
  @Operation(
      summary =
          "Une formation : niveau, NSF, dispositifs et MEFSTAT11, lignée de rénovation, métiers"
              + " visés (ROME), fiches RNCP, actions prioritaires")
  FormationDetail formation(@PathVariable Cfd cfd) {
    return formations
        .find(cfd)
        .orElseThrow(() -> Problems.notFound("Aucune formation de CFD « " + cfd + " »."));
  }

  @GetMapping("/etablissements")
  @Operation(summary = "Recherche d'établissements par UAI, nom ou commune")
  Pagination<EtablissementResume> etablissements(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String codeRegion,
      @RequestParam(required = false) @Nullable String codeAcademie,
      @RequestParam(required = false) @Nullable String codeDepartement,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Pagination.DEFAULT_SIZE) int size) {
    return etablissements.search(
        new EtablissementQueries.Criteres(q, codeRegion, codeAcademie, codeDepartement),
        page,
        size);
  }

  @GetMapping("/etablissements/{uai}")
  @Operation(summary = "Un établissement")
  EtablissementDetail etablissement(@PathVariable Uai uai) {
    return etablissements
        .find(uai)
        .orElseThrow(() -> Problems.notFound("Aucun établissement d'UAI « " + uai + " »."));
  }

  @GetMapping("/disciplines")
  @Operation(
      summary =
          "Recherche de disciplines d'enseignement par début de code ou mots du libellé (accents"
              + " et casse ignorés), au plus "
              + Disciplines.MAX_RESULTATS
              + ", par libellé")
  List<Discipline> disciplines(
      @Parameter(description = "Début du code (ex. L04) ou mots du libellé (ex. « anglais »)")
          @RequestParam(required = false)
          @Nullable String recherche) {
    return disciplines.search(recherche);
  }
}
