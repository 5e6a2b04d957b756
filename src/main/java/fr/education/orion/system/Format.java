package fr.education.orion.system;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** fr-FR formatting for pages: {@code 1 234}, {@code 28/11/2026}, {@code 45 %}. */
public final class Format {

  private static final Locale FRANCE = Locale.FRANCE;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private Format() {}

  public static String nombre(long value) {
    return NumberFormat.getIntegerInstance(FRANCE).format(value);
  }

  public static String date(@Nullable LocalDate date) {
    return date == null ? "—" : DATE.format(date);
  }

  public static String texte(@Nullable String value) {
    return value == null || value.isBlank() ? "—" : value;
  }
}
