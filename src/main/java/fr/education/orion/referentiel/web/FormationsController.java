package fr.education.orion.referentiel.web;

import fr.education.orion.referentiel.FormationQueries;
import fr.education.orion.referentiel.Formations.FormationResume;
import fr.education.orion.system.Pagination;
import fr.education.orion.system.Public;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The formation search page. (The formation page, which also shows indicators, is served by the
 * {@code panorama} module.)
 */
@Controller
@Public
class FormationsController {

  private static final int PAGE_SIZE = 30;
  private final FormationQueries formations;
  private final FormationsProches proches;

  FormationsController(FormationQueries formations, FormationsProches proches) {
    this.formations = formations;
    this.proches = proches;
  }

  @GetMapping("/formations")
  String search(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String niveau,
      @RequestParam(defaultValue = "pro") String perimetre,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    String query = q == null || q.isBlank() ? null : q.strip();
    String codeNiveau = niveau == null || niveau.isBlank() ? null : niveau;
    boolean perimetreSeul = !"tout".equals(perimetre);
    Pagination<FormationResume> resultats =
        formations.search(
            new FormationQueries.Criteres(query, codeNiveau, null, perimetreSeul), page, PAGE_SIZE);
    model.addAttribute(
        "recherche",
        new FormationRecherche(
            query,
            codeNiveau,
            perimetreSeul,
            formations.niveauxDuPerimetre(),
            resultats,
            query == null || resultats.total() > 0 ? List.of() : proches.de(query, perimetreSeul)));
    return "referentiel/formations";
  }
}
