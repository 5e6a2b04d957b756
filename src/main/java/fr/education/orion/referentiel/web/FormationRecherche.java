package fr.education.orion.referentiel.web;

import fr.education.orion.referentiel.Formations.FormationProche;
import fr.education.orion.referentiel.Formations.FormationResume;
import fr.education.orion.referentiel.Formations.NiveauDiplome;
import fr.education.orion.system.Pagination;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search as the page shows it; its filters stay in the URL.
 *
 * @param proches when the search found nothing, the formations whose labels are close to it
 */
public record FormationRecherche(
    @Nullable String q,
    @Nullable String niveau,
    boolean perimetreSeul,
    List<NiveauDiplome> niveaux,
    Pagination<FormationResume> resultats,
    List<FormationProche> proches) {

  public String url(int page) {
    return UriComponentsBuilder.fromPath("/formations")
        .queryParamIfPresent("q", java.util.Optional.ofNullable(q))
        .queryParamIfPresent("niveau", java.util.Optional.ofNullable(niveau))
        .queryParam("perimetre", perimetreSeul ? "pro" : "tout")
        .queryParam("page", page)
        .encode()
        .toUriString();
  }
}
