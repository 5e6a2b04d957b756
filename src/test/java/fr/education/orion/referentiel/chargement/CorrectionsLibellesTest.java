package fr.education.orion.referentiel.chargement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Orion's corrections of the labels its sources misspell, and that they still correct something.
 */
class CorrectionsLibellesTest {

  /** The bundled file of each source type a correction names. */
  private static final Map<String, String> FICHIERS =
      Map.of("bcn_n_groupe_specialite", "donnees/bcn/n_groupe_specialite_.csv.gz");

  @Test
  void theBcnTypoInTheNsfGroupOfBuildingIsCorrected() {
    assertThat(
            CorrectionsLibelles.corrige(
                "bcn_n_groupe_specialite", "232", "Bâtiment : constuction et couverture"))
        .isEqualTo("Bâtiment : construction et couverture");
  }

  @Test
  void aLabelTheFileDoesNotCorrectIsKeptAsTheSourceWritesIt() {
    assertThat(
            CorrectionsLibelles.corrige(
                "bcn_n_groupe_specialite", "232", "BATIMENT : CONSTRUCTION ET COUVERTURE"))
        .isEqualTo("BATIMENT : CONSTRUCTION ET COUVERTURE");
    assertThat(
            CorrectionsLibelles.corrige(
                "bcn_n_groupe_specialite", "233", "Bâtiment : constuction et couverture"))
        .isEqualTo("Bâtiment : constuction et couverture");
    assertThat(CorrectionsLibelles.corrige("bcn_n_groupe_specialite", "232", null)).isNull();
  }

  @Test
  void eachCorrectionSaysWhyAndStillMatchesTheBundledSource() throws IOException {
    assertThat(CorrectionsLibelles.toutes()).isNotEmpty();
    for (CorrectionsLibelles.Correction correction : CorrectionsLibelles.toutes()) {
      assertThat(correction.motif()).as(correction.code()).isNotBlank();
      assertThat(correction.libelleCorrige()).isNotEqualTo(correction.libelleSource());
      String fichier = FICHIERS.get(correction.nomenclature());
      assertThat(fichier).as(correction.nomenclature()).isNotNull();
      assertThat(lignes(fichier).lines())
          .as("%s %s still written « %s »", fichier, correction.code(), correction.libelleSource())
          .anyMatch(
              l ->
                  l.startsWith(correction.code() + ";")
                      && l.contains(";" + correction.libelleSource() + ";"));
    }
  }

  private static String lignes(String ressource) throws IOException {
    try (InputStream flux =
        new GZIPInputStream(
            CorrectionsLibellesTest.class.getClassLoader().getResourceAsStream(ressource))) {
      return new String(flux.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
