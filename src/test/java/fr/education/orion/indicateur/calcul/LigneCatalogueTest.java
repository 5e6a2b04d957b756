package fr.education.orion.indicateur.calcul;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Orion's rules for a line of the catalogue des formations en apprentissage. */
class LigneCatalogueTest {

  private static LigneCatalogue ligne(
      String lieu,
      String formateur,
      String responsable,
      String cfd,
      String tags,
      String mefs,
      String duree) {
    return new LigneCatalogue(2, lieu, formateur, responsable, cfd, tags, mefs, duree);
  }

  private static LigneCatalogue tagged(String tags) {
    return ligne("0351002Z", null, null, "50025524", tags, null, null);
  }

  @Test
  void theUaiIsTheLieuElseTheFormateurElseTheResponsable() {
    assertThat(ligne("0351002Z", "0350998V", "0351884H", "50025524", "", null, null).uai())
        .isEqualTo("0351002Z");
    assertThat(ligne(null, "0350998V", "0351884H", "50025524", "", null, null).uai())
        .isEqualTo("0350998V");
    assertThat(ligne(null, null, "0351884H", "50025524", "", null, null).uai())
        .isEqualTo("0351884H");
  }

  @Test
  void eachTagGivesItsYearAndTheYearBeforeUpToTheCurrentRentree() {
    LocalDate ouverture = LocalDate.of(2018, 9, 1);

    assertThat(tagged("2022,2023,2024").rentrees(ouverture, null, 2023))
        .containsExactly(2021, 2022, 2023);
    assertThat(tagged(" 2020 , 2020").rentrees(ouverture, null, 2023)).containsExactly(2019, 2020);
    assertThat(tagged("2025").rentrees(ouverture, null, 2023)).isEmpty();
  }

  @Test
  void ignoresTagsThatAreNotYears() {
    assertThat(tagged("2021,en attente,,21").rentrees(LocalDate.of(2018, 9, 1), null, 2023))
        .containsExactly(2020, 2021);
    assertThat(tagged(null).rentrees(LocalDate.of(2018, 9, 1), null, 2023)).isEmpty();
  }

  @Test
  void keepsTheRentreesWhenTheFormationIsOpenOnTheFirstOfSeptember() {
    // Opened on 1 September 2023: the 2022 rentrée of the 2023 tag is before it.
    assertThat(tagged("2023,2024").rentrees(LocalDate.of(2023, 9, 1), null, 2024))
        .containsExactly(2023, 2024);
    // Closed on 31 August 2022: the 2022 rentrée is after it.
    assertThat(
            tagged("2022,2023").rentrees(LocalDate.of(2002, 9, 1), LocalDate.of(2022, 8, 31), 2023))
        .containsExactly(2021);
    // A formation without opening date has no rentrée, as in Orion.
    assertThat(tagged("2022").rentrees(null, null, 2023)).isEmpty();
  }

  @Test
  void readsTheMefCodesOfTheLine() {
    assertThat(
            ligne("0351002Z", null, null, "50025524", "", "2412552421, 2402552411,", null).mefs())
        .containsExactly("2412552421", "2402552411");
    assertThat(tagged("2023").mefs()).isEmpty();
  }

  @Test
  void deducesTheDispositifFromTheNiveauAndTheDuration() {
    assertThat(ligne("0351002Z", null, null, "32031213", "", null, "2").dispositifDeduit())
        .contains("311");
    assertThat(ligne("0351002Z", null, null, "32031213", "", null, "1 an").dispositifDeduit())
        .contains("310");
    assertThat(ligne("0351002Z", null, null, "40025214", "", null, "3").dispositifDeduit())
        .contains("247");
    assertThat(ligne("0351002Z", null, null, "50025524", "", null, "2 ans").dispositifDeduit())
        .contains("241");
    assertThat(ligne("0351002Z", null, null, "50025524", "", null, "3").dispositifDeduit())
        .contains("242");
    // Some niveaux have one dispositif whatever the duration.
    assertThat(ligne("0351002Z", null, null, "56125103", "", null, null).dispositifDeduit())
        .contains("257");
    assertThat(ligne("0351002Z", null, null, "46125103", "", null, "").dispositifDeduit())
        .contains("258");
  }

  @Test
  void deducesNoDispositifWithoutARule() {
    assertThat(ligne("0351002Z", null, null, "40125214", "", null, "2").dispositifDeduit())
        .isEmpty();
    assertThat(ligne("0351002Z", null, null, "50025524", "", null, null).dispositifDeduit())
        .isEmpty();
    assertThat(ligne("0351002Z", null, null, "50025524", "", null, "deux").dispositifDeduit())
        .isEmpty();
    assertThat(ligne("0351002Z", null, null, "25031234", "", null, "1").dispositifDeduit())
        .isEmpty();
  }
}
