package fr.education.orion.ingestion;

import org.jspecify.annotations.Nullable;

/**
 * Published when a file has been imported and committed, so that derived data can be recomputed.
 *
 * @param type the type of the file
 * @param annee its rentrée or millésime, if any
 */
public record ImportCompleted(String type, @Nullable String annee) {}
