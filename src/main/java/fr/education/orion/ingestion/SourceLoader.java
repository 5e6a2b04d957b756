package fr.education.orion.ingestion;

/**
 * Writes the validated lines of one type of source file into the tables of the module that owns
 * them. Called inside the import's transaction: throwing refuses the whole file.
 */
public interface SourceLoader {

  SourceFormat format();

  LoadResult load(SourceRows rows);
}
