package fr.education.orion.ingestion;

import java.util.List;

/**
 * A type of source file: its identifier (as on the command line), what it is, and its columns. The
 * type of a file is recognised from its header: the one whose required columns are all there, the
 * most specific first.
 *
 * @param type identifier, e.g. {@code bcn_n_mef}
 * @param libelle what the file is, in French
 * @param columns the columns read
 * @param order position in the first-start import (a type is imported after those it needs)
 */
public record SourceFormat(String type, String libelle, List<Column> columns, int order) {

  long requiredColumnCount() {
    return columns.stream().filter(Column::mustBeInHeader).count();
  }
}
