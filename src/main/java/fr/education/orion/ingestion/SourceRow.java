package fr.education.orion.ingestion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One validated line of a source file. Values are trimmed; an empty value reads as null; codes are
 * in upper case.
 */
public final class SourceRow {

  private final int line;
  private final String[] values;
  private final Map<String, Integer> indexByColumn;

  SourceRow(int line, String[] values, Map<String, Integer> indexByColumn) {
    this.line = line;
    this.values = values;
    this.indexByColumn = indexByColumn;
  }

  /** Line number in the file, the header being line 1. */
  public int line() {
    return line;
  }

  /** The value of a declared column, or null when empty or when the column is absent. */
  public @Nullable String text(String column) {
    Integer index = indexByColumn.get(column);
    if (index == null) {
      throw new IllegalArgumentException("Colonne non déclarée : " + column);
    }
    if (index < 0) {
      return null;
    }
    String value = values[index];
    return value.isEmpty() ? null : value;
  }

  /** The value of a column whose presence is {@link Column.Presence#VALUE_REQUIRED}. */
  public String required(String column) {
    String value = text(column);
    if (value == null) {
      throw new IllegalStateException("Valeur obligatoire absente : " + column);
    }
    return value;
  }

  public @Nullable LocalDate date(String column) {
    String value = text(column);
    return value == null ? null : ColumnKind.parseDate(value);
  }

  public @Nullable Integer integer(String column) {
    String value = text(column);
    return value == null ? null : Integer.valueOf(value);
  }

  public @Nullable BigDecimal decimal(String column) {
    String value = text(column);
    return value == null ? null : new BigDecimal(value.replace(',', '.'));
  }
}
