package fr.education.orion.panorama;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.education.orion.panorama.PanoramaEtablissement.EtablissementProche;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProximiteTest {

  @Test
  void oneDegreeOfLongitudeOnTheEquatorIsAHundredAndElevenKilometres() {
    // 2π × 6371.0088 / 360
    assertThat(Proximite.km(0, 0, 0, 1)).isCloseTo(111.195, within(0.001));
    assertThat(Proximite.km(0, 0, 0, 180)).isCloseTo(Math.PI * 6371.0088, within(1e-6));
    assertThat(Proximite.km(48.1, -1.7, 48.1, -1.7)).isZero();
  }

  @Test
  void measuresBetweenRealPlaces() {
    // Rennes (Lycée Jean Jaurès) to Paris (Notre-Dame): 309.40 km as the crow flies, computed
    // separately (Python, same sphere) and consistent with the published ~310 km.
    assertThat(Proximite.km(48.0924, -1.6879, 48.8530, 2.3499)).isCloseTo(309.4, within(0.1));
  }

  private static EtablissementProche proche(String uai, String libelle, Double distance) {
    return new EtablissementProche(uai, libelle, null, null, List.of(), List.of(), distance);
  }

  @Test
  void listsTheNearestFirstThenTheOthersByName() {
    List<EtablissementProche> ordonnes =
        Proximite.sortByDistance(
            List.of(
                proche("0350003X", "Lycée Zola", null),
                proche("0350004Y", "lycée Ampère", null),
                proche("0350005Z", "Lycée Émile Zola", null),
                proche("0350001V", "Lycée loin", 40.0),
                proche("0350002W", "Lycée près", 2.5)));

    assertThat(ordonnes)
        .map(EtablissementProche::uai)
        .containsExactly("0350002W", "0350001V", "0350004Y", "0350005Z", "0350003X");
  }

  @Test
  void writesTheDistanceInFrench() {
    assertThat(proche("0350001V", "Lycée", 2.46).libelleDistance()).isEqualTo("2,5 km");
    assertThat(proche("0350001V", "Lycée", null).libelleDistance()).isEqualTo("—");
  }
}
