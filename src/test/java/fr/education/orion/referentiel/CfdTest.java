package fr.education.orion.referentiel;

import static fr.education.orion.referentiel.Probleme.detailDe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class CfdTest {

  @Test
  void aCfdTypedInLowerCaseAroundSpacesIsReadInUpperCase() {
    assertThat(Cfd.of(" 40022105 ")).isEqualTo(new Cfd("40022105"));
    assertThat(Cfd.of("32c2140a").code()).isEqualTo("32C2140A");
  }

  @ParameterizedTest
  @ValueSource(strings = {"4002210", "400221050", "4002210-", ""})
  void aCodeOfAnotherShapeIsABadRequestThatSaysTheShape(String saisi) {
    detailDe(() -> Cfd.of(saisi))
        .isEqualTo(
            "Le code formation diplôme (CFD) « "
                + saisi
                + " » est invalide : il compte 8 caractères, chiffres ou lettres (ex. 40022105).");
  }

  @Test
  void aSourceLearnsOfAMalformedCfdWithoutAnError() {
    assertThat(Cfd.parse("40022105")).contains(new Cfd("40022105"));
    assertThat(Cfd.parse("en cours")).isEmpty();
  }

  @Test
  void aCodeReadAsWrittenIsValidOnlyInItsOwnSpelling() {
    assertThat(Cfd.estValide("40022105")).isTrue();
    assertThat(Cfd.estValide("32c2140a")).isFalse();
    assertThat(Cfd.estValide(" 40022105")).isFalse();
  }

  @Test
  void theTypeHoldsOnlyWellFormedCodes() {
    assertThatThrownBy(() -> new Cfd("40022105 ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void itsNiveauIsItsFirstThreeCharacters() {
    assertThat(new Cfd("40022105").niveau()).isEqualTo(new NiveauDiplome("400"));
    assertThat(new Cfd("32031213").niveau().bts()).isTrue();
  }

  @Test
  void itIsWrittenAsItsCode() {
    assertThat(new Cfd("40022105")).hasToString("40022105");
  }

  @Test
  void jsonAndTheDatabaseWriteItAsItsCode() {
    JsonMapper json = JsonMapper.builder().build();
    assertThat(json.writeValueAsString(new Cfd("40022105"))).isEqualTo("\"40022105\"");
    assertThat(json.readValue("\"40022105\"", Cfd.class)).isEqualTo(new Cfd("40022105"));
    assertThat(Cfd.CONVERTER.from("40022105")).isEqualTo(new Cfd("40022105"));
    assertThat(Cfd.CONVERTER.to(new Cfd("40022105"))).isEqualTo("40022105");
  }
}
