package fr.education.orion.demande;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapacitesTest {

  /**
   * The 8 capacities (scolaire actuelle, future, colorée actuelle, colorée future, then the same
   * for apprentissage) → differences scolaire, apprentissage, colorée, totale.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          24 | 36 | 0 | 12 | 0  | 12 | 0 | 0 | 12  | 12  | 12 | 24
          24 | 0  | 0 | 0  | 12 | 0  | 0 | 0 | -24 | -12 | 0  | -36
          15 | 15 | 5 | 0  | 10 | 10 | 0 | 4 | 0   | 0   | -1 | 0
          0  | 0  | 0 | 0  | 0  | 0  | 0 | 0 | 0   | 0   | 0  | 0
          """)
  void theFormShowsTheseDifferences(
      int sa,
      int sf,
      int sca,
      int scf,
      int aa,
      int af,
      int aca,
      int acf,
      int scolaire,
      int apprentissage,
      int coloree,
      int totale) {
    Capacites capacites = new Capacites(sa, sf, sca, scf, aa, af, aca, acf);
    assertThat(capacites.differenceScolaire()).isEqualTo(scolaire);
    assertThat(capacites.differenceApprentissage()).isEqualTo(apprentissage);
    assertThat(capacites.differenceColoree()).isEqualTo(coloree);
    assertThat(capacites.differenceTotale()).isEqualTo(totale);
  }

  @Test
  void aCapacityIsNeverNegative() {
    assertThatThrownBy(() -> new Capacites(0, -1, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
