package fr.education.orion.compte.connexion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RalentissementTest {

  private final Ralentissement ralentissement =
      new Ralentissement(5, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(24));

  @Test
  void noWaitBeforeTheThreshold() {
    assertThat(ralentissement.attenteApres(1)).isZero();
    assertThat(ralentissement.attenteApres(4)).isZero();
  }

  @Test
  void theWaitDoublesAtEachFailurePastTheThresholdUpToTheMaximum() {
    assertThat(ralentissement.attenteApres(5)).isEqualTo(Duration.ofMinutes(1));
    assertThat(ralentissement.attenteApres(6)).isEqualTo(Duration.ofMinutes(2));
    assertThat(ralentissement.attenteApres(7)).isEqualTo(Duration.ofMinutes(4));
    assertThat(ralentissement.attenteApres(11)).isEqualTo(Duration.ofMinutes(60));
    assertThat(ralentissement.attenteApres(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
  }
}
