package fr.education.orion.panorama;

import static fr.education.orion.panorama.QuadrantFormations.formation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.education.orion.panorama.QuadrantTerritoire.Formation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class TriQuadrantTest {

  private final Formation grande = formation("CUISINE", 60, null, "0.30", null, null, "Q4");
  private final Formation petite = formation("BOULANGER", 15, null, "0.55", null, null, "Q1");
  private final Formation sansTaux =
      formation("ACCUEIL", 40, null, null, null, null, "Hors quadrant");
  private final Formation commune = formation("SECONDE COMMUNE", 80, null, null, null, null, "-");

  @Test
  void byDefaultTheLargestHeadcountsComeFirst() {
    assertThat(sort(TriQuadrant.of(null, null))).containsExactly(commune, grande, sansTaux, petite);
  }

  @Test
  void missingValuesComeLastInBothOrders() {
    assertThat(sort(TriQuadrant.of("tauxInsertion6mois", "asc")))
        .containsExactly(grande, petite, sansTaux, commune);
    assertThat(sort(TriQuadrant.of("tauxInsertion6mois", "desc")))
        .containsExactly(petite, grande, sansTaux, commune);
  }

  @Test
  void positionsSortFromQ1ToClassesCommunes() {
    assertThat(sort(TriQuadrant.of("positionQuadrant", null)))
        .containsExactly(petite, grande, sansTaux, commune);
  }

  @Test
  void labelsSortAlphabetically() {
    assertThat(sort(TriQuadrant.of("libelleFormation", "asc")))
        .containsExactly(sansTaux, petite, grande, commune);
  }

  @Test
  void unknownColumnsAndOrdersAreBadRequests() {
    assertThatThrownBy(() -> TriQuadrant.of("cfd", null))
        .isInstanceOf(ErrorResponseException.class);
    assertThatThrownBy(() -> TriQuadrant.of("effectifEntree", "up"))
        .isInstanceOf(ErrorResponseException.class);
  }

  private List<Formation> sort(TriQuadrant tri) {
    List<Formation> formations = new ArrayList<>(List.of(petite, commune, sansTaux, grande));
    formations.sort(tri.comparateur());
    return formations;
  }
}
