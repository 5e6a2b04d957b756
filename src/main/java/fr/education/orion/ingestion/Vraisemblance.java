package fr.education.orion.ingestion;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A plausibility rule on the numbers of one column: the range where its values are believable. A
 * value outside it is well formed (the file is not refused for it) but stops the import until
 * someone accepts it.
 *
 * @param colonne the column, as declared in the loader's format
 * @param min the least believable value
 * @param max the greatest believable value
 * @param attendu what a believable value is, in French (« un taux entre 0 et 100 % »)
 */
public record Vraisemblance(String colonne, BigDecimal min, BigDecimal max, String attendu) {

  public static Vraisemblance entre(String colonne, long min, long max, String attendu) {
    return new Vraisemblance(colonne, BigDecimal.valueOf(min), BigDecimal.valueOf(max), attendu);
  }

  /** The values of the lines that break any of the rules, in line order. */
  public static List<Rejet> check(SourceRows rows, List<Vraisemblance> regles) {
    return rows
        .map(
            row -> regles.stream().map(regle -> regle.check(row)).filter(Objects::nonNull).toList())
        .stream()
        .flatMap(List::stream)
        .toList();
  }

  /** Why the value of this line is implausible, or null when it is believable or absent. */
  @Nullable Rejet check(SourceRow row) {
    BigDecimal value = row.decimal(colonne);
    if (value == null || (value.compareTo(min) >= 0 && value.compareTo(max) <= 0)) {
      return null;
    }
    return Rejet.ofLine(row, colonne, "« " + row.text(colonne) + " » invraisemblable : " + attendu);
  }
}
