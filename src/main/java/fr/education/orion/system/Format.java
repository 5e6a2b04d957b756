package fr.education.orion.system;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** fr-FR formatting for pages: {@code 1 234}, {@code 28/11/2026}, {@code 45 %}. */
public final class Format {

  private static final Locale FRANCE = Locale.FRANCE;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("dd/MM/uuuu 'à' HH:mm");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private Format() {}

  public static String nombre(long value) {
    return NumberFormat.getIntegerInstance(FRANCE).format(value);
  }

  public static String date(@Nullable LocalDate date) {
    return date == null ? "—" : DATE.format(date);
  }

  /** A moment in Paris time, e.g. {@code 28/11/2026 à 18:42}. */
  public static String moment(@Nullable OffsetDateTime moment) {
    return moment == null ? "—" : MOMENT.format(moment.atZoneSameInstant(PARIS));
  }

  public static String texte(@Nullable String value) {
    return value == null || value.isBlank() ? "—" : value;
  }
}
