/**
 * Source files: decoding, parsing, row validation, import runs and their reports (command line,
 * admin page, first start). The modules that own the data plug their {@link
 * fr.education.orion.ingestion.SourceLoader}s in; ingestion knows no table of theirs.
 *
 * <p>This package is the module's API and the import itself: what a module implements to import its
 * files ({@code SourceLoader}, {@code SourceFormat}, {@code Column}, {@code SourceRows}, {@code
 * LoadResult}, {@code Rejet}, {@code Vraisemblance}, {@code BulkWriter}…), the import others call
 * ({@code ImportFile} with its request and report, {@code SourceTable} for lines a program
 * produces), what pages read ({@code ImportRuns}, {@code SelonImports}), the event {@code
 * ImportCompleted}; with the checking of lines against their type, which uses the package-private
 * side of those types. Internal, by role: {@code lecture} (bytes to lines, within limits), {@code
 * confirmation} (imports stopped for implausible values) and {@code web} (the import page).
 */
@NullMarked
package fr.education.orion.ingestion;

import org.jspecify.annotations.NullMarked;
