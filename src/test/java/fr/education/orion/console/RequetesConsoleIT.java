package fr.education.orion.console;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import fr.education.orion.TestHttp.Answer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Saved queries: a signed-in user saves the current view of a console under a name and a colour,
 * finds it in the page and in the JSON list, deletes it; nobody else sees or deletes it; an
 * anonymous visitor is sent to the login page, a form without CSRF token is refused.
 */
@OrionIT
class RequetesConsoleIT {

  private static final String VUE =
      "rentreeScolaire=2020&codeRegion=94&sort=cfd&order=asc&colonnes=cfd&colonnes=effectifEntree";

  @LocalServerPort int port;

  @Test
  void aUserSavesFindsAndDeletesTheirQuery() {
    TestHttp perdir = new TestHttp(port).connecteEnDemo("perdir");
    Answer enregistrement =
        perdir.post(
            "/console/formations/requetes",
            Map.of(
                "nom",
                "Corse, par CFD",
                "couleur",
                "green-menthe",
                // A parameter of no console is dropped: a saved query only reopens a console view.
                "parametres",
                VUE + "&ailleurs=https://exemple.invalid"));
    assertThat(enregistrement.status()).isEqualTo(302);
    assertThat(enregistrement.location()).endsWith("/console/formations?" + VUE);

    JsonNode liste = perdir.get("/api/console/requetes").json();
    assertThat(liste).hasSize(1);
    JsonNode requete = liste.get(0);
    assertThat(requete.get("nom").asString()).isEqualTo("Corse, par CFD");
    assertThat(requete.get("couleur").asString()).isEqualTo("green-menthe");
    assertThat(requete.get("console").asString()).isEqualTo("formations");
    assertThat(requete.get("parametres").asString()).isEqualTo(VUE);
    long id = requete.get("id").asLong();

    // The console page lists it, as a link that reopens the view.
    String page = perdir.get("/console/formations", "text/html").body();
    assertThat(page)
        .contains("Corse, par CFD")
        .contains("href=\"/console/formations?" + VUE.replace("&", "&amp;"));

    // Another user neither sees nor deletes it.
    TestHttp expert = new TestHttp(port).connecteEnDemo("expert_region");
    assertThat(expert.get("/api/console/requetes").json()).isEmpty();
    assertThat(
            expert.post("/console/formations/requetes/" + id + "/suppression", Map.of()).status())
        .isEqualTo(404);
    assertThat(perdir.get("/api/console/requetes").json()).hasSize(1);

    Answer suppression =
        perdir.post(
            "/console/formations/requetes/" + id + "/suppression", Map.of("parametres", VUE));
    assertThat(suppression.status()).isEqualTo(302);
    assertThat(perdir.get("/api/console/requetes").json()).isEmpty();
  }

  @Test
  void savingNeedsASignedInUserACsrfTokenAndAKnownColour() {
    TestHttp anonyme = new TestHttp(port).nouvelleSession();
    Answer refus =
        anonyme.post("/console/formations/requetes", Map.of("nom", "x", "couleur", "green-menthe"));
    assertThat(refus.status()).isEqualTo(302);
    assertThat(refus.location()).contains("/connexion");
    assertThat(anonyme.get("/api/console/requetes").status()).isEqualTo(401);

    TestHttp pilote = new TestHttp(port).connecteEnDemo("pilote");
    assertThat(
            pilote
                .postSansJeton(
                    "/console/formations/requetes", Map.of("nom", "x", "couleur", "green-menthe"))
                .status())
        .isEqualTo(403);
    assertThat(
            pilote
                .post("/console/formations/requetes", Map.of("nom", "x", "couleur", "fuchsia"))
                .status())
        .isEqualTo(400);
    assertThat(pilote.get("/api/console/requetes").json()).isEmpty();
    // The consoles themselves stay public.
    assertThat(anonyme.get("/console/etablissements", "text/html").status()).isEqualTo(200);
    assertThat(anonyme.get("/api/console/formations?size=1").status()).isEqualTo(200);
  }
}
