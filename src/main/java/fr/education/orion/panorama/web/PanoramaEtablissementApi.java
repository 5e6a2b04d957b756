package fr.education.orion.panorama.web;

import fr.education.orion.panorama.PanoramaEtablissement;
import fr.education.orion.panorama.PanoramaEtablissementQueries;
import fr.education.orion.referentiel.Uai;
import fr.education.orion.system.Problems;
import fr.education.orion.system.Public;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The panorama of an établissement in JSON, with the filters of its page. */
@RestController
@Public
@RequestMapping("/api/panorama")
@Tag(name = "Panoramas", description = "Les données des pages de panorama")
class PanoramaEtablissementApi {

  private final PanoramaEtablissementQueries panoramas;

  PanoramaEtablissementApi(PanoramaEtablissementQueries panoramas) {
    this.panoramas = panoramas;
  }

  @GetMapping("/etablissements/{uai}")
  @Operation(
      summary = "Panorama d'un établissement",
      description =
          "Identité, voies et domaines de l'offre à la rentrée choisie, indicateurs InserJeunes de"
              + " la DEPP (millésime choisi et précédent), analyse de chaque formation (effectifs,"
              + " capacité, vœux, taux de pression ou de demande comparé au département, à la"
              + " région et à la France, taux de remplissage, taux InserJeunes de l'établissement"
              + " ou à défaut de la région par millésime), établissements du département proposant"
              + " la formation choisie, du plus proche au plus lointain, et ce qui manque. Taux en"
              + " fractions, null quand ils ne sont pas calculables.")
  PanoramaEtablissement panorama(
      @PathVariable Uai uai,
      @Parameter(description = "Rentrée AAAA ; par défaut la plus récente du constat de rentrée")
          @RequestParam(required = false)
          @Nullable String rentreeScolaire,
      @Parameter(description = "Niveau de diplôme (ex. 400 pour le bac pro) ; tous par défaut")
          @RequestParam(required = false)
          @Nullable String codeNiveauDiplome,
      @Parameter(description = "scolaire ou apprentissage ; les deux par défaut")
          @RequestParam(required = false)
          @Nullable String voie,
      @Parameter(
              description =
                  "Millésime AAAA_AAAA des indicateurs de la DEPP ; par défaut le plus récent")
          @RequestParam(required = false)
          @Nullable String millesime,
      @Parameter(
              description =
                  "CFD de la formation dont on cherche les établissements proches ; par défaut la"
                      + " première formation retenue")
          @RequestParam(required = false)
          @Nullable String cfd) {
    return panoramas
        .panorama(
            uai,
            PanoramaEtablissementQueries.Criteres.of(
                rentreeScolaire, codeNiveauDiplome, voie, millesime, cfd))
        .orElseThrow(() -> Problems.notFound("Aucun établissement d'UAI « " + uai + " »."));
  }
}
