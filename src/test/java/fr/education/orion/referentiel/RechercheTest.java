package fr.education.orion.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class RechercheTest {

  @Test
  void lowerCaseWithoutAccentsAndOneSpaceBetweenWords() {
    assertThat(Recherche.normalize("40022105", "BOULANGER-PÂTISSIER (BAC PRO)"))
        .isEqualTo("40022105 boulanger patissier bac pro");
    assertThat(Recherche.normalize("  Œuvres d'ÉLÈVES ; cæcum…  ", null, "Lycée n°2"))
        .isEqualTo("oeuvres d eleves caecum lycee n 2");
    assertThat(Recherche.normalize()).isEmpty();
    assertThat(Recherche.words("  Pâtissier   BAC ")).containsExactly("patissier", "bac");
  }

  /**
   * On every line of the bundled BCN formation tables, and on random texts of Latin-1, accents on
   * their own and other letters, the same result as the definition written with regular
   * expressions: decompose, drop the marks, lower case, œ and æ spelled out, anything but a-z and
   * 0-9 a separator.
   */
  @Test
  void sameAsTheDefinitionOnTheBundledLabelsAndOnRandomTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String file : List.of("bcn/vFormationDiplome_.csv.gz", "bcn/nFormationDiplome_.csv.gz")) {
      texts.addAll(lines(file));
    }
    String others = "œŒæÆ\u0301\u0327ąęőŁłİıΣσςЖж€’«»\u2126\u212B";
    Random random = new Random(20261129);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int c = random.nextInt(12); c > 0; c--) {
        text.append(
            random.nextInt(4) == 0
                ? others.charAt(random.nextInt(others.length()))
                : (char) random.nextInt(256));
      }
      texts.add(text.toString());
    }
    Pattern marks = Pattern.compile("\\p{M}+");
    Pattern notWord = Pattern.compile("[^a-z0-9]+");
    for (String text : texts) {
      String withoutMarks =
          marks.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
      String expected =
          notWord
              .matcher(withoutMarks.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae"))
              .replaceAll(" ")
              .trim();
      assertThat(Recherche.normalize(text)).as(text).isEqualTo(expected);
    }
  }

  private static List<String> lines(String file) throws IOException {
    try (InputStream in =
        new GZIPInputStream(
            RechercheTest.class.getClassLoader().getResourceAsStream("donnees/" + file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
