package fr.education.orion.indicateur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RentreeScolaireTest {

  @Test
  void aRentreeIsTheYearItsSchoolYearStartsIn() {
    RentreeScolaire rentree = RentreeScolaire.of("2024");
    assertThat(rentree.annee()).isEqualTo(2024);
    assertThat(rentree.code()).isEqualTo("2024");
    assertThat(rentree.premierSeptembre()).isEqualTo(LocalDate.of(2024, 9, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"24", "2024_2025", "", " 2024", "année"})
  void anythingButFourDigitsIsNoRentree(String code) {
    assertThat(RentreeScolaire.estValide(code)).isFalse();
    assertThatThrownBy(() -> RentreeScolaire.of(code)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theRentreesBeforeAndAfterAreOneYearAway() {
    RentreeScolaire rentree = RentreeScolaire.of("2024");
    assertThat(rentree.precedente().code()).isEqualTo("2023");
    assertThat(rentree.suivante().code()).isEqualTo("2025");
    assertThat(rentree.precedente()).isLessThan(rentree);
  }

  @Test
  void aRentreeIsInformedByTheLeaversOfTheTwoYearsBefore() {
    assertThat(RentreeScolaire.of("2024").millesime().code()).isEqualTo("2022_2023");
  }

  @Test
  void theSchoolYearUnderWayStartsOnTheFirstOfSeptember() {
    assertThat(RentreeScolaire.enCours(LocalDate.of(2025, 8, 31)).code()).isEqualTo("2024");
    assertThat(RentreeScolaire.enCours(LocalDate.of(2025, 9, 1)).code()).isEqualTo("2025");
  }
}
