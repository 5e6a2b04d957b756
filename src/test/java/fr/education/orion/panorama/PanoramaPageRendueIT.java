package fr.education.orion.panorama;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main content of a territorial panorama is rendered once per import and choice of filters,
 * then placed in each visitor's layout: a page first rendered for an anonymous visitor shows a
 * signed-in user their own header, and the content of another choice is not mixed up with it.
 */
@OrionIT
class PanoramaPageRendueIT {

  private static final String BRETAGNE_CAP = "/panorama/region/53?codeNiveauDiplome=500";

  @LocalServerPort int port;

  @Test
  void theKeptContentIsPlacedInEachVisitorsOwnLayout() {
    String anonyme = new TestHttp(port).get(BRETAGNE_CAP, "text/html").body();
    TestHttp perdir = new TestHttp(port).connecteEnDemo("perdir");
    String connecte = perdir.get(BRETAGNE_CAP, "text/html").body();

    assertThat(anonyme).doesNotContain("id=\"compte-connecte\"").contains("Se connecter");
    assertThat(connecte).contains("id=\"compte-connecte\"").contains("csrf-jeton");
    assertThat(principal(connecte)).isEqualTo(principal(anonyme));

    // Another niveau, another département: other content, each with its own title.
    String bac =
        new TestHttp(port).get("/panorama/region/53?codeNiveauDiplome=400", "text/html").body();
    assertThat(principal(bac)).isNotEqualTo(principal(anonyme));
    assertThat(bac).contains("<option value=\"400\" selected");
    assertThat(anonyme).contains("<option value=\"500\" selected");
    String finistere = new TestHttp(port).get("/panorama/departement/029", "text/html").body();
    assertThat(finistere).contains("<title>Panorama du département Finistère — Orion</title>");
  }

  @Test
  void anAnonymousVisitorChoosesTheTerritoryWhileASignedInUserOpensOnTheirRegion() {
    TestHttp anonyme = new TestHttp(port);
    assertThat(anonyme.get("/panorama/region", "text/html").location())
        .endsWith("/panorama#une-region");
    assertThat(anonyme.get("/panorama/departement", "text/html").location())
        .endsWith("/panorama#un-departement");
    assertThat(anonyme.get("/panorama", "text/html").body())
        .contains("id=\"une-region\"")
        .contains("id=\"un-departement\"");

    TestHttp pilote = new TestHttp(port).connecteEnDemo("pilote_region");
    assertThat(pilote.get("/panorama/region?codeNiveauDiplome=500", "text/html").location())
        .endsWith("/panorama/region/84?codeNiveauDiplome=500");
    assertThat(anonyme.get("/panorama/region?codeRegion=53", "text/html").location())
        .endsWith("/panorama/region/53");
  }

  private static String principal(String page) {
    return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
  }
}
