package fr.education.orion.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text cells of CSV exports: what a spreadsheet would run is neutralised, the rest kept as is. */
class TableurTest {

  @Test
  void aTextThatASpreadsheetWouldRunIsPrefixedWithAnApostrophe() {
    assertThat(Tableur.texte("=1+1")).isEqualTo("'=1+1");
    assertThat(Tableur.texte("+33 1 23 45 67 89")).isEqualTo("'+33 1 23 45 67 89");
    assertThat(Tableur.texte("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
    assertThat(Tableur.texte("@SOMME(A1:A2)")).isEqualTo("'@SOMME(A1:A2)");
    assertThat(Tableur.texte("\t=1")).isEqualTo("'\t=1");
    assertThat(Tableur.texte("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void plainTextNumbersAndTheMissingValueDashAreKept() {
    assertThat(Tableur.texte("Lycée Jean Jaurès")).isEqualTo("Lycée Jean Jaurès");
    assertThat(Tableur.texte("a=b")).isEqualTo("a=b");
    assertThat(Tableur.texte("-0,5")).isEqualTo("-0,5");
    assertThat(Tableur.texte("-12")).isEqualTo("-12");
    assertThat(Tableur.texte("-")).isEqualTo("-");
    assertThat(Tableur.texte(null)).isEmpty();
  }
}
