package fr.education.orion.ingestion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Lines that a program produced in the layout of a file type (the answers of an API, in the columns
 * of the file its producer also publishes), so that they are imported exactly like that file: same
 * checks, same loader, same report. Empty values are null.
 *
 * @param header the column names
 * @param lines the values of each line, in header order
 */
public record SourceTable(List<String> header, List<List<@Nullable String>> lines) {

  /** Produces the table when the import opens it; its failure refuses the import. */
  @FunctionalInterface
  public interface Producer {
    SourceTable produce() throws IOException;
  }

  /** The table as a {@code ;}-separated UTF-8 file. */
  byte[] toCsv() throws IOException {
    StringBuilder csv = new StringBuilder();
    append(csv, header);
    for (List<@Nullable String> line : lines) {
      if (line.size() != header.size()) {
        throw new IOException(
            line.size() + " valeurs au lieu de " + header.size() + " : " + String.join(";", line));
      }
      append(csv, line);
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void append(StringBuilder csv, List<@Nullable String> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value != null && (value.contains(";") || value.contains("\n") || value.contains("\r"))) {
        throw new IOException("valeur « " + value + " » contenant « ; » ou un saut de ligne");
      }
      csv.append(i == 0 ? "" : ";").append(value == null ? "" : value);
    }
    csv.append('\n');
  }
}
