package fr.education.orion.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VoieTest {

  @Test
  void eachVoieIsWrittenByItsCode() {
    assertThat(Voie.SCOLAIRE.code()).isEqualTo(Voie.CODE_SCOLAIRE).isEqualTo("scolaire");
    assertThat(Voie.APPRENTISSAGE.code())
        .isEqualTo(Voie.CODE_APPRENTISSAGE)
        .isEqualTo("apprentissage");
    assertThat(Voie.duCode("apprentissage")).contains(Voie.APPRENTISSAGE);
    assertThat(Voie.duCode("Scolaire")).isEmpty();
  }
}
