package fr.education.orion.glossaire;

import fr.education.orion.compte.Public;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page, which explains Orion, and the accessibility statement. */
@Controller
@Public
class AccueilController {

  @GetMapping("/")
  String accueil() {
    return "glossaire/accueil";
  }

  @GetMapping("/accessibilite")
  String accessibilite() {
    return "glossaire/accessibilite";
  }
}
