package fr.education.orion.glossaire;

import fr.education.orion.compte.Public;
import fr.education.orion.panorama.ChiffresNationaux;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page, with the national key figures, and the pages every site of the State links from
 * its footer: legal notice, personal data, accessibility statement and site map.
 */
@Controller
@Public
@EnableConfigurationProperties(SiteProperties.class)
class AccueilController {

  private final ChiffresNationaux chiffres;
  private final SiteProperties site;

  AccueilController(ChiffresNationaux chiffres, SiteProperties site) {
    this.chiffres = chiffres;
    this.site = site;
  }

  @GetMapping("/")
  String accueil(Model model) {
    model.addAttribute("chiffres", chiffres.indicateurs());
    return "glossaire/accueil";
  }

  @GetMapping("/accessibilite")
  String accessibilite(Model model) {
    model.addAttribute("site", site);
    return "glossaire/accessibilite";
  }

  @GetMapping("/mentions-legales")
  String mentionsLegales(Model model) {
    model.addAttribute("site", site);
    return "glossaire/mentions-legales";
  }

  @GetMapping("/donnees-personnelles")
  String donneesPersonnelles(Model model) {
    model.addAttribute("site", site);
    return "glossaire/donnees-personnelles";
  }

  @GetMapping("/plan-du-site")
  String planDuSite() {
    return "glossaire/plan-du-site";
  }
}
