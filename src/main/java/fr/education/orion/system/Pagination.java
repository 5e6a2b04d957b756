package fr.education.orion.system;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A page of a list, as every list route answers it.
 *
 * @param items the rows of this page
 * @param total the number of matching rows
 * @param page the page served, from 0: the last one when a page past it was asked for, the first
 *     one when a negative page was
 * @param size the page size
 */
public record Pagination<T>(
    List<T> items,
    long total,
    @Schema(
            description =
                "La page servie, à partir de 0 : la dernière quand une page au-delà est demandée,"
                    + " la première quand une page négative l'est")
        int page,
    int size) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  /**
   * Reads the page asked for with {@code lecture}, which reads one page (the count comes with it).
   * A page past the last one reads the last one, so that an old bookmark or a shortened list never
   * shows « page 1000 sur 10 » over an empty table; the extra read happens only then. A negative
   * page reads the first one.
   */
  public static <T> Pagination<T> read(int page, int size, IntFunction<Pagination<T>> lecture) {
    checkSize(size);
    Pagination<T> lue = lecture.apply(Math.max(0, page));
    return lue.page() > lue.lastPage() ? lecture.apply(lue.lastPage()) : lue;
  }

  /** Checks the page size of a request: a size out of bounds is an error of the caller. */
  public static void checkSize(int size) {
    if (size < 1 || size > MAX_SIZE) {
      throw Problems.badRequest(
          "Le paramètre size doit être compris entre 1 et " + MAX_SIZE + " (reçu : " + size + ").");
    }
  }

  public int pageCount() {
    return (int) ((total + size - 1) / size);
  }

  /** The last page, 0 for an empty list. */
  public int lastPage() {
    return Math.max(0, pageCount() - 1);
  }

  public long offset() {
    return (long) page * size;
  }
}
