package fr.education.orion.ingestion;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What a column holds, and how a value of it is checked. Codes stay strings. */
public enum ColumnKind {
  TEXT(null, "un texte"),
  CFD(Pattern.compile("[0-9A-Z]{8}"), "un code formation diplôme (CFD) de 8 caractères"),
  UAI(Pattern.compile("[0-9]{7}[A-Z]"), "un UAI de 8 caractères (7 chiffres et une lettre)"),
  CODE_MEF(Pattern.compile("[0-9A-Z]{10}"), "un code MEF de 10 caractères"),
  MEFSTAT11(Pattern.compile("[0-9A-Z]{11}"), "un code MEFSTAT11 de 11 caractères"),
  CODE_DISPOSITIF(Pattern.compile("[0-9A-Z]{3}"), "un code dispositif de 3 caractères"),
  CODE_NIVEAU(Pattern.compile("[0-9A-Z]{3}"), "un code niveau de diplôme de 3 caractères"),
  CODE_REGION(Pattern.compile("[0-9]{2}"), "un code région de 2 chiffres"),
  CODE_DEPARTEMENT(Pattern.compile("[0-9]{2}[0-9AB]"), "un code département de 3 caractères"),
  CODE_ROME(
      Pattern.compile("[A-N][0-9]{4}"), "un code ROME (une lettre de A à N suivie de 4 chiffres)"),
  INTEGER(Pattern.compile("-?[0-9]+"), "un nombre entier"),
  DECIMAL(Pattern.compile("-?[0-9]+([.,][0-9]+)?"), "un nombre"),
  DATE(Pattern.compile("[0-9]{2}/[0-9]{2}/[0-9]{4}"), "une date au format JJ/MM/AAAA");

  private static final DateTimeFormatter FRENCH_DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private final @Nullable Pattern pattern;
  private final String expected;

  ColumnKind(@Nullable Pattern pattern, String expected) {
    this.pattern = pattern;
    this.expected = expected;
  }

  /** Codes are compared in upper case (some sources write UAIs in lower case). */
  String normalize(String value) {
    return this == TEXT ? value : value.toUpperCase(java.util.Locale.ROOT);
  }

  /** The reason a non-empty normalised value is refused, or null when it is fine. */
  @Nullable String problem(String value) {
    if (pattern != null && !pattern.matcher(value).matches()) {
      return "« " + value + " » n'est pas " + expected;
    }
    if (this == DATE) {
      try {
        LocalDate.parse(value, FRENCH_DATE);
      } catch (DateTimeParseException e) {
        return "« " + value + " » n'est pas une date valide";
      }
    }
    return null;
  }

  static LocalDate parseDate(String value) {
    return LocalDate.parse(value, FRENCH_DATE);
  }
}
