package fr.education.orion.ingestion;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A file to import.
 *
 * @param fichier its name (the year is read from it when {@code annee} is null)
 * @param content how to open it
 * @param type the declared type, or null to recognise it from the header
 * @param annee the rentrée or millésime, or null to read it from the name
 * @param simulation true to validate everything and write nothing
 */
public record ImportRequest(
    String fichier,
    Content content,
    @Nullable String type,
    @Nullable String annee,
    boolean simulation) {

  /** Opens the file's bytes. */
  @FunctionalInterface
  public interface Content {
    InputStream open() throws IOException;
  }

  public static ImportRequest of(Path path) {
    return new ImportRequest(
        path.getFileName().toString(), () -> Files.newInputStream(path), null, null, false);
  }

  /**
   * An import of lines a program produces (see {@link SourceTable}), of a declared type and year,
   * recorded under a name that says where they come from.
   */
  public static ImportRequest ofTable(
      String fichier, String type, @Nullable String annee, SourceTable.Producer producer) {
    return new ImportRequest(
        fichier, () -> new ByteArrayInputStream(producer.produce().toCsv()), type, annee, false);
  }

  public ImportRequest withType(@Nullable String declaredType) {
    return new ImportRequest(fichier, content, declaredType, annee, simulation);
  }

  public ImportRequest withAnnee(@Nullable String declaredAnnee) {
    return new ImportRequest(fichier, content, type, declaredAnnee, simulation);
  }

  public ImportRequest asSimulation() {
    return new ImportRequest(fichier, content, type, annee, true);
  }
}
