package fr.education.orion.panorama.web;

import fr.education.orion.referentiel.TerritoireQueries;
import fr.education.orion.system.Public;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The index of the panoramas: a région, a département, an établissement or a domaine de formation
 * to choose, and for a signed-in user his own région or établissements first.
 */
@Controller
@Public
class PanoramasController {

  private final TerritoireQueries territoires;

  PanoramasController(TerritoireQueries territoires) {
    this.territoires = territoires;
  }

  @GetMapping("/panorama")
  String index(Model model) {
    model.addAttribute("regions", territoires.regionsDuPerimetre());
    model.addAttribute("departements", territoires.departementsDuPerimetre());
    return "panorama/index";
  }
}
