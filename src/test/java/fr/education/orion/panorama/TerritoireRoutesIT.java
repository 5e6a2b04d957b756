package fr.education.orion.panorama;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import fr.education.orion.TestHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The territory routes of the panoramas: a département by its code as users write it, and no page
 * for the pseudo-territories of the référentiel (région 99 « Sans objet », académie « Etranger »…).
 */
@OrionIT
class TerritoireRoutesIT {

  @LocalServerPort int port;

  private TestHttp http;

  @BeforeEach
  void client() {
    http = new TestHttp(port);
  }

  @ParameterizedTest
  @CsvSource({"69,Rhône", "069,Rhône", "2A,Corse-du-Sud", "02a,Corse-du-Sud", "974,Réunion"})
  void aDepartementIsFoundWithOrWithoutItsLeadingZero(String code, String nom) {
    Answer page = http.get("/panorama/departement/" + code, "text/html");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains(nom);

    Answer json = http.get("/api/departements/" + code + "/indicateurs");
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.body()).contains(nom);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/panorama/region/99", "/panorama/region/00", "/panorama/departement/990"})
  void aPseudoTerritoryHasNoPanorama(String chemin) {
    Answer page = http.get(chemin, "text/html");

    assertThat(page.status()).isEqualTo(404);
    assertThat(page.body()).contains("Page non trouvée").doesNotContain("Sans objet");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/regions/99/indicateurs",
        "/api/regions/00/quadrant",
        "/api/academies/99/indicateurs",
        "/api/departements/990/indicateurs"
      })
  void aPseudoTerritoryHasNoJson(String chemin) {
    Answer json = http.get(chemin);

    assertThat(json.status()).isEqualTo(404);
    assertThat(json.contentType()).startsWith("application/problem+json");
    assertThat(json.json().get("detail").asString()).startsWith("Aucun");
  }

  @Test
  void theFormationRoutesReadTerritoriesAlike() {
    String route = "/api/formations/40022105/indicateurs";
    assertThat(http.get(route + "?codeDepartement=59").body())
        .isEqualTo(http.get(route + "?codeDepartement=059").body());
    assertThat(http.get(route + "?codeDepartement=59").status()).isEqualTo(200);

    Answer sansObjet = http.get(route + "?codeRegion=99");
    assertThat(sansObjet.status()).isEqualTo(404);
    assertThat(sansObjet.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aMalformedDepartementCodeIsABadRequestInFrench() {
    Answer json = http.get("/api/departements/6/indicateurs");

    assertThat(json.status()).isEqualTo(400);
    assertThat(json.json().get("detail").asString()).contains("Le code département « 6 »");
  }
}
