package fr.education.orion.panorama.web;

import fr.education.orion.panorama.ChiffresNationaux;
import fr.education.orion.system.Public;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page, with the national key figures. It lives here, not in {@code glossaire} with the
 * other content pages, because those figures are the panorama's and {@code panorama} already
 * depends on {@code glossaire} (its terms): the other way round would be a cycle.
 */
@Controller
@Public
class ChiffresNationauxController {

  private final ChiffresNationaux chiffres;

  ChiffresNationauxController(ChiffresNationaux chiffres) {
    this.chiffres = chiffres;
  }

  @GetMapping("/")
  String accueil(Model model) {
    model.addAttribute("chiffres", chiffres.indicateurs());
    return "glossaire/accueil";
  }
}
