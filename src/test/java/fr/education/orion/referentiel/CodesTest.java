package fr.education.orion.referentiel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.ErrorResponseException;

class CodesTest {

  @ParameterizedTest
  @CsvSource({"69,069", "069,069", "2A,02A", "02a,02A", " 2b ,02B", "974,974", "35,035"})
  void aDepartementCodeIsReadWithOrWithoutItsLeadingZero(String saisi, String attendu) {
    assertThat(Codes.departement(saisi)).isEqualTo(attendu);
  }

  @ParameterizedTest
  @ValueSource(strings = {"6", "0690", "2C", "A2", "", "9741"})
  void anythingElseIsABadRequestInFrench(String saisi) {
    assertThatThrownBy(() -> Codes.departement(saisi))
        .isInstanceOf(ErrorResponseException.class)
        .satisfies(
            e ->
                assertThat(((ErrorResponseException) e).getBody().getDetail())
                    .startsWith("Le code département « " + saisi + " » est invalide"));
  }

  @Test
  void aSourceReadsTheSameDepartementCodesAndLearnsOfTheOthers() {
    assertThat(Codes.departementValide("2A")).contains("02A");
    assertThat(Codes.departementValide("971")).contains("971");
    assertThat(Codes.departementValide("2C")).isEmpty();
  }

  @Test
  void aCfdKeepsItsCheck() {
    assertThat(Codes.cfd(" 40022105 ")).isEqualTo("40022105");
  }
}
