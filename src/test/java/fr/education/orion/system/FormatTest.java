package fr.education.orion.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FormatTest {

  @Test
  void writesAFractionAsAFrenchPercentage() {
    // fr-FR puts a no-break space (narrow or not, by JDK) before the sign.
    assertThat(Format.pourcentage(new BigDecimal("0.57"))).matches("57\\h%");
    assertThat(Format.pourcentage(new BigDecimal("1.00"))).matches("100\\h%");
    assertThat(Format.pourcentage(null)).isEqualTo("—");
  }

  @Test
  void writesADifferenceOfRatesAsSignedPoints() {
    assertThat(Format.points(new BigDecimal("0.09"))).isEqualTo("+9 points");
    assertThat(Format.points(new BigDecimal("-0.06"))).isEqualTo("−6 points");
    assertThat(Format.points(new BigDecimal("0.01"))).isEqualTo("+1 point");
    assertThat(Format.points(new BigDecimal("0.00"))).isEqualTo("0 point");
    assertThat(Format.points(null)).isEqualTo("—");
  }

  @Test
  void writesADecimalWithAFixedNumberOfDecimals() {
    assertThat(Format.decimal(new BigDecimal("1.0714"), 2)).isEqualTo("1,07");
    assertThat(Format.decimalSigne(new BigDecimal("-0.3"), 2)).isEqualTo("−0,30");
    assertThat(Format.decimal(null, 2)).isEqualTo("—");
  }
}
