package fr.education.orion.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import fr.education.orion.TestHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A page number out of range — an old bookmark, a list that shrank, a hand-typed URL — serves the
 * nearest page instead of « page 1000 sur 10 » over an empty table or a 400.
 */
@OrionIT
class PaginationIT {

  @LocalServerPort int port;

  private TestHttp http;

  @BeforeEach
  void client() {
    http = new TestHttp(port);
  }

  @Test
  void aConsolePagePastTheLastServesTheLastPage() {
    JsonNode premiere = http.get("/api/console/formations?size=50").json();
    int pages = (int) ((premiere.get("total").asLong() + 49) / 50);
    assertThat(pages).isGreaterThan(1);

    Answer page = http.get("/console/formations?page=999", "text/html");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("page " + pages + " sur " + pages)
        .doesNotContain("page 1000 sur")
        .contains("aria-current=\"page\" title=\"Page " + pages + "\"");
  }

  @Test
  void aNegativePageServesTheFirstPage() {
    for (String console : new String[] {"formations", "etablissements"}) {
      Answer page = http.get("/console/" + console + "?page=-3", "text/html");

      assertThat(page.status()).as(console).isEqualTo(200);
      assertThat(page.body()).as(console).containsPattern("page 1 sur [0-9]+");
    }
  }

  @Test
  void theJsonApiSaysWhichPageItServed() {
    JsonNode derniere = http.get("/api/console/etablissements?page=100000&size=20").json();
    long total = derniere.get("total").asLong();
    int attendue = (int) ((total + 19) / 20) - 1;

    assertThat(derniere.get("page").asInt()).isEqualTo(attendue);
    assertThat(derniere.get("items")).isNotEmpty();
    assertThat(http.get("/api/console/etablissements?page=-1&size=20").json().get("page").asInt())
        .isZero();

    JsonNode formations = http.get("/api/formations?q=boulanger&page=50").json();
    assertThat(formations.get("page").asInt())
        .isEqualTo((int) ((formations.get("total").asLong() + 49) / 50) - 1);
    assertThat(formations.get("items")).isNotEmpty();
  }

  @Test
  void searchesAndTheUsersListServeTheirLastPage() {
    Answer formations = http.get("/formations?q=cuisine&page=400", "text/html");
    assertThat(formations.status()).isEqualTo(200);
    assertThat(formations.body()).containsPattern("Formations trouvées, page ([0-9]+) sur \\1<");

    Answer etablissements = http.get("/panorama/etablissement?q=lycee&page=100000", "text/html");
    assertThat(etablissements.status()).isEqualTo(200);
    assertThat(etablissements.body())
        .containsPattern("Établissements trouvés, page ([0-9]+) sur \\1<");

    Answer comptes = http.connecteEnDemo("admin").get("/admin/utilisateurs?page=77", "text/html");
    assertThat(comptes.status()).isEqualTo(200);
    assertThat(comptes.body()).contains("demo.orion.invalid");
  }

  @Test
  void aPageSizeOutOfBoundsIsStillRefused() {
    Answer reponse = http.get("/api/console/formations?size=100000");

    assertThat(reponse.status()).isEqualTo(400);
    assertThat(reponse.json().get("detail").asString()).contains("size");
  }
}
