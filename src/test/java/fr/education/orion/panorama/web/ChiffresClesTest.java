package fr.education.orion.panorama.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.panorama.IndicateursTerritoire;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.NiveauDiplome;
import fr.education.orion.referentiel.Territoire;
import fr.education.orion.referentiel.Territoire.Echelon;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChiffresClesTest {

  private static final Territoire BRETAGNE =
      new Territoire(Echelon.REGION, "53", "Bretagne", new CodeRegion("53"), "Bretagne");

  @Test
  void aMissingHeadcountIsADashWithItsReasonNeverAZero() {
    IndicateursTerritoire sansConstat = figures("2021", 104, null, 255_410, "1.00", null);
    ChiffreCle effectif = chiffre(ChiffresCles.entree(sansConstat, null), "Effectif en entrée");
    assertThat(effectif.valeur()).isEqualTo("—");
    assertThat(effectif.note()).contains("rentrée 2021", "constat de rentrée");
    assertThat(chiffre(ChiffresCles.entree(sansConstat, null), "Taux de pression").valeur())
        .isEqualTo("1,00");
  }

  @Test
  void countsAndRatesShowTheirChangeAgainstThePreviousYear() {
    IndicateursTerritoire avant = figures("2020", 50, 2_000, null, null, "0.30");
    IndicateursTerritoire apres = figures("2021", 57, 2_178, null, null, "0.34");
    List<ChiffreCle> entree = ChiffresCles.entree(apres, avant);
    assertThat(chiffre(entree, "Effectif en entrée").evolution()).isEqualTo("+178");
    assertThat(chiffre(entree, "Formations").evolution()).isEqualTo("+7");
    assertThat(chiffre(ChiffresCles.sortie(apres, avant), "Taux d'emploi à 6 mois").evolution())
        .isEqualTo("+4 points");
    assertThat(chiffre(ChiffresCles.sortie(apres, null), "Taux d'emploi à 6 mois").evolution())
        .isNull();
  }

  @Test
  void offerCountsAreComparedOnlyBetweenTwoRentreesWithHeadcounts() {
    IndicateursTerritoire constat = figures("2020", 57, 2_178, null, null, null);
    IndicateursTerritoire affelnet = figures("2021", 104, null, 3_000, "1.1", null);
    assertThat(chiffre(ChiffresCles.entree(affelnet, constat), "Formations").evolution()).isNull();
  }

  @Test
  void theUnemploymentRateKeepsItsDecimalAndSaysItsYear() {
    ChiffreCle chomage = ChiffresCles.chomage(figures("2024", 1, 1, null, null, null));
    assertThat(chomage.valeur()).startsWith("6,7").endsWith("%");
    assertThat(chomage.note()).contains("2023", "la plus récente", "2024");
  }

  private static ChiffreCle chiffre(List<ChiffreCle> chiffres, String libelle) {
    return chiffres.stream().filter(c -> c.libelle().equals(libelle)).findFirst().orElseThrow();
  }

  private static IndicateursTerritoire figures(
      String rentree,
      int nbFormations,
      Integer effectifEntree,
      Integer capacite,
      String pression,
      String emploi) {
    return new IndicateursTerritoire(
        BRETAGNE,
        new NiveauDiplome("400"),
        null,
        rentree,
        "2021_2022",
        nbFormations,
        10,
        effectifEntree,
        effectifEntree,
        capacite,
        null,
        pression == null ? null : new BigDecimal(pression),
        null,
        new CodeRegion("53"),
        emploi == null ? null : new BigDecimal(emploi),
        null,
        null,
        new BigDecimal("0.067"),
        "2023");
  }
}
