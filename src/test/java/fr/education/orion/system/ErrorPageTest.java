package fr.education.orion.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ErrorPageTest {

  @Test
  void everyErrorStatusHasAFrenchTitleAndMessageWithoutCommandLineHint() {
    IntStream.range(400, 600)
        .mapToObj(statut -> ErrorPage.of(statut, null))
        .forEach(
            page -> {
              assertThat(page.titre()).as("%d", page.statut()).isNotBlank();
              assertThat(page.message())
                  .as("%d", page.statut())
                  .endsWith(".")
                  .doesNotContain("./orion", "orion import", "Error", "Request");
            });
    assertThat(ErrorPage.of(413, null).message()).contains("Compressez-le");
    assertThat(ErrorPage.of(500, null).titre()).isEqualTo("Erreur inattendue");
  }

  @Test
  void theDetailOrionGaveIsShownForNotFoundAndBadRequests() {
    assertThat(ErrorPage.of(404, "Aucune région de code « 99 ».").message())
        .isEqualTo("Aucune région de code « 99 ».");
    assertThat(ErrorPage.of(400, null).message()).startsWith("La requête est mal formée");
  }
}
