package fr.education.orion.ingestion;

import org.jspecify.annotations.Nullable;

/**
 * Why a line (or the whole file) was refused.
 *
 * @param ligne line number in the file (1 is the header), or null for the whole file
 * @param colonne the column concerned, if any
 * @param motif the reason, in French
 */
public record Rejet(@Nullable Integer ligne, @Nullable String colonne, String motif) {

  public static Rejet ofLine(SourceRow row, @Nullable String colonne, String motif) {
    return new Rejet(row.line(), colonne, motif);
  }

  String describe(String fichier) {
    StringBuilder text = new StringBuilder(fichier);
    if (ligne != null) {
      text.append(", ligne ").append(ligne);
    }
    if (colonne != null) {
      text.append(", colonne « ").append(colonne).append(" »");
    }
    return text.append(" : ").append(motif).toString();
  }
}
