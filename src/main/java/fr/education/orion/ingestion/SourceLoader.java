package fr.education.orion.ingestion;

import java.util.List;

/**
 * Writes the validated lines of one type of source file into the tables of the module that owns
 * them. Called inside the import's transaction: throwing refuses the whole file.
 */
public interface SourceLoader {

  SourceFormat format();

  LoadResult load(SourceRows rows);

  /**
   * The values of the validated lines that are well formed but unlikely to be right (a rate of 150
   * %, a negative headcount), each with its line, its column and what was expected. Found before
   * anything is written: an import that has any stops until someone accepts them. The rules of a
   * source live here, in its loader; none by default.
   */
  default List<Rejet> valeursInvraisemblables(SourceRows rows) {
    return List.of();
  }
}
