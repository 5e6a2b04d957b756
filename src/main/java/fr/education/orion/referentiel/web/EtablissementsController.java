package fr.education.orion.referentiel.web;

import fr.education.orion.referentiel.EtablissementQueries;
import fr.education.orion.referentiel.Etablissements.EtablissementResume;
import fr.education.orion.referentiel.TerritoireQueries;
import fr.education.orion.system.Pagination;
import fr.education.orion.system.Public;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The établissement search page. (The établissement page, which also shows indicators, is served by
 * the {@code indicateur} module.)
 */
@Controller
@Public
class EtablissementsController {

  private static final int PAGE_SIZE = 30;
  private final EtablissementQueries etablissements;
  private final TerritoireQueries territoires;

  EtablissementsController(EtablissementQueries etablissements, TerritoireQueries territoires) {
    this.etablissements = etablissements;
    this.territoires = territoires;
  }

  @GetMapping("/etablissements")
  String search(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    String query = q == null || q.isBlank() ? null : q.strip();
    String codeRegion = region == null || region.isBlank() ? null : region;
    Pagination<EtablissementResume> resultats =
        etablissements.search(
            new EtablissementQueries.Criteres(query, codeRegion, null, null), page, PAGE_SIZE);
    model.addAttribute(
        "recherche",
        new EtablissementRecherche(query, codeRegion, territoires.regionsDuPerimetre(), resultats));
    return "referentiel/etablissements";
  }
}
