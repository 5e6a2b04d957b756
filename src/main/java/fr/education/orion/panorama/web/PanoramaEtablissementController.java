package fr.education.orion.panorama.web;

import fr.education.orion.panorama.PanoramaEtablissement;
import fr.education.orion.panorama.PanoramaEtablissement.FormationAnalysee;
import fr.education.orion.panorama.PanoramaEtablissement.InserJeunesMillesime;
import fr.education.orion.panorama.PanoramaEtablissementQueries;
import fr.education.orion.referentiel.EtablissementQueries;
import fr.education.orion.referentiel.Uai;
import fr.education.orion.system.Problems;
import fr.education.orion.system.Public;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The search of an établissement and its panorama. */
@Controller
@Public
class PanoramaEtablissementController {

  private static final int PAGE_SIZE = 30;

  private final EtablissementQueries etablissements;
  private final PanoramaEtablissementQueries panoramas;
  private final JsonMapper json;

  PanoramaEtablissementController(
      EtablissementQueries etablissements,
      PanoramaEtablissementQueries panoramas,
      JsonMapper json) {
    this.etablissements = etablissements;
    this.panoramas = panoramas;
    this.json = json;
  }

  @GetMapping("/panorama/etablissement")
  String recherche(
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    String query = q == null || q.isBlank() ? null : q.strip();
    model.addAttribute(
        "recherche",
        new PanoramaEtablissementRecherche(
            query,
            query == null
                ? null
                : etablissements.search(
                    new EtablissementQueries.Criteres(query, null, null, null), page, PAGE_SIZE)));
    return "panorama/etablissements";
  }

  @GetMapping("/panorama/etablissement/{uai}")
  String panorama(
      @PathVariable Uai uai,
      @RequestParam(required = false) @Nullable String rentree,
      @RequestParam(required = false) @Nullable String niveau,
      @RequestParam(required = false) @Nullable String voie,
      @RequestParam(required = false) @Nullable String millesime,
      @RequestParam(required = false) @Nullable String cfd,
      @RequestParam(required = false) @Nullable String onglet,
      Model model) {
    PanoramaEtablissement panorama =
        panoramas
            .panorama(
                uai,
                PanoramaEtablissementQueries.Criteres.of(rentree, niveau, voie, millesime, cfd))
            .orElseThrow(() -> Problems.notFound("Aucun établissement d'UAI « " + uai + " »."));
    model.addAttribute("panorama", panorama);
    model.addAttribute("graphiques", graphiques(panorama.formations()));
    model.addAttribute("onglet", OngletEtablissement.of(onglet));
    return "panorama/etablissement";
  }

  /**
   * The InserJeunes rates of each formation, for the charts drawn by the page's script: a JSON
   * object keyed by the formation's anchor, safe inside a {@code <script>} block.
   */
  private String graphiques(List<FormationAnalysee> formations) {
    Map<String, Map<String, List<?>>> graphiques = new LinkedHashMap<>();
    for (FormationAnalysee formation : formations) {
      List<InserJeunesMillesime> millesimes = formation.inserJeunes().millesimes();
      if (millesimes.isEmpty()) {
        continue;
      }
      Map<String, List<?>> series = new LinkedHashMap<>();
      series.put("millesimes", millesimes.stream().map(InserJeunesMillesime::millesime).toList());
      series.put(
          "emploi", millesimes.stream().map(InserJeunesMillesime::tauxInsertion6mois).toList());
      series.put(
          "poursuite", millesimes.stream().map(InserJeunesMillesime::tauxPoursuite).toList());
      series.put(
          "devenirFavorable",
          millesimes.stream().map(InserJeunesMillesime::tauxDevenirFavorable).toList());
      graphiques.put(formation.offre().ancre(), series);
    }
    return json.writeValueAsString(graphiques).replace("<", "\\u003c");
  }
}
