package fr.education.orion.panorama.web;

import fr.education.orion.referentiel.Etablissements.EtablissementResume;
import fr.education.orion.system.Pagination;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search of an établissement to open its panorama; its query stays in the URL.
 *
 * @param resultats null until the user searches
 */
public record PanoramaEtablissementRecherche(
    @Nullable String q, @Nullable Pagination<EtablissementResume> resultats) {

  public String url(int page) {
    return UriComponentsBuilder.fromPath("/panorama/etablissement")
        .queryParamIfPresent("q", Optional.ofNullable(q))
        .queryParam("page", page)
        .encode()
        .toUriString();
  }
}
