package fr.education.orion.console;

import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.system.Format;
import fr.education.orion.system.Pagination;
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

  ConsolePages(
      ConsoleQueries queries,
      OptionsQueries options,
      DonneesManquantes manques,
      ImportRuns imports) {
    this.queries = queries;
    this.options = options;
    this.manques = manques;
    this.imports = imports;
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
            manques.de(console, filtres, queries.regionUnique(filtres) != null),
            imports.sources(TYPES_SOURCES).stream()
                .map(
                    run ->
                        run.fichier()
                            + (run.annee() == null ? "" : " (" + run.annee() + ")")
                            + ", importé le "
                            + Format.moment(run.fin() == null ? run.debut() : run.fin()))
                .toList(),
            new Liens(console, filtres, tri, choisis, size)));
    return "console/console";
  }
}
