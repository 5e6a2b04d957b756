package fr.education.orion.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

  /**
   * Formats are costly to build and not thread-safe: one per thread, kept (a page formats hundreds
   * of figures).
   */
  private static final ThreadLocal<NumberFormat> ENTIER =
      ThreadLocal.withInitial(() -> NumberFormat.getIntegerInstance(FRANCE));

  private static final ThreadLocal<NumberFormat> POURCENTAGE =
      ThreadLocal.withInitial(() -> NumberFormat.getPercentInstance(FRANCE));

  public static String nombre(long value) {
    return ENTIER.get().format(value);
  }

  public static String date(@Nullable LocalDate date) {
    return date == null ? "—" : DATE.format(date);
  }

  /** A moment in Paris time, e.g. {@code 28/11/2026 à 18:42}. */
  public static String moment(@Nullable OffsetDateTime moment) {
    return moment == null ? "—" : MOMENT.format(moment.atZoneSameInstant(PARIS));
  }

  /** A fraction as a rounded percentage: {@code 0.57} → {@code 57 %}; null → {@code —}. */
  public static String pourcentage(@Nullable BigDecimal fraction) {
    return fraction == null ? "—" : POURCENTAGE.get().format(fraction);
  }

  /**
   * A difference of two rates, in fraction, as signed percentage points: {@code 0.09} → {@code +9
   * points}, {@code -0.06} → {@code −6 points}; null → {@code —}.
   */
  public static String points(@Nullable BigDecimal difference) {
    if (difference == null) {
      return "—";
    }
    long points = difference.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue();
    String signe = points > 0 ? "+" : points < 0 ? "−" : "";
    return signe + Math.abs(points) + (Math.abs(points) > 1 ? " points" : " point");
  }

  /**
   * A decimal number with exactly {@code decimales} decimals, fr-FR: {@code 1.0714} → {@code 1,07};
   * null → {@code —}.
   */
  public static String decimal(@Nullable BigDecimal value, int decimales) {
    return value == null ? "—" : decimales(decimales).format(value);
  }

  /**
   * A signed difference with exactly {@code decimales} decimals: {@code 0.12} → {@code +0,12},
   * {@code -0.3} → {@code −0,30}; null → {@code —}.
   */
  public static String decimalSigne(@Nullable BigDecimal difference, int decimales) {
    if (difference == null) {
      return "—";
    }
    BigDecimal arrondi = difference.setScale(decimales, RoundingMode.HALF_UP);
    String signe = arrondi.signum() > 0 ? "+" : arrondi.signum() < 0 ? "−" : "";
    return signe + decimales(decimales).format(arrondi.abs());
  }

  private static NumberFormat decimales(int decimales) {
    NumberFormat format = NumberFormat.getNumberInstance(FRANCE);
    format.setMinimumFractionDigits(decimales);
    format.setMaximumFractionDigits(decimales);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }

  public static String texte(@Nullable String value) {
    return value == null || value.isBlank() ? "—" : value;
  }
}
