package fr.education.orion.ingestion;

import org.jspecify.annotations.Nullable;

/**
 * Published when a file has been imported and committed, so that derived data can be recomputed.
 *
 * @param type the type of the file
 * @param annee its rentrée or millésime, if any
 * @param modifiees rows it inserted, changed or deleted: 0 when the same file was imported again
 */
public record ImportCompleted(String type, @Nullable String annee, int modifiees) {

  public boolean changedSomething() {
    return modifiees > 0;
  }
}
