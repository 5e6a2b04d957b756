package fr.education.orion.referentiel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How close a formation's label is to a search that found nothing. */
class RapprochementTest {

  @Test
  void aWordWithALetterTooManyIsCloseToTheRightOne() {
    // "  cuisinne " and "  cuisine " share 7 of their 10 distinct trigrams, as pg_trgm counts.
    assertThat(
            Rapprochement.similarite(
                Rapprochement.trigrammes("cuisinne"), Rapprochement.trigrammes("cuisine")))
        .isCloseTo(0.7, within(1e-9));
  }

  @Test
  void accentsAndCaseDoNotCount() {
    assertThat(score("ELECTROTECHNIQUE", "Électrotechnique, énergie, équipements communicants"))
        .isEqualTo(1.0);
  }

  @Test
  void aMisspelledSearchScoresAboveTheThresholdAndAnUnrelatedLabelBelow() {
    assertThat(score("boulangerre", "Boulanger")).isGreaterThanOrEqualTo(Rapprochement.SEUIL);
    assertThat(score("mecanique automobille", "Maintenance des véhicules option voitures"))
        .isLessThan(Rapprochement.SEUIL);
    assertThat(score("mecanique automobille", "Mécanique automobile"))
        .isGreaterThanOrEqualTo(Rapprochement.SEUIL);
  }

  @Test
  void anEmptySearchIsCloseToNothing() {
    assertThat(score("  ", "Cuisine")).isZero();
  }

  private static double score(String recherche, String libelle) {
    return Rapprochement.score(trigrammes(recherche), trigrammes(libelle));
  }

  private static List<Set<String>> trigrammes(String texte) {
    return Rapprochement.mots(texte).stream().map(Rapprochement::trigrammes).toList();
  }
}
