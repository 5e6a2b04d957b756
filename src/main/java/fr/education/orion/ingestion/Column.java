package fr.education.orion.ingestion;

import java.util.List;

/**
 * A column of a source file, found by its header name (or one of its aliases, since sources rename
 * columns between years).
 *
 * @param name the header name as the producer writes it
 * @param kind what the values are
 * @param presence whether the column, and a value in it, must be there
 * @param aliases other header names of the same column in other years
 */
public record Column(String name, ColumnKind kind, Presence presence, List<String> aliases) {

  public enum Presence {
    /** The column must be in the header and every line must have a value. */
    VALUE_REQUIRED,
    /** The column must be in the header; values may be empty. */
    COLUMN_REQUIRED,
    /** The column may be absent (older or newer layouts). */
    OPTIONAL
  }

  public static Column required(String name, ColumnKind kind) {
    return new Column(name, kind, Presence.VALUE_REQUIRED, List.of());
  }

  public static Column present(String name, ColumnKind kind) {
    return new Column(name, kind, Presence.COLUMN_REQUIRED, List.of());
  }

  public static Column optional(String name, ColumnKind kind) {
    return new Column(name, kind, Presence.OPTIONAL, List.of());
  }

  public Column or(String alias) {
    return new Column(
        name,
        kind,
        presence,
        java.util.stream.Stream.concat(aliases.stream(), java.util.stream.Stream.of(alias))
            .toList());
  }

  boolean mustBeInHeader() {
    return presence != Presence.OPTIONAL;
  }

  List<String> names() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream())
        .toList();
  }
}
