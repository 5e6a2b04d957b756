package fr.education.orion.campagne;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.education.orion.indicateur.RentreeScolaire;
import org.junit.jupiter.api.Test;

class AnneeCampagneTest {

  @Test
  void prepares_the_five_next_rentrees_and_adjusts_its_own() {
    AnneeCampagne annee = new AnneeCampagne(2025);

    assertThat(annee.rentreesPreparees())
        .containsExactly(
            new RentreeScolaire(2026),
            new RentreeScolaire(2027),
            new RentreeScolaire(2028),
            new RentreeScolaire(2029),
            new RentreeScolaire(2030));
    assertThat(annee.rentreeAjustee()).isEqualTo(new RentreeScolaire(2025));
    assertThat(annee.code()).isEqualTo("2025");
  }

  @Test
  void refuses_a_year_before_the_first_campaign() {
    assertThatThrownBy(() -> new AnneeCampagne(2022))
        .hasMessage("Une campagne a lieu une année de 4 chiffres, 2023 ou après : 2022");
  }

  @Test
  void orders_by_year() {
    assertThat(new AnneeCampagne(2024)).isLessThan(new AnneeCampagne(2025));
  }
}
