package fr.education.orion.campagne;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatutCampagneTest {

  @ParameterizedTest
  @CsvSource({
    "en_attente, EN_ATTENTE, En attente",
    "en_cours,   EN_COURS,   En cours",
    "terminee,   TERMINEE,   Terminée"
  })
  void reads_its_codes_and_names_them_in_french(
      String code, StatutCampagne statut, String libelle) {
    assertThat(StatutCampagne.of(code)).isEqualTo(statut);
    assertThat(statut.code()).isEqualTo(code);
    assertThat(statut.libelle()).isEqualTo(libelle);
  }

  @Test
  void refuses_an_unknown_code() {
    assertThatThrownBy(() -> StatutCampagne.of("ouverte"))
        .hasMessage("Statut de campagne inconnu : ouverte");
  }
}
