package fr.education.orion.referentiel;

import static fr.education.orion.referentiel.Probleme.detailDe;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UaiTest {

  @Test
  void anUaiIsSevenDigitsAndALetterReadInUpperCase() {
    assertThat(Uai.of(" 0350031u ")).isEqualTo(new Uai("0350031U"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"350031U", "0350031", "03500311", "A350031U"})
  void aCodeOfAnotherShapeIsABadRequestThatSaysTheShape(String saisi) {
    detailDe(() -> Uai.of(saisi))
        .isEqualTo(
            "L'UAI « "
                + saisi
                + " » est invalide : il compte 7 chiffres suivis d'une lettre (ex. 0350031U).");
  }

  @Test
  void aSourceLearnsOfAMalformedUaiWithoutAnError() {
    assertThat(Uai.parse("0350031u")).contains(new Uai("0350031U"));
    assertThat(Uai.parse("inconnu")).isEmpty();
  }

  @Test
  void itIsWrittenAsItsCode() {
    assertThat(new Uai("0350031U")).hasToString("0350031U");
  }
}
