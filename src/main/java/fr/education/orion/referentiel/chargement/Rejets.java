package fr.education.orion.referentiel.chargement;

import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.Rejet;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a loader sets aside as it reads a file: lines it does not write, and warnings about lines it
 * writes (an unknown code, a repeated key), so that the import report says it rather than dropping
 * anything silently.
 */
final class Rejets {

  private final List<Rejet> rejets = new ArrayList<>();
  private final List<Rejet> avertissements = new ArrayList<>();

  /** The line is not written. */
  void reject(SourceRow row, @Nullable String colonne, String motif) {
    rejets.add(Rejet.ofLine(row, colonne, motif));
  }

  /** The line is written, but something in it deserves a look. */
  void warn(SourceRow row, @Nullable String colonne, String motif) {
    avertissements.add(Rejet.ofLine(row, colonne, motif));
  }

  /**
   * Warns when a code is not among the known ones.
   *
   * @param motif the warning, {@code %s} standing for the code
   */
  void warnIfUnknown(
      SourceRow row, String colonne, @Nullable String code, Set<String> known, String motif) {
    if (code != null && !known.contains(code)) {
      warn(row, colonne, motif.formatted(code));
    }
  }

  LoadResult result(SourceRows rows, int modifiees) {
    return LoadResult.of(rows, modifiees, rejets, avertissements);
  }
}
