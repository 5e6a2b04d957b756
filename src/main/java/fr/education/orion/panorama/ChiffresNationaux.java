package fr.education.orion.panorama;

import fr.education.orion.referentiel.Territoire;
import org.springframework.stereotype.Component;

/**
 * The key figures of the nation, voie scolaire, at the rentrée and millésime a panorama opens on:
 * what the home page shows, the same figures as {@code GET /api/indicateurs}.
 */
@Component
public class ChiffresNationaux {

  private final Selections selections;
  private final IndicateursTerritoireQueries indicateurs;

  ChiffresNationaux(Selections selections, IndicateursTerritoireQueries indicateurs) {
    this.selections = selections;
    this.indicateurs = indicateurs;
  }

  public IndicateursTerritoire indicateurs() {
    return indicateurs.indicateurs(selections.read(Territoire.NATION, null, null, null, null));
  }
}
