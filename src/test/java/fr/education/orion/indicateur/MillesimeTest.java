package fr.education.orion.indicateur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MillesimeTest {

  @Test
  void aMillesimeCumulatesTheLeaversOfTwoYearsThatFollowEachOther() {
    Millesime millesime = Millesime.of("2021_2022");
    assertThat(millesime.premiereAnnee()).isEqualTo(2021);
    assertThat(millesime.derniereAnnee()).isEqualTo(2022);
    assertThat(millesime.sortants()).isEqualTo("2021 et 2022");
    assertThat(millesime.code()).isEqualTo("2021_2022");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021_2023", "2022_2021", "2021-2022", "2021", "21_22", ""})
  void twoYearsThatDoNotFollowEachOtherAreNoMillesime(String code) {
    assertThat(Millesime.estValide(code)).isFalse();
    assertThatThrownBy(() -> Millesime.of(code)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theMillesimesBeforeAndAfterShareOneCohortWithIt() {
    Millesime millesime = Millesime.of("2021_2022");
    assertThat(millesime.precedent().code()).isEqualTo("2020_2021");
    assertThat(millesime.suivant().code()).isEqualTo("2022_2023");
    assertThat(millesime.precedent()).isLessThan(millesime);
  }
}
