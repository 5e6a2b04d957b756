package fr.education.orion.ingestion;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a column holds, and how a value of it is checked. Codes stay strings. The shapes are checked
 * character by character: a file has hundreds of thousands of values, and a regular expression per
 * value was the largest part of checking them.
 */
public enum ColumnKind {
  TEXT("un texte"),
  CFD("un code formation diplôme (CFD) de 8 caractères"),
  UAI("un UAI de 8 caractères (7 chiffres et une lettre)"),
  CODE_MEF("un code MEF de 10 caractères"),
  MEFSTAT11("un code MEFSTAT11 de 11 caractères"),
  CODE_DISPOSITIF("un code dispositif de 3 caractères"),
  CODE_NIVEAU("un code niveau de diplôme de 3 caractères"),
  CODE_REGION("un code région de 2 chiffres"),
  CODE_DEPARTEMENT("un code département de 3 caractères"),
  CODE_ROME("un code ROME (une lettre de A à N et 4 chiffres)"),
  CODE_DOMAINE_PROFESSIONNEL(
      "un code de domaine professionnel du ROME (une lettre de A à N et 2 chiffres)"),
  CODE_RNCP("un code RNCP (des chiffres, précédés ou non de RNCP)"),
  CODE_DISCIPLINE("un code discipline (une lettre et 4 chiffres)"),
  INTEGER("un nombre entier"),
  DECIMAL("un nombre"),
  DATE("une date au format JJ/MM/AAAA");

  private final String expected;

  ColumnKind(String expected) {
    this.expected = expected;
  }

  /** Codes are compared in upper case (some sources write UAIs in lower case). */
  String normalize(String value) {
    return this == TEXT ? value : value.toUpperCase(Locale.ROOT);
  }

  /**
   * The reason a non-empty normalised value is refused, or null when it is fine. The message quotes
   * the value as the file writes it.
   */
  @Nullable String problem(String value, String written) {
    if (!hasShape(value)) {
      return "« " + written + " » n'est pas " + expected;
    }
    if (this == DATE) {
      try {
        parseDate(value);
      } catch (DateTimeException e) {
        return "« " + written + " » n'est pas une date valide";
      }
    }
    return null;
  }

  /** Whether a non-empty value has the shape of this kind. */
  boolean hasShape(String value) {
    return switch (this) {
      case TEXT -> true;
      case CFD -> value.length() == 8 && codeChars(value, 0, 8);
      case UAI -> value.length() == 8 && digits(value, 0, 7) && letter(value.charAt(7));
      case CODE_MEF -> value.length() == 10 && codeChars(value, 0, 10);
      case MEFSTAT11 -> value.length() == 11 && codeChars(value, 0, 11);
      case CODE_DISPOSITIF, CODE_NIVEAU -> value.length() == 3 && codeChars(value, 0, 3);
      case CODE_REGION -> value.length() == 2 && digits(value, 0, 2);
      case CODE_DEPARTEMENT ->
          value.length() == 3
              && digits(value, 0, 2)
              && "0123456789AB".indexOf(value.charAt(2)) >= 0;
      case CODE_ROME -> value.length() == 5 && romeLetter(value.charAt(0)) && digits(value, 1, 5);
      case CODE_DOMAINE_PROFESSIONNEL ->
          value.length() == 3 && romeLetter(value.charAt(0)) && digits(value, 1, 3);
      case CODE_RNCP -> {
        int from = value.startsWith("RNCP") ? 4 : 0;
        yield value.length() > from
            && value.length() - from <= 6
            && digits(value, from, value.length());
      }
      case CODE_DISCIPLINE -> value.length() == 5 && letter(value.charAt(0)) && digits(value, 1, 5);
      case INTEGER -> isInteger(value);
      case DECIMAL -> isDecimal(value);
      case DATE ->
          value.length() == 10
              && digits(value, 0, 2)
              && value.charAt(2) == '/'
              && digits(value, 3, 5)
              && value.charAt(5) == '/'
              && digits(value, 6, 10);
    };
  }

  /** A date that has the DATE shape (dd/MM/yyyy); an impossible one (31/02) throws. */
  static LocalDate parseDate(String value) {
    return LocalDate.of(
        Integer.parseInt(value, 6, 10, 10),
        Integer.parseInt(value, 3, 5, 10),
        Integer.parseInt(value, 0, 2, 10));
  }

  private static boolean isInteger(String value) {
    int from = value.startsWith("-") ? 1 : 0;
    return value.length() > from && digits(value, from, value.length());
  }

  /** {@code -?[0-9]+([.,][0-9]+)?} */
  private static boolean isDecimal(String value) {
    int from = value.startsWith("-") ? 1 : 0;
    int separator = Math.max(value.indexOf('.'), value.indexOf(','));
    if (separator < 0) {
      return value.length() > from && digits(value, from, value.length());
    }
    return separator > from
        && separator < value.length() - 1
        && digits(value, from, separator)
        && digits(value, separator + 1, value.length());
  }

  private static boolean digits(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!digit(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Digits and upper-case ASCII letters. */
  private static boolean codeChars(String value, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (!digit(c) && !letter(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean letter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean romeLetter(char c) {
    return c >= 'A' && c <= 'N';
  }
}
