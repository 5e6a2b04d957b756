package fr.education.orion.console;

import static fr.education.orion.schema.Tables.REQUETE_ENREGISTREE;
import static fr.education.orion.schema.Tables.UTILISATEUR;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import fr.education.orion.TestHttp.Answer;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
  @Autowired DSLContext dsl;

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

  @Test
  void aRefusedQueryWritesNothingAndTheFormKeepsWhatWasTyped() {
    TestHttp gestionnaire = new TestHttp(port).connecteEnDemo("gestionnaire_region");
    Map<String, String> refus =
        Map.of(
            // A line break would end in the redirect's Location header.
            "une ligne de trop",
            "rentreeScolaire=2020\r\nSet-Cookie: piege=1",
            "un caractère de contrôle codé",
            "q=" + "%0D%0A" + "boulanger",
            "des paramètres trop longs",
            "q=" + "a".repeat(RequetesEnregistrees.PARAMETRES_MAX),
            "un code qui n'en est pas un",
            "codeRegion=Bretagne",
            "un tri inconnu",
            "sort=motDePasse");
    int avant = dsl.fetchCount(REQUETE_ENREGISTREE);
    refus.forEach(
        (nom, parametres) -> {
          Answer reponse =
              gestionnaire.post(
                  "/console/formations/requetes",
                  Map.of("nom", nom, "couleur", "pink-tuile", "parametres", parametres));
          assertThat(reponse.status()).as(nom).isEqualTo(400);
          // The console page again, the name and colour as typed, the reason in French.
          assertThat(reponse.body())
              .as(nom)
              .contains("<h1>Console des formations</h1>")
              .contains("value=\"" + nom.replace("'", "&#39;") + "\"")
              .contains("<option value=\"pink-tuile\" selected>")
              .contains("id=\"erreur-requete\"");
        });
    Answer nomSurDeuxLignes =
        gestionnaire.post(
            "/console/formations/requetes",
            Map.of("nom", "Bretagne\r\nLocation: ailleurs", "couleur", "pink-tuile"));
    assertThat(nomSurDeuxLignes.status()).isEqualTo(400);
    assertThat(nomSurDeuxLignes.body()).contains("sans retour à la ligne");
    Answer nomTropLong =
        gestionnaire.post(
            "/console/formations/requetes",
            Map.of("nom", "n".repeat(RequetesEnregistrees.NOM_MAX + 1), "couleur", "pink-tuile"));
    assertThat(nomTropLong.status()).isEqualTo(400);
    assertThat(nomTropLong.body()).contains("au plus 100 caractères");
    assertThat(dsl.fetchCount(REQUETE_ENREGISTREE)).isEqualTo(avant);
    assertThat(gestionnaire.get("/api/console/requetes").json()).isEmpty();
  }

  @Test
  void aUserKeepsAtMostFiftyQueries() {
    TestHttp invite = new TestHttp(port).connecteEnDemo("invite");
    long id =
        dsl.select(UTILISATEUR.ID)
            .from(UTILISATEUR)
            .where(UTILISATEUR.EMAIL.eq(TestHttp.demo("invite")))
            .fetchSingle(UTILISATEUR.ID);
    try {
      for (int i = 1; i <= RequetesEnregistrees.PAR_UTILISATEUR; i++) {
        dsl.insertInto(REQUETE_ENREGISTREE)
            .set(REQUETE_ENREGISTREE.UTILISATEUR_ID, id)
            .set(REQUETE_ENREGISTREE.CONSOLE, "formations")
            .set(REQUETE_ENREGISTREE.NOM, "Requête " + i)
            .set(REQUETE_ENREGISTREE.COULEUR, "green-menthe")
            .set(REQUETE_ENREGISTREE.PARAMETRES, "codeRegion=84")
            .execute();
      }
      Answer uneDeTrop =
          invite.post(
              "/console/formations/requetes",
              Map.of("nom", "La cinquante et unième", "couleur", "green-menthe"));
      assertThat(uneDeTrop.status()).isEqualTo(400);
      assertThat(uneDeTrop.body()).contains("déjà 50 requêtes enregistrées");
      assertThat(dsl.fetchCount(REQUETE_ENREGISTREE, REQUETE_ENREGISTREE.UTILISATEUR_ID.eq(id)))
          .isEqualTo(RequetesEnregistrees.PAR_UTILISATEUR);

      // Replacing one of them is still allowed.
      Answer remplacee =
          invite.post(
              "/console/formations/requetes",
              Map.of("nom", "Requête 1", "couleur", "blue-ecume", "parametres", "codeRegion=53"));
      assertThat(remplacee.status()).isEqualTo(302);
      assertThat(
              dsl.select(REQUETE_ENREGISTREE.PARAMETRES)
                  .from(REQUETE_ENREGISTREE)
                  .where(REQUETE_ENREGISTREE.UTILISATEUR_ID.eq(id))
                  .and(REQUETE_ENREGISTREE.NOM.eq("Requête 1"))
                  .fetchSingle(REQUETE_ENREGISTREE.PARAMETRES))
          .startsWith("codeRegion=53&");
    } finally {
      dsl.deleteFrom(REQUETE_ENREGISTREE)
          .where(REQUETE_ENREGISTREE.UTILISATEUR_ID.eq(id))
          .execute();
    }
  }
}
