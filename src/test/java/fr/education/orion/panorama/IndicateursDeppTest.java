package fr.education.orion.panorama;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.indicateur.Indicateurs.InserJeunesEtablissement;
import fr.education.orion.panorama.PanoramaEtablissement.IndicateursDepp;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicateursDeppTest {

  private static BigDecimal pc(Integer value) {
    return value == null ? null : BigDecimal.valueOf(value, 2);
  }

  private static InserJeunesEtablissement ligne(
      String millesime,
      String perimetre,
      Integer poursuite,
      Integer emploi,
      Integer valeurAjoutee,
      Integer partPoursuite,
      Integer partEmploi) {
    return new InserJeunesEtablissement(
        millesime,
        perimetre,
        pc(poursuite),
        pc(emploi),
        null,
        pc(valeurAjoutee),
        pc(partPoursuite),
        pc(partEmploi),
        null,
        "fichier-" + millesime);
  }

  private static final List<InserJeunesEtablissement> LYCEE =
      List.of(
          ligne("2021_2022", "ensemble", 57, 49, 6, 57, 21),
          ligne("2021_2022", "scolaires", 60, 45, 3, 60, 18),
          ligne("2020_2021", "ensemble", 64, 38, -2, 64, 14),
          ligne("2019_2020", "ensemble", 62, 52, 12, null, null));

  @Test
  void takesTheNewestMillesimeOfTheWholeLyceeAndComparesWithThePreviousOne() {
    IndicateursDepp indicateurs = IndicateursDepp.of(LYCEE, null).orElseThrow();

    assertThat(indicateurs.millesime()).isEqualTo("2021_2022");
    assertThat(indicateurs.perimetre()).isEqualTo("ensemble");
    assertThat(indicateurs.fichier()).isEqualTo("fichier-2021_2022");
    assertThat(indicateurs.millesimePrecedent()).isEqualTo("2020_2021");
    assertThat(indicateurs.valeurAjoutee().ecart()).isEqualByComparingTo("0.08");
    assertThat(indicateurs.tauxEmploi6mois().ecart()).isEqualByComparingTo("0.11");
    assertThat(indicateurs.tauxPoursuite().ecart()).isEqualByComparingTo("-0.07");
  }

  @Test
  void derivesTheDevenirFavorableFromTheSharesOfLeavers() {
    IndicateursDepp indicateurs = IndicateursDepp.of(LYCEE, "2020_2021").orElseThrow();

    // 64 % continue, 14 % in employment: 78 %.
    assertThat(indicateurs.tauxDevenirFavorable().valeur()).isEqualByComparingTo("0.78");
    // The shares are not published for 2019_2020: no previous value, no difference.
    assertThat(indicateurs.tauxDevenirFavorable().precedent()).isNull();
    assertThat(indicateurs.tauxDevenirFavorable().ecart()).isNull();
    assertThat(indicateurs.valeurAjoutee().ecart()).isEqualByComparingTo("-0.14");
  }

  @Test
  void aCfaHasItsApprenticesLineAndAGapMeansNoPreviousValue() {
    List<InserJeunesEtablissement> cfa =
        List.of(
            ligne("2021_2022", "apprentissage", 43, 69, 0, 43, 39),
            ligne("2019_2020", "apprentissage", 40, 70, 1, null, null));

    IndicateursDepp indicateurs = IndicateursDepp.of(cfa, null).orElseThrow();

    assertThat(indicateurs.perimetre()).isEqualTo("apprentissage");
    assertThat(indicateurs.millesimePrecedent()).isEqualTo("2020_2021");
    assertThat(indicateurs.valeurAjoutee().precedent()).isNull();
    assertThat(indicateurs.valeurAjoutee().ecart()).isNull();
  }

  @Test
  void nothingForAnUnknownMillesimeOrAnEtablissementWithoutLines() {
    assertThat(IndicateursDepp.of(LYCEE, "2017_2018")).isEmpty();
    assertThat(IndicateursDepp.of(List.of(), null)).isEmpty();
  }
}
