package fr.education.orion.referentiel;

import fr.education.orion.referentiel.Formations.FormationResume;
import fr.education.orion.system.Pagination;
import fr.education.orion.system.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The formation search page and the formation page. */
@Controller
class FormationPages {

  private static final int PAGE_SIZE = 30;
  private final FormationQueries formations;

  FormationPages(FormationQueries formations) {
    this.formations = formations;
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
            query, codeNiveau, perimetreSeul, formations.niveauxDuPerimetre(), resultats));
    return "referentiel/formations";
  }

  @GetMapping("/formations/{cfd}")
  String formation(@PathVariable String cfd, Model model) {
    String code = Codes.cfd(cfd);
    model.addAttribute(
        "formation",
        formations
            .find(code)
            .orElseThrow(() -> Problems.notFound("Aucune formation de CFD « " + code + " ».")));
    return "referentiel/formation";
  }
}
