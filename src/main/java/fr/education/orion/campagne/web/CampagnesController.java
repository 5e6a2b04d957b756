package fr.education.orion.campagne.web;

import fr.education.orion.campagne.Campagne;
import fr.education.orion.campagne.CampagneQueries;
import fr.education.orion.campagne.CampagneRegionale;
import fr.education.orion.compte.CompteCourant;
import fr.education.orion.system.Autorise;
import fr.education.orion.system.Permission;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The campaigns' administration page: the national campaigns with the regional ones the user may
 * read (an Admin RA its région's only).
 */
@Controller
class CampagnesController {

  private final CampagneQueries queries;
  private final CompteCourant courant;

  CampagnesController(CampagneQueries queries, CompteCourant courant) {
    this.queries = queries;
    this.courant = courant;
  }

  @GetMapping("/admin/campagnes")
  @Autorise(Permission.CAMPAGNES_LECTURE)
  String list(Model model) {
    List<CampagneRegionale> regionales =
        queries.regionales(null, null).stream()
            .filter(
                r -> courant.mayActOnRegion(Permission.CAMPAGNES_REGION_LECTURE, r.codeRegion()))
            .toList();
    List<CampagnesPage.Ligne> lignes =
        queries.campagnes().stream()
            .map(
                (Campagne campagne) ->
                    new CampagnesPage.Ligne(
                        campagne,
                        regionales.stream()
                            .filter(r -> r.annee().equals(campagne.annee()))
                            .toList()))
            .toList();
    model.addAttribute("page", new CampagnesPage(lignes));
    return "campagne/campagnes";
  }
}
