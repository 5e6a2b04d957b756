package fr.education.orion.ingestion;

import java.time.DateTimeException;
import java.time.LocalDate;
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
  CODE_ROME(Pattern.compile("[A-N][0-9]{4}"), "un code ROME (une lettre de A à N et 4 chiffres)"),
  CODE_DOMAINE_PROFESSIONNEL(
      Pattern.compile("[A-N][0-9]{2}"),
      "un code de domaine professionnel du ROME (une lettre de A à N et 2 chiffres)"),
  CODE_RNCP(
      Pattern.compile("(RNCP)?[0-9]{1,6}"), "un code RNCP (des chiffres, précédés ou non de RNCP)"),
  CODE_DISCIPLINE(
      Pattern.compile("[A-Z][0-9]{4}"), "un code discipline (une lettre et 4 chiffres)"),
  INTEGER(Pattern.compile("-?[0-9]+"), "un nombre entier"),
  DECIMAL(Pattern.compile("-?[0-9]+([.,][0-9]+)?"), "un nombre"),
  DATE(Pattern.compile("[0-9]{2}/[0-9]{2}/[0-9]{4}"), "une date au format JJ/MM/AAAA");

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

  /**
   * The reason a non-empty normalised value is refused, or null when it is fine. The message quotes
   * the value as the file writes it.
   */
  @Nullable String problem(String value, String written) {
    if (pattern != null && !pattern.matcher(value).matches()) {
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

  /** A date that matches the DATE pattern (dd/MM/yyyy); an impossible one (31/02) throws. */
  static LocalDate parseDate(String value) {
    return LocalDate.of(
        Integer.parseInt(value, 6, 10, 10),
        Integer.parseInt(value, 3, 5, 10),
        Integer.parseInt(value, 0, 2, 10));
  }
}
