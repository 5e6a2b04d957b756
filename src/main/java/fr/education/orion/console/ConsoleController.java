package fr.education.orion.console;

import fr.education.orion.compte.CompteCourant;
import fr.education.orion.indicateur.Disponibilites;
import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.ingestion.SelonImports;
import fr.education.orion.system.Format;
import fr.education.orion.system.PageRendue;
import fr.education.orion.system.Pagination;
import fr.education.orion.system.Public;
import gg.jte.TemplateEngine;
import jakarta.servlet.http.HttpServletRequest;
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
class ConsoleController {

  private static final List<String> TYPES_SOURCES =
      List.of(
          "constat_rentree",
          "affelnet",
          "parcoursup_bts",
          "inserjeunes_region",
          "depp_inserjeunes_lycees",
          "depp_inserjeunes_cfa");

  /**
   * A formation row shows its position in the quadrant of one région only (the quadrant compares
   * the formations of a région): without a single région, the position filter keeps no row.
   */
  private static final String POSITION_SANS_REGION =
      "Indisponible : choisissez une seule région (ou un territoire d'une seule région), le"
          + " quadrant compare les formations d'une même région.";

  private final ConsoleQueries queries;
  private final OptionsQueries options;
  private final DonneesManquantes manques;
  private final Disponibilites disponibilites;
  private final ImportRuns imports;
  private final RequetesEnregistrees requetes;
  private final CompteCourant compte;
  private final TemplateEngine moteur;
  private final SelonImports<Vue, RenduConsole> rendus;

  /** A view of a console: its filters with their defaults, order, page and chosen columns. */
  private record Vue(
      Console console,
      FiltresConsole filtres,
      Tri tri,
      int page,
      int size,
      List<String> colonnes) {}

  /** Views whose {@link RenduConsole} is kept until the next import. */
  private static final int VUES_GARDEES = 64;

  ConsoleController(
      ConsoleQueries queries,
      OptionsQueries options,
      DonneesManquantes manques,
      Disponibilites disponibilites,
      ImportRuns imports,
      RequetesEnregistrees requetes,
      CompteCourant compte,
      TemplateEngine moteur) {
    this.queries = queries;
    this.options = options;
    this.manques = manques;
    this.disponibilites = disponibilites;
    this.imports = imports;
    this.requetes = requetes;
    this.compte = compte;
    this.moteur = moteur;
    this.rendus = new SelonImports<>(imports, this::rendre, VUES_GARDEES);
  }

  @GetMapping("/console/formations")
  String formations(
      FiltresConsole filtres,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String order,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Pagination.DEFAULT_SIZE) int size,
      @RequestParam(required = false) @Nullable List<String> colonnes,
      HttpServletRequest requete,
      Model model) {
    return page(
        Console.FORMATIONS, accueil(filtres, requete), sort, order, page, size, colonnes, model);
  }

  @GetMapping("/console/etablissements")
  String etablissements(
      FiltresConsole filtres,
      @RequestParam(required = false) @Nullable String sort,
      @RequestParam(required = false) @Nullable String order,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "" + Pagination.DEFAULT_SIZE) int size,
      @RequestParam(required = false) @Nullable List<String> colonnes,
      HttpServletRequest requete,
      Model model) {
    return page(
        Console.ETABLISSEMENTS,
        accueil(filtres, requete),
        sort,
        order,
        page,
        size,
        colonnes,
        model);
  }

  /**
   * A first visit (no parameter at all) opens on the user's own territory: a perdir's
   * établissements, a regional user's région. Anonymous visitors and national users see every
   * territory and choose; any parameter (« Effacer les filtres » sends an empty région) means the
   * user chose.
   */
  private FiltresConsole accueil(FiltresConsole filtres, HttpServletRequest requete) {
    if (!requete.getParameterMap().isEmpty()) {
      return filtres;
    }
    return compte
        .droits()
        .map(
            droits ->
                filtres.surPortee(
                    droits.codeRegion() == null ? null : droits.codeRegion().code(),
                    droits.uais().stream().map(uai -> uai.code()).sorted().toList()))
        .orElse(filtres);
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
    return page(
        console,
        demandes,
        Tri.of(console, sort, order),
        page,
        size,
        champs == null ? List.of() : champs,
        null,
        model);
  }

  /**
   * The first page of a view with the save form given back as typed and why the query was refused
   * (a refused save, {@link RequetesConsoleController}).
   */
  String pageRefusee(RequetesEnregistrees.VueEnregistree vue, SaisieRequete saisie, Model model) {
    return page(
        vue.console(),
        vue.filtres(),
        vue.tri(),
        0,
        Pagination.DEFAULT_SIZE,
        vue.colonnes(),
        saisie,
        model);
  }

  private String page(
      Console console,
      FiltresConsole demandes,
      Tri tri,
      int page,
      int size,
      List<String> champs,
      @Nullable SaisieRequete saisie,
      Model model) {
    Vue vue = new Vue(console, queries.completees(demandes), tri, page, size, champs);
    model.addAttribute(
        "page",
        page(vue, false, compte.utilisateur().map(u -> requetes.de(u.id())).orElse(null), saisie));
    model.addAttribute("rendu", rendus.get(vue));
    return "console/console";
  }

  /**
   * @param evolution with the rates of the rows for every millésime, which only the rendering of
   *     the rows shows
   */
  private ConsolePage page(
      Vue vue,
      boolean evolution,
      @Nullable List<RequeteEnregistree> enregistrees,
      @Nullable SaisieRequete saisie) {
    Console console = vue.console();
    FiltresConsole filtres = vue.filtres();
    String regionUnique = queries.regionUnique(filtres);
    Liens liens = new Liens(console, filtres, vue.tri(), vue.colonnes(), vue.size());
    Pagination<LigneConsole> lignes =
        queries.page(console, filtres, vue.tri(), vue.page(), vue.size());
    OptionsConsole choix = options.options();
    List<FiltreActif> actifs =
        lignes.total() > 0
            ? List.of()
            : FiltresActifs.de(
                filtres,
                choix,
                liens,
                sans -> queries.page(console, sans, vue.tri(), 0, 1).total());
    return new ConsolePage(
        console,
        filtres,
        vue.tri(),
        lignes,
        evolution ? queries.evolution(console, filtres, lignes.items()) : null,
        console.choisies(vue.colonnes()),
        vue.colonnes(),
        choix,
        manques.de(console, filtres, regionUnique != null),
        sources(imports),
        liens,
        suggestions(liens, regionUnique != null),
        enregistrees,
        RequetesEnregistrees.COULEURS,
        saisie,
        actifs,
        disponibilites.couverture(),
        console == Console.FORMATIONS && regionUnique == null ? POSITION_SANS_REGION : null);
  }

  /** The filter form and the rows, rendered for every visitor of the view. */
  private RenduConsole rendre(Vue vue) {
    ConsolePage page = page(vue, true, null, null);
    String titre = vue.console().titre();
    return new RenduConsole(
        PageRendue.de(moteur, "console/filtres.jte", titre, page),
        PageRendue.de(moteur, "console/lignes.jte", titre, page));
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
