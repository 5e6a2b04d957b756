package fr.education.orion.referentiel;

import static fr.education.orion.referentiel.Probleme.detailDe;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeAcademieTest {

  @Test
  void anAcademieCodeIsTwoCharactersReadInUpperCase() {
    assertThat(CodeAcademie.of(" 14 ")).isEqualTo(new CodeAcademie("14"));
    assertThat(CodeAcademie.of("ab")).isEqualTo(new CodeAcademie("AB"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "014", "1-"})
  void anythingElseIsABadRequestInFrench(String saisi) {
    detailDe(() -> CodeAcademie.of(saisi))
        .isEqualTo("Le code académie « " + saisi + " » est invalide : 2 caractères (ex. 14).");
    assertThat(CodeAcademie.parse(saisi)).isEmpty();
  }
}
