package fr.education.orion.demande;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.json.JsonMapper;

class NumeroDemandeTest {

  @Test
  void aNumeroIsEightUpperCaseHexadecimalCharacters() {
    SplittableRandom hasard = new SplittableRandom(17);
    for (int i = 0; i < 100; i++) {
      assertThat(NumeroDemande.generate(hasard).code()).matches("[0-9A-F]{8}");
    }
  }

  @Test
  void aNumeroTypedInLowerCaseAroundSpacesIsReadInUpperCase() {
    assertThat(NumeroDemande.of(" 3f2a9c01 ")).isEqualTo(new NumeroDemande("3F2A9C01"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3F2A9C0", "3F2A9C012", "3F2A9C0G", ""})
  void aNumeroOfAnotherShapeIsABadRequestThatSaysTheShape(String saisi) {
    assertThatThrownBy(() -> NumeroDemande.of(saisi))
        .isInstanceOfSatisfying(
            ErrorResponseException.class,
            e -> {
              assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
              assertThat(e.getBody().getDetail())
                  .isEqualTo(
                      "Le numéro de demande « "
                          + saisi
                          + " » est invalide : il compte 8 caractères, chiffres ou lettres de A"
                          + " à F (ex. 3F2A9C01).");
            });
  }

  @Test
  void theTypeHoldsOnlyWellFormedNumeros() {
    assertThatThrownBy(() -> new NumeroDemande("3f2a9c01"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jsonWritesItAsItsCode() {
    JsonMapper json = JsonMapper.builder().build();
    assertThat(json.writeValueAsString(new NumeroDemande("3F2A9C01"))).isEqualTo("\"3F2A9C01\"");
    assertThat(json.readValue("\"3f2a9c01\"", NumeroDemande.class))
        .isEqualTo(new NumeroDemande("3F2A9C01"));
    assertThat(new NumeroDemande("3F2A9C01")).hasToString("3F2A9C01");
  }
}
