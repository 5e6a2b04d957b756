package fr.education.orion.indicateur;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import fr.education.orion.indicateur.Disponibilites.Rentree;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Which figures each rentrée holds, on the bundled files (constat de rentrée 2020, Affelnet 2021,
 * Parcoursup 2022 and 2023, InserJeunes 2019_2020 to 2021_2022), and the rentrée and millésime the
 * pages open on: the newest with headcounts, not the newest present.
 */
@OrionIT
class DisponibilitesIT {

  @LocalServerPort int port;
  @Autowired Disponibilites disponibilites;

  @Test
  void eachRentreeHoldsTheFiguresOfItsFiles() {
    assertThat(disponibilites.rentrees())
        .containsExactly(
            new Rentree("2023", false, false, true),
            new Rentree("2022", false, false, true),
            new Rentree("2021", false, true, false),
            new Rentree("2020", true, false, false));
    assertThat(disponibilites.derniereRentreeAvecEffectifs()).contains("2020");
    assertThat(disponibilites.derniereRentreeAvecVoeux(false)).contains("2021");
    assertThat(disponibilites.evolutionEffectifs("2020")).isFalse();
    assertThat(disponibilites.rentree("1999")).isEqualTo(new Rentree("1999", false, false, false));
    assertThat(disponibilites.millesimes()).containsExactly("2021_2022", "2020_2021", "2019_2020");
    assertThat(disponibilites.evolutionTaux("2021_2022")).isTrue();
    assertThat(disponibilites.evolutionTaux("2019_2020")).isFalse();
    assertThat(disponibilites.couverture())
        .isEqualTo(
            "Effectifs : rentrée 2020. Capacités et premiers vœux (hors BTS) : rentrée 2021."
                + " Capacités et vœux des BTS : rentrées 2022 et 2023.");
  }

  @Test
  void theRegionPanoramaOpensOnTheRentreeWithHeadcountsAndTheNewestMillesime() {
    String page = new TestHttp(port).get("/panorama/region/53?codeNiveauDiplome=400").body();

    assertThat(page)
        .contains("<option value=\"2020\" selected>2020</option>")
        .contains("<option value=\"2021_2022\" selected>2021_2022</option>")
        .doesNotContain("<option value=\"2023\" selected>");
  }

  @Test
  void theConsoleOpensOnTheRentreeWithHeadcountsAndTheNewestMillesime() {
    String page = new TestHttp(port).get("/console/formations?codeRegion=53").body();

    assertThat(page)
        .containsPattern(
            "id=\"rentreeScolaire-2020\" name=\"rentreeScolaire\" value=\"2020\" checked")
        .doesNotContainPattern("value=\"2023\" checked")
        .contains("<option value=\"2021_2022\" selected>2021_2022</option>");
  }

  @Test
  void theEtablissementPanoramaOpensOnTheRentreeWithHeadcounts() {
    String json = new TestHttp(port).get("/api/panorama/etablissements/0350031U").body();

    assertThat(json).contains("\"rentreeScolaire\":\"2020\"");
  }
}
