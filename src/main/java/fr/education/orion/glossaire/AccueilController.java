package fr.education.orion.glossaire;

import fr.education.orion.system.Public;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages every site of the State links from its footer: legal notice, personal data,
 * accessibility statement and site map. The home page is {@code
 * panorama.web.ChiffresNationauxController}.
 */
@Controller
@Public
@EnableConfigurationProperties(SiteProperties.class)
class AccueilController {

  private final SiteProperties site;

  AccueilController(SiteProperties site) {
    this.site = site;
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
