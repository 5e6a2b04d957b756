package fr.education.orion.indicateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UniteTest {

  @Test
  void aFieldNameSaysItsUnit() {
    assertThat(Unite.duChamp("tauxPressionPrecedent")).contains(Unite.VOEUX_PAR_PLACE);
    assertThat(Unite.duChamp("tauxDemande")).contains(Unite.VOEUX_PAR_PLACE);
    assertThat(Unite.duChamp("valeurAjoutee")).contains(Unite.POINTS);
    assertThat(Unite.duChamp("tauxInsertion6moisRegional")).contains(Unite.POURCENTAGE);
    assertThat(Unite.duChamp("effectifEntree")).isEmpty();
  }

  @Test
  void exportsRoundInTheUnitOfTheHeader() {
    assertThat(Unite.VOEUX_PAR_PLACE.exportee(new BigDecimal("2.503968253968254")))
        .isEqualByComparingTo("2.50");
    assertThat(Unite.POURCENTAGE.exportee(new BigDecimal("0.5729411"))).isEqualTo("57.3");
    assertThat(Unite.POINTS.exportee(new BigDecimal("0.09"))).isEqualTo("9.0");
    assertThat(Unite.VOEUX_PAR_PLACE.enTete("Taux de pression"))
        .isEqualTo("Taux de pression (vœux par place)");
  }

  @Test
  void pagesShowEachUnitInFrench() {
    assertThat(Unite.VOEUX_PAR_PLACE.texte(new BigDecimal("1.0714"))).isEqualTo("1,07");
    assertThat(Unite.POINTS.texte(new BigDecimal("0.09"))).isEqualTo("+9 points");
    assertThat(Unite.POURCENTAGE.texte(new BigDecimal("0.57"))).matches("57\\h%");
    assertThat(Unite.VOEUX_PAR_PLACE.ecart(new BigDecimal("1.2"), new BigDecimal("1.08")))
        .isEqualTo("+0,12");
  }
}
