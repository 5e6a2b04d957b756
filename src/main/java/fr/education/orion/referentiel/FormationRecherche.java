package fr.education.orion.referentiel;

import fr.education.orion.referentiel.Formations.FormationResume;
import fr.education.orion.referentiel.Formations.NiveauDiplome;
import fr.education.orion.system.Pagination;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/** The search as the page shows it; its filters stay in the URL. */
public record FormationRecherche(
    @Nullable String q,
    @Nullable String niveau,
    boolean perimetreSeul,
    List<NiveauDiplome> niveaux,
    Pagination<FormationResume> resultats) {

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
