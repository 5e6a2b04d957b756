package fr.education.orion.panorama;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The GET parameters of a territorial panorama, as the user gave them: they are carried by every
 * link of the page (sorting, territory, console), so that a view can be bookmarked and shared.
 * Their names are those of the JSON routes.
 */
record ParametresPanorama(
    @Nullable String codeNiveauDiplome,
    @Nullable String codeNsf,
    @Nullable String rentreeScolaire,
    @Nullable String millesime,
    @Nullable Integer effectifMinimum,
    @Nullable String effectif,
    @Nullable String pression,
    @Nullable String emploi,
    @Nullable String poursuite,
    @Nullable String sort,
    @Nullable String order) {

  /** The same parameters with the choices the page made (defaults filled in). */
  ParametresPanorama choisis(Selection selection) {
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

  ParametresPanorama trie(String champ, String ordre) {
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

  /** {@code path} followed by the given parameters, then these, blank ones left out. */
  String url(String path, Map<String, @Nullable String> avant) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
    Map<String, @Nullable String> tous = new LinkedHashMap<>(avant);
    tous.putAll(filtres());
    tous.put("sort", sort);
    tous.put("order", order);
    tous.forEach(
        (nom, valeur) -> {
          if (valeur != null && !valeur.isBlank()) {
            uri.queryParam(nom, valeur);
          }
        });
    return uri.encode().build().toUriString();
  }

  /** The selection and the filters, without the order of the table. */
  Map<String, @Nullable String> filtres() {
    Map<String, @Nullable String> filtres = new LinkedHashMap<>();
    filtres.put("codeNiveauDiplome", codeNiveauDiplome);
    filtres.put("codeNsf", codeNsf);
    filtres.put("rentreeScolaire", rentreeScolaire);
    filtres.put("millesime", millesime);
    filtres.put("effectifMinimum", effectifMinimum == null ? null : effectifMinimum.toString());
    filtres.put("effectif", effectif);
    filtres.put("pression", pression);
    filtres.put("emploi", emploi);
    filtres.put("poursuite", poursuite);
    return filtres;
  }
}
