package fr.education.orion.panorama;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import fr.education.orion.TestHttp.Answer;
import fr.education.orion.glossaire.Terme;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The panoramas link their indicators' labels to the glossary, every link reaching an entry of the
 * glossary page, and the territorial and établissement panoramas end with their "liens utiles".
 */
@OrionIT
class PanoramaGlossaireIT {

  private static final Pattern LIEN_GLOSSAIRE = Pattern.compile("href=\"/glossaire#([a-z0-9-]+)\"");

  @LocalServerPort int port;

  private TestHttp http;

  @BeforeEach
  void client() {
    http = new TestHttp(port);
  }

  @Test
  void theGlossaryExplainsEveryTermAtItsOwnAnchor() {
    String page = html("/glossaire");
    for (Terme terme : Terme.values()) {
      assertThat(page)
          .contains("<section id=\"" + terme.ancre() + "\"")
          .contains(terme.libelle())
          .contains(terme.definition().get(0));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "/panorama/region/53?codeNiveauDiplome=400, 10",
    "/panorama/departement/035?codeNiveauDiplome=500, 10",
    "/panorama/etablissement/0350793X, 6",
    "/panorama/domaine-de-formation/221?territoire=departement-059&cfd=40022105, 10"
  })
  void everyGlossaryLinkOfAPanoramaReachesAnEntry(String path, int minimum) {
    String glossaire = html("/glossaire");
    Set<String> ancres = new LinkedHashSet<>();
    Matcher lien = LIEN_GLOSSAIRE.matcher(html(path));
    while (lien.find()) {
      ancres.add(lien.group(1));
    }
    assertThat(ancres).as(path).hasSizeGreaterThanOrEqualTo(minimum);
    for (String ancre : ancres) {
      assertThat(glossaire).as(ancre).contains("<section id=\"" + ancre + "\"");
    }
  }

  @Test
  void theRegionsPanoramaLinksToItsDaresReportAndItsDataEmploiPanorama() {
    String bretagne = html("/panorama/region/53?codeNiveauDiplome=400");
    assertThat(bretagne)
        .contains("id=\"liens-utiles\"")
        .contains(
            "https://dares.travail-emploi.gouv.fr/publication/bretagne-quelles-difficultes-de-recrutement-dici-2030")
        .contains("https://dataemploi.pole-emploi.fr/panorama/REG/53");
    // A département's panorama points at the département's Data emploi page (no leading zero).
    assertThat(html("/panorama/departement/035?codeNiveauDiplome=400"))
        .contains("https://dataemploi.pole-emploi.fr/panorama/DEP/35");
    // An établissement's panorama, at those of its département and région.
    assertThat(html("/panorama/etablissement/0350793X"))
        .contains("id=\"liens-utiles\"")
        .contains("https://dataemploi.pole-emploi.fr/panorama/DEP/35");
  }

  private String html(String path) {
    Answer answer = http.get(path, "text/html");
    assertThat(answer.status()).as(path).isEqualTo(200);
    return answer.body();
  }
}
