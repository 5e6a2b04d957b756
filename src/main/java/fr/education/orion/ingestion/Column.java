package fr.education.orion.ingestion;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A column of a source file, found by its header name (or one of its aliases, since sources rename
 * columns between years), or, for sources whose older files leave header cells blank, by its
 * position when the header cell there is blank.
 *
 * @param name the header name as the producer writes it
 * @param kind what the values are
 * @param presence whether the column, and a value in it, must be there
 * @param aliases other header names of the same column in other years
 * @param blankHeaderPosition where the column is (1 for the first) in layouts that leave its header
 *     cell blank, or null
 * @param absentMarkers values the producer writes for "not available" (e.g. {@code nd}), read as
 *     empty
 */
public record Column(
    String name,
    ColumnKind kind,
    Presence presence,
    List<String> aliases,
    @Nullable Integer blankHeaderPosition,
    List<String> absentMarkers) {

  public enum Presence {
    /** The column must be in the header and every line must have a value. */
    VALUE_REQUIRED,
    /** The column must be in the header; values may be empty. */
    COLUMN_REQUIRED,
    /** The column may be absent (older or newer layouts). */
    OPTIONAL
  }

  public static Column required(String name, ColumnKind kind) {
    return new Column(name, kind, Presence.VALUE_REQUIRED, List.of(), null, List.of());
  }

  public static Column present(String name, ColumnKind kind) {
    return new Column(name, kind, Presence.COLUMN_REQUIRED, List.of(), null, List.of());
  }

  public static Column optional(String name, ColumnKind kind) {
    return new Column(name, kind, Presence.OPTIONAL, List.of(), null, List.of());
  }

  public Column or(String alias) {
    return new Column(
        name,
        kind,
        presence,
        Stream.concat(aliases.stream(), Stream.of(alias)).toList(),
        blankHeaderPosition,
        absentMarkers);
  }

  /**
   * The same column, also found at {@code position} (1 for the first) when no header cell bears its
   * name and the header cell at that position is blank: older files of some sources name only part
   * of their columns.
   */
  public Column orBlankAt(int position) {
    if (position < 1) {
      throw new IllegalArgumentException("Position de colonne invalide : " + position);
    }
    return new Column(name, kind, presence, aliases, position, absentMarkers);
  }

  /** The same column, where these values (case ignored) mean "not available" and read as empty. */
  public Column absentWhen(String... markers) {
    return new Column(
        name,
        kind,
        presence,
        aliases,
        blankHeaderPosition,
        Stream.concat(absentMarkers.stream(), Stream.of(markers)).toList());
  }

  boolean mustBeInHeader() {
    return presence != Presence.OPTIONAL;
  }

  List<String> names() {
    return Stream.concat(Stream.of(name), aliases.stream()).toList();
  }

  boolean isAbsentMarker(String value) {
    for (String marker : absentMarkers) {
      if (marker.equalsIgnoreCase(value)) {
        return true;
      }
    }
    return false;
  }
}
