package fr.education.orion.console;

import fr.education.orion.system.Pagination;
import fr.education.orion.system.Public;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The consoles as JSON pages and as CSV and XLSX files of every matching row, with the same
 * filters, fed by the same query records as the pages.
 */
@Public
@RestController
@RequestMapping("/api/console")
@Tag(
    name = "Consoles",
    description =
        "Formations d'un territoire et offres de ses établissements, avec les indicateurs des"
            + " panoramas ; chaque filtre peut être répété (codeRegion=84&codeRegion=76)")
class ConsoleApi {

  private static final String SORT =
      "Champ de tri (un champ des lignes) ; par défaut effectifEntree décroissant. Les valeurs"
          + " manquantes sont toujours en dernier.";
  private static final String COLONNES =
      "Colonnes du fichier (champs des lignes, répétables) ; toutes par défaut";

  private final ConsoleQueries queries;
  private final Exports exports;

  ConsoleApi(ConsoleQueries queries, Exports exports) {
    this.queries = queries;
    this.exports = exports;
  }

  @GetMapping("/formations")
  @Operation(
      summary = "Console des formations",
      description =
          "Une ligne par formation (CFD et dispositif) et rentrée, sommée sur les établissements du"
              + " territoire filtré ; taux InserJeunes sommés sur les régions du territoire"
              + " (toutes sans filtre territorial) ; position dans le quadrant quand les filtres"
              + " désignent une seule région.")
  Pagination<LigneFormation> formations(
      @ParameterObject FiltresConsole filtres,
      @Parameter(description = SORT) @RequestParam(required = false) @Nullable String sort,
      @Parameter(description = "asc ou desc") @RequestParam(required = false)
          @Nullable String order,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Pagination.DEFAULT_SIZE) int size) {
    return typees(
        queries.page(
            Console.FORMATIONS, filtres, Tri.of(Console.FORMATIONS, sort, order), page, size));
  }

  @GetMapping("/etablissements")
  @Operation(
      summary = "Console des établissements",
      description =
          "Une ligne par offre (établissement, formation, dispositif, voie) et rentrée ; taux"
              + " InserJeunes de l'établissement (comptes par UAI) et de sa région, valeur ajoutée"
              + " de la DEPP.")
  Pagination<LigneEtablissement> etablissements(
      @ParameterObject FiltresConsole filtres,
      @Parameter(description = SORT) @RequestParam(required = false) @Nullable String sort,
      @Parameter(description = "asc ou desc") @RequestParam(required = false)
          @Nullable String order,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Pagination.DEFAULT_SIZE) int size) {
    return typees(
        queries.page(
            Console.ETABLISSEMENTS,
            filtres,
            Tri.of(Console.ETABLISSEMENTS, sort, order),
            page,
            size));
  }

  @GetMapping("/formations.csv")
  @Operation(summary = "Console des formations en CSV (toutes les lignes, en flux)")
  void formationsCsv(
      @ParameterObject FiltresConsole filtres,
      @Parameter(description = SORT) @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String order,
      @Parameter(description = COLONNES) @RequestParam(required = false)
          @Nullable List<String> colonnes,
      HttpServletResponse response)
      throws IOException {
    exports.exporter(
        Console.FORMATIONS, Export.Format.CSV, filtres, sort, order, colonnes, response);
  }

  @GetMapping("/formations.xlsx")
  @Operation(summary = "Console des formations en XLSX (toutes les lignes, en flux)")
  void formationsXlsx(
      @ParameterObject FiltresConsole filtres,
      @Parameter(description = SORT) @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String order,
      @Parameter(description = COLONNES) @RequestParam(required = false)
          @Nullable List<String> colonnes,
      HttpServletResponse response)
      throws IOException {
    exports.exporter(
        Console.FORMATIONS, Export.Format.XLSX, filtres, sort, order, colonnes, response);
  }

  @GetMapping("/etablissements.csv")
  @Operation(summary = "Console des établissements en CSV (toutes les offres, en flux)")
  void etablissementsCsv(
      @ParameterObject FiltresConsole filtres,
      @Parameter(description = SORT) @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String order,
      @Parameter(description = COLONNES) @RequestParam(required = false)
          @Nullable List<String> colonnes,
      HttpServletResponse response)
      throws IOException {
    exports.exporter(
        Console.ETABLISSEMENTS, Export.Format.CSV, filtres, sort, order, colonnes, response);
  }

  @GetMapping("/etablissements.xlsx")
  @Operation(summary = "Console des établissements en XLSX (toutes les offres, en flux)")
  void etablissementsXlsx(
      @ParameterObject FiltresConsole filtres,
      @Parameter(description = SORT) @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String order,
      @Parameter(description = COLONNES) @RequestParam(required = false)
          @Nullable List<String> colonnes,
      HttpServletResponse response)
      throws IOException {
    exports.exporter(
        Console.ETABLISSEMENTS, Export.Format.XLSX, filtres, sort, order, colonnes, response);
  }

  /** The rows of a console are all of its record type. */
  @SuppressWarnings("unchecked")
  private static <L extends LigneConsole> Pagination<L> typees(Pagination<LigneConsole> page) {
    return (Pagination<L>) (Pagination<?>) page;
  }
}
