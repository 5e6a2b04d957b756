package fr.education.orion.ingestion.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.system.Format;
import org.junit.jupiter.api.Test;

class ImportsPageTest {

  @Test
  void saysWhichPartOfAListIsShown() {
    assertThat(ImportsPage.partie(200, 200, "erreur", "erreurs", true)).isEmpty();
    assertThat(ImportsPage.partie(50, 1234, "erreur", "erreurs", true))
        .isEqualTo("50 premières erreurs sur " + Format.nombre(1234));
    assertThat(ImportsPage.partie(1, 3, "avertissement", "avertissements", false))
        .isEqualTo("1 premier avertissement sur 3");
  }
}
