package fr.education.orion.compte;

import fr.education.orion.system.Pagination;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/** The accounts list: a page of results, the search, the sort, the labels of roles and régions. */
public record PageUtilisateurs(
    Pagination<Utilisateur> resultats,
    String recherche,
    String tri,
    boolean peutCreer,
    Map<Role, String> roles,
    Map<String, String> regions) {

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
