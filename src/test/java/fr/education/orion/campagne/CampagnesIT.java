package fr.education.orion.campagne;

import static fr.education.orion.schema.Tables.CAMPAGNE;
import static fr.education.orion.schema.Tables.CAMPAGNE_REGION;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The campaigns over HTTP with the demo accounts: the administrator creates them, the Admin RA
 * (Auvergne-Rhône-Alpes, 84) opens its région's and no other. Years from 2031 on, which nothing
 * else uses, so that the shared database stays as the other tests expect it.
 */
@OrionIT
class CampagnesIT {

  @LocalServerPort int port;
  @Autowired DSLContext dsl;

  @Test
  void theAdminCreatesACampaignAndTheAdminRegionOpensItsRegionsOnly() {
    TestHttp admin = new TestHttp(port).connecteEnDemo("admin");
    TestHttp adminRegion = new TestHttp(port).connecteEnDemo("admin_region");

    TestHttp.Answer creation =
        admin.sendJson(
            "POST",
            "/api/campagnes",
            "{\"annee\":2031,\"statut\":\"en_cours\",\"dateDebut\":\"2031-01-15\","
                + "\"dateFin\":\"2031-09-30\"}");
    assertThat(creation.status()).isEqualTo(201);
    assertThat(admin.get("/api/campagnes/2031").body())
        .isEqualTo(
            "{\"annee\":2031,\"statut\":\"en_cours\",\"libelleStatut\":\"En cours\","
                + "\"dateDebut\":\"2031-01-15\",\"dateFin\":\"2031-09-30\"}");
    // A year without types prepared takes those of the latest year that has some: 2026's.
    assertThat(admin.get("/api/campagnes/2031/offre").body())
        .contains("\"code\":\"transfert\"")
        .contains("\"code\":\"ajustement_rentree\"")
        .doesNotContain("ouverture_compensation");

    TestHttp.Answer ouverture =
        adminRegion.sendJson(
            "PUT",
            "/api/campagnes/2031/regions/84",
            "{\"statut\":\"en_cours\",\"dateDebut\":\"2031-02-01\",\"dateFin\":\"2031-06-30\","
                + "\"dateVote\":\"2031-06-15\",\"saisiePerdir\":true}");
    assertThat(ouverture.status()).isEqualTo(200);
    assertThat(adminRegion.get("/api/campagnes/2031/regions").body())
        .isEqualTo(
            "[{\"annee\":2031,\"codeRegion\":\"84\",\"statut\":\"en_cours\","
                + "\"libelleStatut\":\"En cours\",\"dateDebut\":\"2031-02-01\","
                + "\"dateFin\":\"2031-06-30\",\"dateVote\":\"2031-06-15\",\"saisiePerdir\":true}]");

    // The administration lists it, with the regional campaign, from its index.
    assertThat(adminRegion.get("/admin", "text/html").body()).contains("href=\"/admin/campagnes\"");
    assertThat(adminRegion.get("/admin/campagnes", "text/html").body())
        .contains("Campagne 2031")
        .contains("du 15/01/2031 au 30/09/2031")
        .contains("<th scope=\"row\">84</th>");

    TestHttp.Answer ailleurs =
        adminRegion.sendJson(
            "PUT",
            "/api/campagnes/2031/regions/76",
            "{\"statut\":\"en_cours\",\"dateDebut\":\"2031-02-01\",\"dateFin\":\"2031-06-30\"}");
    assertThat(ailleurs.status()).isEqualTo(403);
    assertThat(dsl.fetchCount(CAMPAGNE_REGION, CAMPAGNE_REGION.CODE_REGION.eq("76"))).isZero();

    TestHttp.Answer nationale =
        adminRegion.sendJson(
            "POST",
            "/api/campagnes",
            "{\"annee\":2033,\"statut\":\"en_cours\",\"dateDebut\":\"2033-01-15\","
                + "\"dateFin\":\"2033-09-30\"}");
    assertThat(nationale.status()).isEqualTo(403);
    assertThat(dsl.fetchCount(CAMPAGNE, CAMPAGNE.ANNEE.eq((short) 2033))).isZero();
  }

  @Test
  void regionalDatesStayWithinTheNationalOnes() {
    TestHttp admin = new TestHttp(port).connecteEnDemo("admin");
    admin.sendJson(
        "POST",
        "/api/campagnes",
        "{\"annee\":2034,\"statut\":\"en_cours\",\"dateDebut\":\"2034-01-15\","
            + "\"dateFin\":\"2034-09-30\"}");

    TestHttp.Answer refus =
        admin.sendJson(
            "PUT",
            "/api/campagnes/2034/regions/53",
            "{\"statut\":\"en_cours\",\"dateDebut\":\"2034-01-01\",\"dateFin\":\"2034-10-01\"}");

    assertThat(refus.status()).isEqualTo(400);
    assertThat(refus.json().get("erreurs").get("dateDebut").asString())
        .isEqualTo("La date de début précède celle de la campagne nationale (15/01/2034).");
    assertThat(refus.json().get("erreurs").get("dateFin").asString())
        .isEqualTo("La date de fin suit celle de la campagne nationale (30/09/2034).");
    assertThat(dsl.fetchCount(CAMPAGNE_REGION, CAMPAGNE_REGION.ANNEE.eq((short) 2034))).isZero();
  }

  @Test
  void invalidDatesAreAFrenchProblemAndChangeNothing() {
    TestHttp admin = new TestHttp(port).connecteEnDemo("admin");

    TestHttp.Answer refus =
        admin.sendJson(
            "POST",
            "/api/campagnes",
            "{\"annee\":2032,\"statut\":\"en_cours\",\"dateDebut\":\"2032-05-01\","
                + "\"dateFin\":\"2032-04-01\"}");

    assertThat(refus.status()).isEqualTo(400);
    assertThat(refus.contentType()).startsWith("application/problem+json");
    assertThat(refus.json().get("erreurs").get("dateFin").asString())
        .isEqualTo("La date de fin doit suivre la date de début.");
    assertThat(dsl.fetchCount(CAMPAGNE, CAMPAGNE.ANNEE.eq((short) 2032))).isZero();
  }

  @Test
  void theSeedOffersThe2025MotifsAndTypes() {
    TestHttp perdir = new TestHttp(port).connecteEnDemo("perdir");

    TestHttp.Answer offre = perdir.get("/api/campagnes/2025/offre");

    assertThat(offre.status()).isEqualTo(200);
    assertThat(offre.body())
        .contains(
            "{\"code\":\"ouverture_nette\",\"libelle\":\"Ouverture\",\"motifs\":\"ouverture\"}")
        .contains(
            "{\"code\":\"capacite_trop_elevee_territoire\","
                + "\"libelle\":\"Capacité trop élevée sur le territoire\","
                + "\"declenchePrecision\":false}")
        .contains(
            "{\"code\":\"mise_en_place_partenariat\",\"libelle\":\"Mise en place ou poursuite"
                + " d’un partenariat (préciser en commentaire)\",\"declenchePrecision\":true}")
        .contains(
            "{\"code\":\"probleme_calendrier\",\"libelle\":\"Problème de calendrier - hors"
                + " délai\",\"declenchePrecision\":false}")
        .doesNotContain("augmentation_compensation");
    assertThat(offre.json().get("motifs").get("ajustement").size()).isEqualTo(1);
    assertThat(offre.json().get("motifs").get("refus").size()).isEqualTo(14);
  }

  @Test
  void everySignedInUserLearnsWhetherTheyMayEnterDemandes() {
    TestHttp expert = new TestHttp(port).connecteEnDemo("expert_region");

    TestHttp.Answer courante = expert.get("/api/campagnes/courante");

    assertThat(courante.status()).isEqualTo(200);
    assertThat(courante.json().get("saisieOuverte").asBoolean()).isFalse();
    assertThat(courante.json().get("message").asString())
        .isEqualTo("Votre rôle ne vous autorise pas à saisir des demandes.");
  }

  @Test
  void theRoutesAreDescribedInFrenchInTheOpenApiDocument() {
    TestHttp.Answer docs = new TestHttp(port).get("/api/openapi");

    assertThat(
            docs.json()
                .get("paths")
                .get("/api/campagnes/{annee}/regions/{codeRegion}")
                .get("put")
                .get("summary")
                .asString())
        .isEqualTo(
            "Ouvre ou modifie la campagne d'une région : la campagne nationale doit être en cours"
                + " pour l'ouvrir, et ses dates sont dans celles de la campagne nationale");
    assertThat(docs.json().get("paths").has("/api/campagnes/courante")).isTrue();
    assertThat(docs.json().get("paths").has("/api/campagnes/{annee}/offre")).isTrue();
  }
}
