package fr.education.orion.console;

import fr.education.orion.compte.CompteCourant;
import fr.education.orion.compte.Public;
import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.system.Format;
import fr.education.orion.system.Pagination;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console pages. Every choice is a GET parameter (filters, order, page, columns), so that the
 * pages work without JavaScript and every view can be bookmarked; htmx only replaces the results
 * instead of the whole page.
 */
@Public
@Controller
class ConsolePages {

  private static final List<String> TYPES_SOURCES =
      List.of(
          "constat_rentree",
          "affelnet",
          "parcoursup_bts",
          "inserjeunes_region",
          "depp_inserjeunes_lycees",
          "depp_inserjeunes_cfa");

  private final ConsoleQueries queries;
  private final OptionsQueries options;
  private final DonneesManquantes manques;
  private final ImportRuns imports;
  private final RequetesEnregistrees requetes;
  private final CompteCourant compte;

  ConsolePages(
      ConsoleQueries queries,
      OptionsQueries options,
      DonneesManquantes manques,
      ImportRuns imports,
      RequetesEnregistrees requetes,
      CompteCourant compte) {
    this.queries = queries;
    this.options = options;
    this.manques = manques;
    this.imports = imports;
    this.requetes = requetes;
    this.compte = compte;
  }

  @GetMapping("/console/formations")
  String formations(
      FiltresConsole filtres,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String order,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Pagination.DEFAULT_SIZE) int size,
      @RequestParam(required = false) @Nullable List<String> colonnes,
      Model model) {
    return page(Console.FORMATIONS, filtres, sort, order, page, size, colonnes, model);
  }

  @GetMapping("/console/etablissements")
  String etablissements(
      FiltresConsole filtres,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String order,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Pagination.DEFAULT_SIZE) int size,
      @RequestParam(required = false) @Nullable List<String> colonnes,
      Model model) {
    return page(Console.ETABLISSEMENTS, filtres, sort, order, page, size, colonnes, model);
  }

  private String page(
      Console console,
      FiltresConsole demandes,
      @Nullable String sort,
      @Nullable String order,
      int page,
      int size,
      @Nullable List<String> champs,
      Model model) {
    FiltresConsole filtres = queries.completees(demandes);
    Tri tri = Tri.of(console, sort, order);
    List<String> choisis = champs == null ? List.of() : champs;
    List<Colonne> colonnes = console.choisies(choisis);
    String regionUnique = queries.regionUnique(filtres);
    Liens liens = new Liens(console, filtres, tri, choisis, size);
    model.addAttribute(
        "page",
        new ConsolePage(
            console,
            filtres,
            tri,
            queries.page(console, filtres, tri, page, size),
            colonnes,
            choisis,
            options.options(),
            manques.de(console, filtres, regionUnique != null),
            sources(imports),
            liens,
            suggestions(liens, regionUnique != null),
            compte.utilisateur().map(u -> requetes.de(u.id())).orElse(null),
            RequetesEnregistrees.COULEURS));
    return "console/console";
  }

  /** The files the figures come from, with their year and when they were imported. */
  private static List<String> sources(ImportRuns imports) {
    return imports.sources(TYPES_SOURCES).stream()
        .map(
            run ->
                run.fichier()
                    + (run.annee() == null ? "" : " (" + run.annee() + ")")
                    + ", importé le "
                    + Format.moment(run.fin() == null ? run.debut() : run.fin()))
        .toList();
  }

  /**
   * Suggested queries: the transitions always; with a single région, its actions prioritaires and
   * its formations in the last quadrant.
   */
  private static List<Suggestion> suggestions(Liens liens, boolean uneRegion) {
    List<Suggestion> suggestions = new ArrayList<>();
    if (uneRegion) {
      suggestions.add(
          new Suggestion(
              "Actions prioritaires de la région",
              liens.avec("formationSpecifique", "actionPrioritaire")));
      suggestions.add(
          new Suggestion("Formations en Q4 dans la région", liens.avec("positionQuadrant", "Q4")));
    }
    suggestions.add(
        new Suggestion(
            "Transition écologique", liens.avec("formationSpecifique", "transitionEcologique")));
    suggestions.add(
        new Suggestion(
            "Transition numérique", liens.avec("formationSpecifique", "transitionNumerique")));
    suggestions.add(
        new Suggestion(
            "Transition démographique",
            liens.avec("formationSpecifique", "transitionDemographique")));
    return suggestions;
  }
}
