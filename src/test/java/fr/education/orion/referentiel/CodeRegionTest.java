package fr.education.orion.referentiel;

import static fr.education.orion.referentiel.Probleme.detailDe;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeRegionTest {

  @Test
  void aRegionCodeIsTwoDigits() {
    assertThat(CodeRegion.of(" 53 ")).isEqualTo(new CodeRegion("53"));
    assertThat(CodeRegion.parse("84")).contains(new CodeRegion("84"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"5", "053", "2A", "BR"})
  void anythingElseIsABadRequestInFrench(String saisi) {
    detailDe(() -> CodeRegion.of(saisi))
        .isEqualTo("Le code région « " + saisi + " » est invalide : 2 chiffres (ex. 53).");
    assertThat(CodeRegion.parse(saisi)).isEmpty();
  }
}
