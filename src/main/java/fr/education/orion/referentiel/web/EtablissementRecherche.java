package fr.education.orion.referentiel.web;

import fr.education.orion.referentiel.Etablissements.EtablissementResume;
import fr.education.orion.referentiel.Territoires.Region;
import fr.education.orion.system.Pagination;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** The search as the page shows it; its filters stay in the URL. */
public record EtablissementRecherche(
    @Nullable String q,
    @Nullable String region,
    List<Region> regions,
    Pagination<EtablissementResume> resultats) {

  public String url(int page) {
    return UriComponentsBuilder.fromPath("/etablissements")
        .queryParamIfPresent("q", Optional.ofNullable(q))
        .queryParamIfPresent("region", Optional.ofNullable(region))
        .queryParam("page", page)
        .encode()
        .toUriString();
  }
}
