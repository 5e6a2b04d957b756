package fr.education.orion.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The BCN writes the NSF group 232 « Bâtiment : constuction et couverture »: once imported, Orion
 * shows it corrected (corrections-libelles.csv) in the consoles' choice of domaines.
 */
@OrionIT
class CorrectionsLibellesIT {

  @LocalServerPort int port;

  @Test
  void theConsoleOffersTheNsfGroupOfBuildingWithoutTheBcnTypo() {
    String page = new TestHttp(port).get("/console/formations", "text/html").body();

    assertThat(page)
        .contains("Bâtiment : construction et couverture")
        .doesNotContain("constuction");
  }
}
