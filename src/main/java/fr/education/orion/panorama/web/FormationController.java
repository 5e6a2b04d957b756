package fr.education.orion.panorama.web;

import fr.education.orion.panorama.DomainesFormation;
import fr.education.orion.panorama.FormationIndicateurQueries;
import fr.education.orion.panorama.SourcesFormation;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.FormationQueries;
import fr.education.orion.referentiel.Voie;
import fr.education.orion.system.Problems;
import fr.education.orion.system.Public;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The formation page: what the référentiel knows of the formation, then its indicators nationally
 * and per région with their evolution. It lives here rather than in {@code referentiel}, which may
 * not depend on indicators, because one page served by one controller is simpler than a référentiel
 * page fetching a section from another module (a second request, or JavaScript the page must work
 * without); the formation search stays in {@code referentiel}.
 */
@Controller
@Public
class FormationController {

  private final FormationQueries formations;
  private final FormationIndicateurQueries indicateurs;
  private final SourcesFormation sources;

  FormationController(
      FormationQueries formations,
      FormationIndicateurQueries indicateurs,
      SourcesFormation sources) {
    this.formations = formations;
    this.indicateurs = indicateurs;
    this.sources = sources;
  }

  /**
   * @param voie the voie of the indicators: the voie scolaire (the quadrant's) unless the user asks
   *     for apprenticeship
   */
  @GetMapping("/formations/{cfd}")
  String formation(
      @PathVariable Cfd cfd,
      @RequestParam(defaultValue = Voie.CODE_SCOLAIRE) String voie,
      Model model) {
    String code = cfd.code();
    String voieChoisie = DomainesFormation.voie(voie);
    model.addAttribute(
        "formation",
        formations
            .find(cfd)
            .orElseThrow(() -> Problems.notFound("Aucune formation de CFD « " + code + " ».")));
    model.addAttribute(
        "indicateurs",
        indicateurs.regions(cfd, voieChoisie == null ? Voie.CODE_SCOLAIRE : voieChoisie));
    model.addAttribute("sources", sources.sources());
    return "panorama/formation";
  }
}
