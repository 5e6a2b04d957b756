package fr.education.orion.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlurielTest {

  @Test
  void zeroAndOneAreSingularAsInFrench() {
    assertThat(Pluriel.de(0, "ligne", "lignes")).isEqualTo("0 ligne");
    assertThat(Pluriel.de(1, "ligne", "lignes")).isEqualTo("1 ligne");
  }

  @Test
  void twoAndMoreArePluralWithFrenchDigitGrouping() {
    assertThat(Pluriel.de(2, "ligne", "lignes")).isEqualTo("2 lignes");
    assertThat(Pluriel.de(1234, "formation trouvée", "formations trouvées"))
        .isEqualTo(Format.nombre(1234) + " formations trouvées");
  }
}
