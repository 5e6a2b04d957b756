package fr.education.orion.console;

import java.util.List;
import java.util.Map;
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

  private UriComponentsBuilder uri(
      String path,
      @org.jspecify.annotations.Nullable String sort,
      @org.jspecify.annotations.Nullable String order,
      List<String> champs) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
    for (Map.Entry<String, List<String>> filtre : filtres.parametres().entrySet()) {
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
