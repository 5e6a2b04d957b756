package fr.education.orion.panorama.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.indicateur.Disponibilites.Rentree;
import org.junit.jupiter.api.Test;

class FiltresIndisponiblesTest {

  private static final Rentree EFFECTIFS_2020 = new Rentree("2020", true, false, false);
  private static final Rentree RIEN_2019 = new Rentree("2019", false, false, false);
  private static final Rentree VOEUX_2021 = new Rentree("2021", false, true, false);

  @Test
  void pressionNeedsCapacitiesAndWishesAtTheRentree() {
    FiltresIndisponibles f =
        FiltresIndisponibles.de(EFFECTIFS_2020, RIEN_2019, false, "2021_2022", true, true);

    assertThat(f.pression())
        .isEqualTo(
            "Indisponible : pas de capacités ni de premiers vœux Affelnet à la rentrée 2020.");
    assertThat(f.effectifMinimum()).isNull();
    assertThat(f.emploi()).isNull();
    assertThat(f.poursuite()).isNull();
  }

  @Test
  void aBtsNeedsParcoursupWishes() {
    Rentree affelnetSeul = new Rentree("2022", true, true, false);
    Rentree parcoursup = new Rentree("2022", true, false, true);

    assertThat(FiltresIndisponibles.de(affelnetSeul, EFFECTIFS_2020, true, "2021_2022", true, true))
        .extracting(FiltresIndisponibles::pression)
        .asString()
        .contains("vœux Parcoursup des BTS");
    assertThat(
            FiltresIndisponibles.de(parcoursup, EFFECTIFS_2020, true, "2021_2022", true, true)
                .pression())
        .isNull();
  }

  @Test
  void headcountTrendNeedsThePreviousRentreesHeadcounts() {
    assertThat(
            FiltresIndisponibles.de(EFFECTIFS_2020, RIEN_2019, false, "2021_2022", true, true)
                .effectif())
        .isEqualTo(
            "Indisponible : pas d'effectifs à la rentrée précédente (2019) auxquels comparer ceux"
                + " de 2020.");
    Rentree effectifs2021 = new Rentree("2021", true, true, false);
    assertThat(
            FiltresIndisponibles.de(effectifs2021, EFFECTIFS_2020, false, "2021_2022", true, true)
                .effectif())
        .isNull();
  }

  @Test
  void aRentreeWithoutHeadcountsDisablesEveryFilterForTheQuadrantListsNothing() {
    FiltresIndisponibles f =
        FiltresIndisponibles.de(VOEUX_2021, EFFECTIFS_2020, false, "2021_2022", true, true);

    String raison =
        "Indisponible : pas d'effectifs à la rentrée 2021 (constat de rentrée absent), le quadrant"
            + " ne liste aucune formation.";
    assertThat(f).isEqualTo(new FiltresIndisponibles(raison, raison, raison, raison, raison));
  }

  @Test
  void rateTrendsNeedThePreviousMillesime() {
    FiltresIndisponibles f =
        FiltresIndisponibles.de(EFFECTIFS_2020, RIEN_2019, false, "2019_2020", true, false);

    assertThat(f.emploi())
        .isEqualTo(
            "Indisponible : pas de données InserJeunes pour le millésime précédent (2018_2019)"
                + " auquel comparer.");
    assertThat(f.poursuite()).isEqualTo(f.emploi());
    assertThat(
            FiltresIndisponibles.de(EFFECTIFS_2020, RIEN_2019, false, "2024_2025", false, true)
                .emploi())
        .isEqualTo("Indisponible : pas de données InserJeunes pour le millésime 2024_2025.");
  }
}
