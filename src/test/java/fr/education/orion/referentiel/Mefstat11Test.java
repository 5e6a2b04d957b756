package fr.education.orion.referentiel;

import static fr.education.orion.referentiel.Probleme.detailDe;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Mefstat11Test {

  @Test
  void aMefstat11IsElevenCharactersKeepingItsLeadingZeros() {
    assertThat(Mefstat11.of("01110033404").code()).isEqualTo("01110033404");
    assertThat(Mefstat11.parse("24a10033404")).contains(new Mefstat11("24A10033404"));
  }

  @Test
  void anotherLengthIsABadRequestInFrench() {
    detailDe(() -> Mefstat11.of("2511003340"))
        .isEqualTo(
            "Le code MEFSTAT11 « 2511003340 » est invalide : il compte 11 caractères, chiffres ou"
                + " lettres (ex. 25110033404).");
    assertThat(Mefstat11.parse("251100334")).isEmpty();
  }
}
