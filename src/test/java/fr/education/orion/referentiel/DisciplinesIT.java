package fr.education.orion.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.referentiel.Disciplines.Discipline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The disciplines of the bundled {@code orion_referentiels/discipline.csv.gz} (76 lines after its
 * header, labels without accents, some padded with a space: "L0422;Anglais ").
 */
@OrionIT
class DisciplinesIT {

  @Autowired Disciplines disciplines;

  @Test
  void findsByTheStartOfTheCode() {
    // Lines 2, 3, 4, 9, 30 and 51 of the file, by label.
    assertThat(disciplines.search("l042"))
        .extracting(Discipline::codeDiscipline)
        .containsExactly("L0421", "L0422", "L0423", "L0424", "L0426", "L0429");
  }

  @Test
  void findsByTheWordsOfTheLabelWhateverTheirAccentsAndCase() {
    // Line 59 "P1315;Math.Sciences Physiques " and line 60 "L1300;Mathematiques ": '.' sorts
    // before 'e'.
    assertThat(disciplines.search("math"))
        .containsExactly(
            new Discipline("P1315", "Math.Sciences Physiques"),
            new Discipline("L1300", "Mathematiques"));
    assertThat(disciplines.search("MATHÉMATIQUES"))
        .containsExactly(new Discipline("L1300", "Mathematiques"));
    assertThat(disciplines.search("sciences math"))
        .containsExactly(new Discipline("P1315", "Math.Sciences Physiques"));
  }

  @Test
  void answersAtMostTwentyAndNothingForAWordNoLabelHolds() {
    assertThat(disciplines.search(null)).hasSize(Disciplines.MAX_RESULTATS);
    assertThat(disciplines.search("")).hasSize(Disciplines.MAX_RESULTATS);
    assertThat(disciplines.search("astrophysique")).isEmpty();
    assertThat(disciplines.search("%")).isEmpty();
  }

  @Test
  void findsOneByItsCode() {
    assertThat(disciplines.find("L0422")).contains(new Discipline("L0422", "Anglais"));
    assertThat(disciplines.find("Z9999")).isEmpty();
  }
}
