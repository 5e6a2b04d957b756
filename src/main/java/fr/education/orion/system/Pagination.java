package fr.education.orion.system;

import java.util.List;

/**
 * A page of a list, as every list route answers it.
 *
 * @param items the rows of this page
 * @param total the number of matching rows
 * @param page the page number, from 0
 * @param size the page size
 */
public record Pagination<T>(List<T> items, long total, int page, int size) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  /** Checks the paging parameters of a request. */
  public static void check(int page, int size) {
    if (page < 0) {
      throw Problems.badRequest(
          "Le paramètre page doit être positif ou nul (reçu : " + page + ").");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw Problems.badRequest(
          "Le paramètre size doit être compris entre 1 et " + MAX_SIZE + " (reçu : " + size + ").");
    }
  }

  public int pageCount() {
    return (int) ((total + size - 1) / size);
  }

  public long offset() {
    return (long) page * size;
  }
}
