package fr.education.orion;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A test fixture file, written by a test for a source of which no real file is bundled: a header
 * and lines whose values are given by column name (the others stay empty). Codes in fixtures are
 * real ones of the bundled référentiel; the other values are made up for the test and never reach
 * the bundled data.
 */
public final class FixtureCsv {

  private final List<String> header;
  private final List<String[]> lines = new ArrayList<>();

  public FixtureCsv(List<String> header) {
    this.header = List.copyOf(header);
  }

  public FixtureCsv(String headerLine) {
    this(Arrays.asList(headerLine.split(";", -1)));
  }

  /** Adds a line; every key must be a column of the header. */
  public FixtureCsv line(Map<String, String> values) {
    String[] line = new String[header.size()];
    Arrays.fill(line, "");
    values.forEach(
        (column, value) -> {
          int index = header.indexOf(column);
          if (index < 0) {
            throw new IllegalArgumentException("Colonne absente de l'en-tête : " + column);
          }
          line[index] = value;
        });
    lines.add(line);
    return this;
  }

  public byte[] bytes(Charset charset) {
    StringBuilder text = new StringBuilder(String.join(";", header)).append('\n');
    for (String[] line : lines) {
      text.append(String.join(";", line)).append('\n');
    }
    return text.toString().getBytes(charset);
  }
}
