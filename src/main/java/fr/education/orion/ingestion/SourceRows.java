package fr.education.orion.ingestion;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The validated lines of one file, with what the import knows of it.
 *
 * @param fichier the file name
 * @param annee the rentrée ({@code 2020}) or millésime ({@code 2021_2022}) of the file, if known
 * @param rows the lines, in file order
 */
public record SourceRows(String fichier, @Nullable String annee, List<SourceRow> rows)
    implements Iterable<SourceRow> {

  public int size() {
    return rows.size();
  }

  /** The name of the file as its producer published it: without folder nor {@code .gz}. */
  public String nomPublie() {
    return nomPublie(fichier);
  }

  static String nomPublie(String fichier) {
    String name =
        fichier.substring(Math.max(fichier.lastIndexOf('/'), fichier.lastIndexOf('\\')) + 1);
    return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }

  /**
   * Each line through {@code mapper}, in file order, computed on every core: the mapper must only
   * read the line and return what it makes of it.
   */
  public <T> List<T> map(Function<SourceRow, T> mapper) {
    return rows.parallelStream().map(mapper).toList();
  }

  @Override
  public Iterator<SourceRow> iterator() {
    return rows.iterator();
  }
}
