/**
 * Source files: decoding, parsing, row validation, import runs and their reports (command line,
 * admin page, first start). The modules that own the data plug their {@link
 * fr.education.orion.ingestion.SourceLoader}s in; ingestion knows no table of theirs.
 */
@NullMarked
package fr.education.orion.ingestion;

import org.jspecify.annotations.NullMarked;
