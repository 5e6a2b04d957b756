package fr.education.orion.referentiel;

import static fr.education.orion.referentiel.Probleme.detailDe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodeDepartementTest {

  @ParameterizedTest
  @CsvSource({"69,069", "069,069", "2A,02A", "02a,02A", " 2b ,02B", "974,974", "35,035"})
  void aDepartementCodeIsReadWithOrWithoutItsLeadingZero(String saisi, String attendu) {
    assertThat(CodeDepartement.of(saisi).code()).isEqualTo(attendu);
  }

  @ParameterizedTest
  @ValueSource(strings = {"6", "0690", "2C", "A2", "", "9741"})
  void anythingElseIsABadRequestInFrench(String saisi) {
    detailDe(() -> CodeDepartement.of(saisi))
        .isEqualTo(
            "Le code département « "
                + saisi
                + " » est invalide : 2 ou 3 caractères (ex. 35 ou 035, 2A ou 02A, 971).");
  }

  @Test
  void aSourceReadsTheSameDepartementCodesAndLearnsOfTheOthers() {
    assertThat(CodeDepartement.parse("2A")).contains(new CodeDepartement("02A"));
    assertThat(CodeDepartement.parse("971")).contains(new CodeDepartement("971"));
    assertThat(CodeDepartement.parse("2C")).isEmpty();
  }

  @Test
  void onlyTheReferentielsSpellingIsValidAsWritten() {
    assertThat(CodeDepartement.estValide("035")).isTrue();
    assertThat(CodeDepartement.estValide("35")).isFalse();
  }

  @Test
  void theTypeHoldsOnlyTheReferentielsThreeCharacters() {
    assertThatThrownBy(() -> new CodeDepartement("35"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
