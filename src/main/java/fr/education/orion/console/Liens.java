package fr.education.orion.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a console page, each carrying the filters, the order and the chosen columns, so that
 * every view is a URL that can be bookmarked and shared.
 *
 * @param colonnes the fields of the chosen columns; empty for the default ones
 */
public record Liens(
    Console console, FiltresConsole filtres, Tri tri, List<String> colonnes, int size) {

  public String page(int page) {
    return uri("/console/" + console.chemin(), tri.colonne().champ(), tri.order(), colonnes)
        .queryParam("page", page)
        .queryParam("size", size)
        .encode()
        .build()
        .toUriString();
  }

  /** The first page sorted by a column: descending when it is already ascending. */
  public String tri(Colonne colonne) {
    boolean memeColonne = colonne.champ().equals(tri.colonne().champ());
    String order =
        memeColonne
            ? (tri.descendant() ? "asc" : "desc")
            : Tri.of(console, colonne.champ(), null).order();
    return uri("/console/" + console.chemin(), colonne.champ(), order, colonnes)
        .queryParam("size", size)
        .encode()
        .build()
        .toUriString();
  }

  /** An export of the filtered rows: of the chosen columns, or of every column. */
  public String export(String extension, boolean visibles, List<Colonne> choisies) {
    return uri(
            "/api/console/" + console.chemin() + "." + extension,
            tri.colonne().champ(),
            tri.order(),
            visibles ? choisies.stream().map(Colonne::champ).toList() : List.of())
        .encode()
        .build()
        .toUriString();
  }

  public String api() {
    return uri("/api/console/" + console.chemin(), tri.colonne().champ(), tri.order(), List.of())
        .encode()
        .build()
        .toUriString();
  }

  /** The other console with the same filters. */
  public String autre(Console autre) {
    return uri("/console/" + autre.chemin(), null, null, List.of()).encode().build().toUriString();
  }

  /** This view with one filter set to one value: a suggested query. */
  public String avec(String parametre, String valeur) {
    Map<String, List<String>> valeurs = new LinkedHashMap<>(filtres.parametres());
    valeurs.put(parametre, List.of(valeur));
    return uri(
            "/console/" + console.chemin(), valeurs, tri.colonne().champ(), tri.order(), colonnes)
        .encode()
        .build()
        .toUriString();
  }

  /** This view without one filter: what a user tries when it emptied the results. */
  public String sans(String parametre) {
    Map<String, List<String>> valeurs = new LinkedHashMap<>(filtres.parametres());
    valeurs.remove(parametre);
    return uri(
            "/console/" + console.chemin(), valeurs, tri.colonne().champ(), tri.order(), colonnes)
        .encode()
        .build()
        .toUriString();
  }

  /** The query string of this view (filters, order, columns), as a saved query keeps it. */
  public String parametres() {
    String query =
        uri("", filtres.parametres(), tri.colonne().champ(), tri.order(), colonnes)
            .encode()
            .build()
            .getQuery();
    return query == null ? "" : query;
  }

  private UriComponentsBuilder uri(
      String path, @Nullable String sort, @Nullable String order, List<String> champs) {
    return uri(path, filtres.parametres(), sort, order, champs);
  }

  private static UriComponentsBuilder uri(
      String path,
      Map<String, List<String>> valeurs,
      @Nullable String sort,
      @Nullable String order,
      List<String> champs) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
    for (Map.Entry<String, List<String>> filtre : valeurs.entrySet()) {
      for (String valeur : filtre.getValue()) {
        uri.queryParam(filtre.getKey(), valeur);
      }
    }
    if (sort != null) {
      uri.queryParam("sort", sort).queryParam("order", order);
    }
    champs.forEach(champ -> uri.queryParam("colonnes", champ));
    return uri;
  }
}
