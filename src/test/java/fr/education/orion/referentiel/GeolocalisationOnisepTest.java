package fr.education.orion.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.referentiel.GeolocalisationOnisep.Coordonnees;
import fr.education.orion.referentiel.GeolocalisationOnisep.Structure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the coordinates of an établissement are chosen among ONISEP lines. */
class GeolocalisationOnisepTest {

  private static final Structure SECONDAIRE_RENNES =
      new Structure("secondaire", "35205", 48.1, -1.68);
  private static final Structure SUPERIEUR_RENNES =
      new Structure("superieur", "35205", 48.1, -1.68);
  private static final Structure SUPERIEUR_BRUZ = new Structure("superieur", "35170", 48.02, -1.74);
  private static final Structure SECONDAIRE_BRUZ =
      new Structure("secondaire", "35170", 48.02, -1.74);

  @Test
  void noLineNoCoordinates() {
    assertThat(GeolocalisationOnisep.choose(List.of(), "35205")).isEmpty();
  }

  @Test
  void oneLineGivesItsCoordinates() {
    assertThat(GeolocalisationOnisep.choose(List.of(SUPERIEUR_BRUZ), "35205"))
        .contains(new Coordonnees(48.02, -1.74, "onisep_superieur"));
  }

  @Test
  void linesThatAgreeGiveTheSecondaireOne() {
    assertThat(GeolocalisationOnisep.choose(List.of(SUPERIEUR_RENNES, SECONDAIRE_RENNES), null))
        .contains(new Coordonnees(48.1, -1.68, "onisep_secondaire"));
  }

  @Test
  void linesThatDisagreeAreChosenByThePostcodeOfTheEtablissement() {
    assertThat(GeolocalisationOnisep.choose(List.of(SECONDAIRE_RENNES, SUPERIEUR_BRUZ), "35170"))
        .contains(new Coordonnees(48.02, -1.74, "onisep_superieur"));
  }

  @Test
  void withoutMatchingPostcodeTheOnlyLineOfACatalogueWins() {
    assertThat(GeolocalisationOnisep.choose(List.of(SUPERIEUR_BRUZ, SECONDAIRE_RENNES), "75001"))
        .contains(new Coordonnees(48.1, -1.68, "onisep_secondaire"));
  }

  @Test
  void severalDisagreeingLinesOfOneCatalogueGiveNothing() {
    assertThat(GeolocalisationOnisep.choose(List.of(SECONDAIRE_RENNES, SECONDAIRE_BRUZ), null))
        .isEmpty();
  }

  @Test
  void theFileNameTellsTheCatalogue() {
    assertThat(GeolocalisationOnisep.catalogueOf("ideo-structures_d_enseignement_superieur.csv"))
        .isEqualTo("superieur");
    assertThat(GeolocalisationOnisep.catalogueOf("onisep_structures_denseignement_supérieur.csv"))
        .isEqualTo("superieur");
    assertThat(GeolocalisationOnisep.catalogueOf("ideo-structures_d_enseignement_secondaire.csv"))
        .isEqualTo("secondaire");
  }
}
