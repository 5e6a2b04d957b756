package fr.education.orion.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The territories a user may choose in a list are real ones (PerimetreTerritorial): the
 * administrative pseudo-territories of the bundled référentiel (région 99 « Sans objet », région 00
 * of the collectivités d'outre-mer, académies « Etranger », « Union européenne »…, Andorre) appear
 * in no filter or choice list; lists of établissements name their département.
 */
@OrionIT
class ChoixDeTerritoiresIT {

  /** Names of the bundled référentiel (geo/departements_academies_regions.csv) out of the lists. */
  private static final List<String> PSEUDO_TERRITOIRES =
      List.of(
          "Sans objet",
          "Etranger",
          "Union européenne",
          "Service interacadémique",
          "Tom et Collectivités territoriales",
          "Nouvelle Calédonie",
          "Wallis",
          "France métropolitaine et DOM",
          "Non recensée",
          "Non renseignée",
          "Autre pays",
          "Andorre");

  @LocalServerPort int port;

  @Test
  void theConsolesOfferOnlyRealRegionsAcademiesAndDepartements() {
    String page = new TestHttp(port).get("/console/etablissements", "text/html").body();

    assertThat(page).contains("Bretagne", "Rennes", "Ille-et-Vilaine", "Corse-du-Sud", "Mayotte");
    assertThat(page).doesNotContain(PSEUDO_TERRITOIRES);
  }

  @Test
  void thePanoramasAndTheSearchOfEtablissementsOfferOnlyRealTerritories() {
    TestHttp http = new TestHttp(port);
    for (String chemin :
        List.of(
            "/panorama",
            "/panorama/region/53",
            "/panorama/departement/035",
            "/panorama/domaine-de-formation/221",
            "/etablissements")) {
      String page = http.get(chemin, "text/html").body();
      assertThat(page).as(chemin).contains("Bretagne").doesNotContain(PSEUDO_TERRITOIRES);
    }
  }

  @Test
  void theListsOfEtablissementsNameTheirDepartement() {
    String page = new TestHttp(port).get("/etablissements?q=rennes", "text/html").body();

    assertThat(page).contains("<td>Ille-et-Vilaine (035)</td>").doesNotContain("<td>035</td>");
  }
}
