package fr.education.orion.ingestion;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A type of source file: its identifier (as on the command line), what it is, and its columns. The
 * type of a file is recognised from its header: the one whose required columns are all there, the
 * most specific first. When two types have alike headers (the producer publishes two kinds of files
 * with the same columns), the file name tells them apart.
 *
 * @param type identifier, e.g. {@code bcn_n_mef}
 * @param libelle what the file is, in French
 * @param columns the columns read
 * @param order position in the first-start import (a type is imported after those it needs)
 * @param fileName what the names of such files contain, or null when the header is enough
 */
public record SourceFormat(
    String type, String libelle, List<Column> columns, int order, @Nullable Pattern fileName) {

  public SourceFormat(String type, String libelle, List<Column> columns, int order) {
    this(type, libelle, columns, order, null);
  }

  /** The same type, told apart from types with an alike header by names matching {@code regex}. */
  public SourceFormat withFileName(String regex) {
    return new SourceFormat(
        type, libelle, columns, order, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
  }

  boolean nameMatches(String fichier) {
    return fileName != null && fileName.matcher(fichier).find();
  }
}
