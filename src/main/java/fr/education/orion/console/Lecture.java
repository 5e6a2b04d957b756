package fr.education.orion.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jooq.Converter;
import org.jooq.Field;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

/**
 * A row of a console's query read by column name (the column names are the fields of the row's
 * JSON). The positions of the columns are found once per query, not for every row: an export reads
 * tens of thousands of rows of about sixty columns.
 */
record Lecture(Map<String, Integer> positions, Record ligne) {

  /** Maps the rows of a query with these columns to console rows. */
  static <L> Function<Record, L> de(List<? extends Field<?>> colonnes, Function<Lecture, L> ligne) {
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < colonnes.size(); i++) {
      positions.put(colonnes.get(i).getName(), i);
    }
    return r -> ligne.apply(new Lecture(positions, r));
  }

  <T> @Nullable T valeur(String nom, Class<T> type) {
    Integer position =
        Objects.requireNonNull(positions.get(nom), () -> "Colonne absente de la requête : " + nom);
    return ligne.get(position, type);
  }

  String texte(String nom) {
    return Objects.requireNonNull(valeur(nom, String.class), nom);
  }

  @Nullable String texteOuNull(String nom) {
    return valeur(nom, String.class);
  }

  /** A code column read into its type ({@code Cfd.CONVERTER}…). */
  <T> T code(String nom, Converter<String, T> type) {
    return Objects.requireNonNull(codeOuNull(nom, type), nom);
  }

  <T> @Nullable T codeOuNull(String nom, Converter<String, T> type) {
    Integer position =
        Objects.requireNonNull(positions.get(nom), () -> "Colonne absente de la requête : " + nom);
    return ligne.get(position, type);
  }

  boolean oui(String nom) {
    return Boolean.TRUE.equals(valeur(nom, Boolean.class));
  }
}
