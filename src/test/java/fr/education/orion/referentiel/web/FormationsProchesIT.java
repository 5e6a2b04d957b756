package fr.education.orion.referentiel.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A formation search that finds nothing suggests the formations of the perimeter whose labels are
 * close to it; a search that finds something, or that is close to nothing, suggests nothing.
 */
@OrionIT
class FormationsProchesIT {

  private static final Pattern PROPOSITION =
      Pattern.compile("<li><a href=\"/formations/(\\w{8})\">([^<]+)</a>");

  @LocalServerPort int port;

  @Test
  void aMisspelledSearchSuggestsTheCloseLabels() {
    String page = page("/formations?q=cuisinne");

    assertThat(page).contains("0 formation trouvée", "Vouliez-vous dire…&nbsp;?");
    String proches = page.substring(page.indexOf("id=\"formations-proches\""));
    proches = proches.substring(0, proches.indexOf("</ul>"));
    Matcher propositions = PROPOSITION.matcher(proches);
    int nombre = 0;
    boolean cuisine = false;
    while (propositions.find()) {
      nombre++;
      // Labels carry their diploma: « CUISINE (CAP) ».
      cuisine |= propositions.group(2).strip().toUpperCase().startsWith("CUISINE (");
    }
    assertThat(nombre).isBetween(1, 5);
    assertThat(cuisine).as(proches).isTrue();
  }

  @Test
  void aSearchWithResultsOrCloseToNothingSuggestsNothing() {
    assertThat(page("/formations?q=cuisine")).doesNotContain("formations-proches");
    assertThat(page("/formations?q=zzqxw"))
        .contains("0 formation trouvée")
        .doesNotContain("formations-proches");
  }

  private String page(String chemin) {
    return new TestHttp(port).get(chemin, "text/html").body();
  }
}
