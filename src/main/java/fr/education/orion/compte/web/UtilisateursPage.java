package fr.education.orion.compte.web;

import fr.education.orion.compte.Role;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.system.Pagination;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/** The accounts list: a page of results, the search, the sort, the labels of roles and régions. */
public record UtilisateursPage(
    Pagination<Utilisateur> resultats,
    String recherche,
    String tri,
    boolean peutCreer,
    Map<Role, String> roles,
    Map<String, String> regions) {

  /** The sort as the table's caption says it: {@code Comptes, triés par rôle}. */
  public String libelleTri() {
    return switch (tri) {
      case "nom" -> "nom";
      case "role" -> "rôle";
      case "region" -> "région";
      case "recent" -> "date d'ajout, les plus récents d'abord";
      default -> "e-mail";
    };
  }

  public String url(int page) {
    return lien("/admin/utilisateurs").queryParam("page", page).build().encode().toUriString();
  }

  public String export(String format) {
    return lien("/admin/utilisateurs/export." + format).build().encode().toUriString();
  }

  public String tri(String valeur) {
    return UriComponentsBuilder.fromPath("/admin/utilisateurs")
        .queryParam("q", recherche)
        .queryParam("tri", valeur)
        .build()
        .encode()
        .toUriString();
  }

  private UriComponentsBuilder lien(String chemin) {
    return UriComponentsBuilder.fromPath(chemin).queryParam("q", recherche).queryParam("tri", tri);
  }
}
