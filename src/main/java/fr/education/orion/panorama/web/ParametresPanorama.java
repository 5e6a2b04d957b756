package fr.education.orion.panorama.web;

import fr.education.orion.panorama.FiltresQuadrant;
import fr.education.orion.panorama.Selection;
import fr.education.orion.panorama.TriQuadrant;
import fr.education.orion.referentiel.NiveauDiplome;
import fr.education.orion.system.ParametresDeRequete;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The GET parameters of a territorial panorama and of its quadrant route, as the user gave them
 * (checked when read into a {@link Selection}, {@link FiltresQuadrant} and {@link TriQuadrant}).
 * Every link of the page carries them (sorting, territory, console), so that a view can be
 * bookmarked and shared; their names are those of the JSON routes.
 */
@ParametresDeRequete
record ParametresPanorama(
    @Parameter(description = "Niveau de diplôme (ex. 400 pour le bac pro, 500 pour le CAP)")
        @Nullable NiveauDiplome codeNiveauDiplome,
    @Parameter(description = SelectionDemandee.NSF) @Nullable String codeNsf,
    @Parameter(description = SelectionDemandee.RENTREE) @Nullable String rentreeScolaire,
    @Parameter(description = SelectionDemandee.MILLESIME) @Nullable String millesime,
    @Parameter(description = "Effectif en entrée minimum dans le territoire")
        @Nullable String effectifMinimum,
    @Parameter(
            description =
                "Effectif en entrée par rapport à la rentrée précédente : hausse ou baisse")
        @Nullable String effectif,
    @Parameter(
            description =
                "Taux de pression (de demande pour un BTS) : haute (1,3 ou plus) ou basse (moins de"
                    + " 0,7)")
        @Nullable String pression,
    @Parameter(
            description =
                "Taux d'emploi à 6 mois par rapport au millésime précédent : hausse ou baisse")
        @Nullable String emploi,
    @Parameter(
            description =
                "Taux de poursuite d'études par rapport au millésime précédent : hausse ou baisse")
        @Nullable String poursuite,
    @Parameter(
            description =
                "Tri des formations : libelleFormation, libelleDispositif, effectifEntree (par"
                    + " défaut, décroissant), tauxInsertion6mois, tauxPoursuite,"
                    + " tauxDevenirFavorable, positionQuadrant")
        @Nullable String sort,
    @Parameter(description = "asc ou desc") @Nullable String order) {

  FiltresQuadrant filtres() {
    return FiltresQuadrant.of(effectifMinimum, effectif, pression, emploi, poursuite);
  }

  TriQuadrant tri() {
    return TriQuadrant.of(sort, order);
  }

  /** The same parameters with the choices the page made (defaults filled in). */
  ParametresPanorama withSelection(Selection selection) {
    return new ParametresPanorama(
        selection.codeNiveauDiplome(),
        selection.codeNsf(),
        selection.rentreeScolaire(),
        selection.millesime(),
        effectifMinimum,
        effectif,
        pression,
        emploi,
        poursuite,
        sort,
        order);
  }

  /** The territory's selection only, for its key figures. */
  ParametresPanorama selectionSeule() {
    return new ParametresPanorama(
        codeNiveauDiplome,
        codeNsf,
        rentreeScolaire,
        millesime,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** The same parameters at another rentrée. */
  ParametresPanorama pourRentree(String rentree) {
    return new ParametresPanorama(
        codeNiveauDiplome,
        codeNsf,
        rentree,
        millesime,
        effectifMinimum,
        effectif,
        pression,
        emploi,
        poursuite,
        sort,
        order);
  }

  ParametresPanorama sortedBy(String champ, String ordre) {
    return new ParametresPanorama(
        codeNiveauDiplome,
        codeNsf,
        rentreeScolaire,
        millesime,
        effectifMinimum,
        effectif,
        pression,
        emploi,
        poursuite,
        champ,
        ordre);
  }

  /** {@code path} followed by the given parameters, then these; blank ones are left out. */
  String url(String path, Map<String, @Nullable String> avant) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
    Map<String, @Nullable String> tous = new LinkedHashMap<>(avant);
    tous.putAll(valeurs());
    tous.put("sort", sort);
    tous.put("order", order);
    tous.forEach(
        (nom, valeur) -> {
          if (valeur != null && !valeur.isBlank()) {
            uri.queryParam(nom, valeur.strip());
          }
        });
    return uri.encode().build().toUriString();
  }

  String url(String path) {
    return url(path, Map.of());
  }

  /** The selection and the filters, without the order of the table. */
  private Map<String, @Nullable String> valeurs() {
    Map<String, @Nullable String> filtres = new LinkedHashMap<>();
    filtres.put("codeNiveauDiplome", codeNiveauDiplome == null ? null : codeNiveauDiplome.code());
    filtres.put("codeNsf", codeNsf);
    filtres.put("rentreeScolaire", rentreeScolaire);
    filtres.put("millesime", millesime);
    filtres.put("effectifMinimum", effectifMinimum);
    filtres.put("effectif", effectif);
    filtres.put("pression", pression);
    filtres.put("emploi", emploi);
    filtres.put("poursuite", poursuite);
    return filtres;
  }
}
