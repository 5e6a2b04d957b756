package fr.education.orion.compte.web;

import fr.education.orion.compte.CompteConnecte;
import fr.education.orion.system.Autorise;
import fr.education.orion.system.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The index of the administration, for those who manage accounts (the only administration pages
 * other roles could reach are none): it lists the pages the signed-in user may open, by the same
 * rights those pages check ({@link CompteConnecte#gereLesComptes()}, {@link
 * CompteConnecte#importe()}).
 */
@Controller
@Autorise(Permission.USERS_LECTURE)
class AdministrationController {

  @GetMapping("/admin")
  String index() {
    return "compte/administration";
  }
}
