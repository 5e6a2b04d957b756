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
 * @param alertesAccepteesPar who accepts the implausible values the file may have (an e-mail, or «
 *     ligne de commande »), or null to stop the import before writing if it has any
 * @param suiteDe the import stopped for implausible values that this one confirms, or null
 */
public record ImportRequest(
    String fichier,
    Content content,
    @Nullable String type,
    @Nullable String annee,
    boolean simulation,
    @Nullable String alertesAccepteesPar,
    @Nullable Long suiteDe) {

  public ImportRequest(
      String fichier,
      Content content,
      @Nullable String type,
      @Nullable String annee,
      boolean simulation) {
    this(fichier, content, type, annee, simulation, null, null);
  }

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
    return new ImportRequest(
        fichier, content, declaredType, annee, simulation, alertesAccepteesPar, suiteDe);
  }

  public ImportRequest withAnnee(@Nullable String declaredAnnee) {
    return new ImportRequest(
        fichier, content, type, declaredAnnee, simulation, alertesAccepteesPar, suiteDe);
  }

  public ImportRequest asSimulation() {
    return new ImportRequest(fichier, content, type, annee, true, alertesAccepteesPar, suiteDe);
  }

  /**
   * The same import, writing the file whatever implausible values it has: {@code par} accepts them.
   */
  public ImportRequest acceptingAlertes(String par) {
    return new ImportRequest(fichier, content, type, annee, simulation, par, suiteDe);
  }
}
