package fr.education.orion.panorama.web;

import fr.education.orion.compte.CompteCourant;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.indicateur.Calendrier;
import fr.education.orion.indicateur.Disponibilites;
import fr.education.orion.indicateur.Millesime;
import fr.education.orion.indicateur.RentreeScolaire;
import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.ingestion.ImportRuns.ImportRun;
import fr.education.orion.ingestion.SelonImports;
import fr.education.orion.panorama.Choix;
import fr.education.orion.panorama.FiltresQuadrant;
import fr.education.orion.panorama.IndicateursTerritoire;
import fr.education.orion.panorama.IndicateursTerritoireQueries;
import fr.education.orion.panorama.LiensUtiles;
import fr.education.orion.panorama.QuadrantQueries;
import fr.education.orion.panorama.QuadrantTerritoire;
import fr.education.orion.panorama.Selection;
import fr.education.orion.panorama.Selections;
import fr.education.orion.panorama.TriQuadrant;
import fr.education.orion.panorama.web.PanoramaTerritoirePage.Lien;
import fr.education.orion.panorama.web.PanoramaTerritoirePage.Source;
import fr.education.orion.referentiel.CodeDepartement;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.NiveauDiplome;
import fr.education.orion.referentiel.Territoire;
import fr.education.orion.referentiel.Territoire.Echelon;
import fr.education.orion.referentiel.TerritoireQueries;
import fr.education.orion.system.Format;
import fr.education.orion.system.PageRendue;
import fr.education.orion.system.Public;
import gg.jte.TemplateEngine;
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

/**
 * The région and département panoramas: key figures of a niveau de diplôme (default: bac pro) in
 * the territory, and the quadrant of its formations with its table. Every choice is a GET
 * parameter; {@code /panorama/region} and {@code /panorama/departement} only send to the chosen
 * territory's page (until accounts exist, the first région or département by name).
 */
@Controller
@Public
class PanoramaTerritoireController {

  /** The niveau shown first: the bac professionnel. */
  static final NiveauDiplome NIVEAU_PAR_DEFAUT = new NiveauDiplome("400");

  private static final Map<String, String> SOURCES =
      Map.of(
          "constat_rentree", "Constat de rentrée (DEPP) : effectifs",
          "affelnet", "Affelnet : capacités et premiers vœux",
          "parcoursup_bts", "Parcoursup : capacités et vœux des BTS",
          "inserjeunes_region", "InserJeunes (DEPP, DARES) : devenir des sortants par région",
          "chomage_regional_insee", "INSEE : taux de chômage des régions",
          "chomage_departemental_insee", "INSEE : taux de chômage des départements");

  /**
   * The rendered pages kept (about 80 kB each): the most visited territories and choices are read
   * from memory until the next import.
   */
  private static final int PAGES_GARDEES = 64;

  /** What a page shows, besides the data: its rendering is kept until the next import. */
  private record Demande(Territoire territoire, ParametresPanorama parametres) {}

  private final Selections selections;
  private final Calendrier calendrier;
  private final Disponibilites disponibilites;
  private final TerritoireQueries territoires;
  private final IndicateursTerritoireQueries indicateurs;
  private final QuadrantQueries quadrants;
  private final ImportRuns imports;
  private final JsonMapper json;
  private final TemplateEngine moteur;
  private final SelonImports<Demande, PageRendue> pages;
  private final CompteCourant compte;

  PanoramaTerritoireController(
      Selections selections,
      Calendrier calendrier,
      Disponibilites disponibilites,
      TerritoireQueries territoires,
      IndicateursTerritoireQueries indicateurs,
      QuadrantQueries quadrants,
      ImportRuns imports,
      JsonMapper json,
      TemplateEngine moteur,
      CompteCourant compte) {
    this.compte = compte;
    this.selections = selections;
    this.calendrier = calendrier;
    this.disponibilites = disponibilites;
    this.territoires = territoires;
    this.indicateurs = indicateurs;
    this.quadrants = quadrants;
    this.imports = imports;
    this.json = json;
    this.moteur = moteur;
    this.pages = new SelonImports<>(imports, this::render, PAGES_GARDEES);
  }

  /**
   * Without a région in the URL: a signed-in user's own région, else the choice of territories on
   * the panoramas' index page — an anonymous visitor is not sent to a région they did not ask for.
   */
  @GetMapping("/panorama/region")
  String choixRegion(
      @RequestParam(required = false) @Nullable String codeRegion, ParametresPanorama parametres) {
    if (codeRegion != null && !codeRegion.isBlank()) {
      return "redirect:" + parametres.url("/panorama/region/" + codeRegion.strip());
    }
    return compte
        .utilisateur()
        .map(Utilisateur::codeRegion)
        .map(code -> "redirect:" + parametres.url("/panorama/region/" + code))
        .orElse("redirect:/panorama#une-region");
  }

  /** Without a département in the URL: the choice of territories on the panoramas' index page. */
  @GetMapping("/panorama/departement")
  String choixDepartement(
      @RequestParam(required = false) @Nullable String codeDepartement,
      ParametresPanorama parametres) {
    if (codeDepartement != null && !codeDepartement.isBlank()) {
      return "redirect:" + parametres.url("/panorama/departement/" + codeDepartement.strip());
    }
    return "redirect:/panorama#un-departement";
  }

  @GetMapping("/panorama/region/{codeRegion}")
  String region(@PathVariable CodeRegion codeRegion, ParametresPanorama parametres, Model model) {
    model.addAttribute(
        "panorama", pages.get(new Demande(selections.territoire(codeRegion), parametres)));
    return "panorama/territoire";
  }

  @GetMapping("/panorama/departement/{codeDepartement}")
  String departement(
      @PathVariable CodeDepartement codeDepartement, ParametresPanorama parametres, Model model) {
    model.addAttribute(
        "panorama", pages.get(new Demande(selections.territoire(codeDepartement), parametres)));
    return "panorama/territoire";
  }

  private PageRendue render(Demande demande) {
    PanoramaTerritoirePage panorama =
        demande.territoire().echelon() == Echelon.REGION
            ? panoramaRegion(demande.territoire(), demande.parametres())
            : panoramaDepartement(demande.territoire(), demande.parametres());
    return PageRendue.de(moteur, "panorama/territoire-contenu.jte", panorama.titre(), panorama);
  }

  private PanoramaTerritoirePage panoramaRegion(Territoire region, ParametresPanorama parametres) {
    List<Choix> regions =
        territoires.regionsDuPerimetre().stream()
            .map(r -> new Choix(r.codeRegion().code(), r.libelle()))
            .toList();
    List<Lien> departements =
        territoires.departementsDuPerimetre().stream()
            .filter(d -> d.codeRegion().equals(region.codeRegion()))
            .map(
                d ->
                    new Lien(
                        d.libelle() + " (" + d.codeDepartement() + ")",
                        "/panorama/departement/" + d.codeDepartement()))
            .toList();
    return panorama(region, "codeRegion", regions, departements, parametres);
  }

  private PanoramaTerritoirePage panoramaDepartement(
      Territoire departement, ParametresPanorama parametres) {
    List<Choix> departements =
        territoires.departementsDuPerimetre().stream()
            .map(
                d ->
                    new Choix(
                        d.codeDepartement().code(), d.codeDepartement() + " — " + d.libelle()))
            .toList();
    List<Lien> region =
        List.of(
            new Lien(
                "Région " + departement.libelleRegion(),
                "/panorama/region/" + departement.codeRegion()));
    return panorama(departement, "codeDepartement", departements, region, parametres);
  }

  private PanoramaTerritoirePage panorama(
      Territoire territoire,
      String choixTerritoire,
      List<Choix> choix,
      List<Lien> autresTerritoires,
      ParametresPanorama demandes) {
    List<Choix> niveaux = selections.niveaux();
    NiveauDiplome niveau = demandes.codeNiveauDiplome();
    Selection selection =
        selections.read(
            territoire,
            niveau == null ? niveauParDefaut(niveaux) : niveau,
            demandes.codeNsf(),
            demandes.rentreeScolaire(),
            demandes.millesime());
    ParametresPanorama parametres = demandes.withSelection(selection);
    FiltresQuadrant filtres = parametres.filtres();
    TriQuadrant tri = parametres.tri();
    QuadrantTerritoire quadrant = quadrants.quadrant(selection, filtres, tri);

    // The figures of the previous rentrée and millésime, when the data have them.
    List<String> rentrees = calendrier.rentrees();
    List<String> millesimes = calendrier.millesimes();
    Selection precedente = selection.precedente();
    boolean rentreePrecedente = rentrees.contains(precedente.rentreeScolaire());
    boolean millesimePrecedent = millesimes.contains(precedente.millesime());
    IndicateursTerritoire actuels = indicateurs.indicateurs(selection);
    IndicateursTerritoire avant =
        rentreePrecedente || millesimePrecedent ? indicateurs.indicateurs(precedente) : null;

    String api =
        "/api/"
            + (territoire.echelon() == Echelon.REGION ? "regions/" : "departements/")
            + territoire.code();
    String chemin =
        "/panorama/"
            + (territoire.echelon() == Echelon.REGION ? "region/" : "departement/")
            + territoire.code();
    Map<String, @Nullable String> territoireConsole = new LinkedHashMap<>();
    territoireConsole.put(choixTerritoire, territoire.code());
    return new PanoramaTerritoirePage(
        territoire,
        selection,
        chemin,
        choixTerritoire,
        choix,
        autresTerritoires,
        niveaux,
        selections.domaines(selection.codeNiveauDiplome()),
        rentrees,
        millesimes,
        ChiffresCles.entree(actuels, rentreePrecedente ? avant : null),
        ChiffresCles.sortie(actuels, millesimePrecedent ? avant : null),
        ChiffresCles.chomage(actuels),
        rentreePrecedente ? "par rapport à la rentrée " + precedente.rentreeScolaire() : null,
        millesimePrecedent ? "par rapport au millésime " + precedente.millesime() : null,
        quadrant,
        filtres,
        indisponibles(selection),
        disponibilites.couverture(),
        rentreeAvecEffectifs(selection, parametres, chemin),
        tri,
        graphique(quadrant),
        sources(territoire),
        parametres,
        parametres.url("/console/formations", territoireConsole),
        parametres.selectionSeule().url(api + "/indicateurs"),
        parametres.url(api + "/quadrant"),
        LiensUtiles.territoire(
            territoire.codeRegion(),
            territoire.echelon() == Echelon.DEPARTEMENT
                ? LiensUtiles.departement(territoire.code())
                : null));
  }

  /** Why each quadrant filter could only return nothing at this rentrée and millésime. */
  private FiltresIndisponibles indisponibles(Selection selection) {
    String rentree = selection.rentreeScolaire();
    String millesime = selection.millesime();
    List<String> millesimes = disponibilites.millesimes();
    return FiltresIndisponibles.de(
        disponibilites.rentree(rentree),
        disponibilites.rentree(RentreeScolaire.of(rentree).precedente().code()),
        NiveauDiplome.BTS.equals(selection.codeNiveauDiplome()),
        millesime,
        millesimes.contains(millesime),
        millesimes.contains(Millesime.of(millesime).precedent().code()));
  }

  /**
   * The page at the newest rentrée with headcounts, when the chosen one has none: its quadrant
   * lists nothing.
   */
  private @Nullable Lien rentreeAvecEffectifs(
      Selection selection, ParametresPanorama parametres, String chemin) {
    if (disponibilites.rentree(selection.rentreeScolaire()).effectifs()) {
      return null;
    }
    return disponibilites
        .derniereRentreeAvecEffectifs()
        .map(
            rentree ->
                new Lien("Voir la rentrée " + rentree, parametres.pourRentree(rentree).url(chemin)))
        .orElse(null);
  }

  /** Bac pro when the data have it, else the first niveau. */
  private static NiveauDiplome niveauParDefaut(List<Choix> niveaux) {
    return niveaux.isEmpty()
            || niveaux.stream().anyMatch(n -> n.code().equals(NIVEAU_PAR_DEFAUT.code()))
        ? NIVEAU_PAR_DEFAUT
        : new NiveauDiplome(niveaux.get(0).code());
  }

  /** The plotted formations and the averages, for {@code /js/quadrant.js}. */
  private String graphique(QuadrantTerritoire quadrant) {
    Map<String, Object> donnees = new LinkedHashMap<>();
    donnees.put("moyenneEmploi", quadrant.moyenneInsertion6mois());
    donnees.put("moyennePoursuite", quadrant.moyennePoursuite());
    donnees.put(
        "formations",
        quadrant.formations().stream()
            .filter(QuadrantTerritoire.Formation::trace)
            .map(
                f -> {
                  Map<String, Object> point = new LinkedHashMap<>();
                  point.put("cfd", f.cfd().code());
                  point.put(
                      "libelle",
                      f.libelleFormation() == null ? f.cfd().code() : f.libelleFormation());
                  point.put(
                      "dispositif",
                      f.libelleDispositif() == null ? f.codeDispositif() : f.libelleDispositif());
                  point.put("effectif", f.effectifEntree());
                  point.put("emploi", f.tauxInsertion6mois());
                  point.put("poursuite", f.tauxPoursuite());
                  point.put("devenir", f.tauxDevenirFavorable());
                  point.put("position", f.positionQuadrant());
                  return point;
                })
            .toList());
    // Inside a <script> element, "</" would end it: JSON allows "<\/" for the same text.
    return json.writeValueAsString(donnees).replace("</", "<\\/");
  }

  private List<Source> sources(Territoire territoire) {
    List<String> types =
        List.of(
            "constat_rentree",
            "affelnet",
            "parcoursup_bts",
            "inserjeunes_region",
            territoire.echelon() == Echelon.DEPARTEMENT
                ? "chomage_departemental_insee"
                : "chomage_regional_insee");
    return imports.sources(types).stream().map(PanoramaTerritoireController::source).toList();
  }

  private static Source source(ImportRun run) {
    return new Source(
        SOURCES.getOrDefault(run.type(), String.valueOf(run.type())),
        run.fichier(),
        run.annee(),
        Format.moment(run.fin() == null ? run.debut() : run.fin()));
  }
}
