package fr.education.orion.panorama;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * A text an ECharts chart drew (each label is an SVG text), where it is on the screen, in which
 * font and size: what a reader sees of the chart's labels.
 */
record TexteGraphique(
    String texte,
    String police,
    double taille,
    double gauche,
    double droite,
    double haut,
    double bas) {

  /** Whether the two texts' boxes overlap by more than a pixel each way. */
  boolean chevauche(TexteGraphique autre) {
    return Math.min(droite, autre.droite) - Math.max(gauche, autre.gauche) > 1
        && Math.min(bas, autre.bas) - Math.max(haut, autre.haut) > 1;
  }

  /** The visible texts of the chart drawn in the element that {@code graphique} selects. */
  static List<TexteGraphique> de(WebDriver driver, String graphique) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> textes =
        (List<Map<String, Object>>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "return Array.from(document.querySelectorAll(arguments[0] + ' svg text'))"
                        + ".map(t => [t, t.getBoundingClientRect(), getComputedStyle(t)])"
                        + ".filter(([t, r]) => r.width > 0 && t.textContent.trim() !== '')"
                        + ".map(([t, r, s]) => ({texte: t.textContent, police: s.fontFamily,"
                        + " taille: parseFloat(s.fontSize), gauche: r.left, droite: r.right,"
                        + " haut: r.top, bas: r.bottom}))",
                    graphique);
    return textes.stream()
        .map(
            t ->
                new TexteGraphique(
                    (String) t.get("texte"),
                    ((String) t.get("police")).replace("\"", ""),
                    ((Number) t.get("taille")).doubleValue(),
                    ((Number) t.get("gauche")).doubleValue(),
                    ((Number) t.get("droite")).doubleValue(),
                    ((Number) t.get("haut")).doubleValue(),
                    ((Number) t.get("bas")).doubleValue()))
        .toList();
  }

  /**
   * The texts are readable on a screen this wide: in Marianne, 11 px or more, on the screen, and
   * none over another.
   */
  static void assertLisibles(List<TexteGraphique> textes, double largeurEcran) {
    assertThat(textes).isNotEmpty();
    assertThat(textes).allMatch(t -> t.police().startsWith("Marianne"), "in Marianne");
    assertThat(textes).allMatch(t -> t.taille() >= 11, "at least 11 px");
    assertThat(textes)
        .allMatch(t -> t.gauche() >= 0 && t.droite() <= largeurEcran, "inside the screen");
    for (int i = 0; i < textes.size(); i++) {
      for (int j = i + 1; j < textes.size(); j++) {
        assertThat(textes.get(i).chevauche(textes.get(j)))
            .as("« %s » overlaps « %s »", textes.get(i).texte(), textes.get(j).texte())
            .isFalse();
      }
    }
  }
}
