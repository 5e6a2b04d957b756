package fr.education.orion.system;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The CSV files Orion writes for spreadsheets ({@code ;}, CRLF, quoted where needed), and their
 * text cells. A spreadsheet takes a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return for a formula (CSV injection): a name such as {@code
 * =HYPERLINK(…)} typed by a user, or a label of an imported file, would run when the file is
 * opened. Every text cell goes through {@link #texte}, which prefixes such a text with an
 * apostrophe, as OWASP recommends, so that it is shown as typed. Numbers Orion writes as numbers
 * ({@code -0,5}) do not go through it.
 */
public final class Tableur {

  /** What a spreadsheet may read as the start of a formula. */
  private static final String DEBUTS_DE_FORMULE = "=+-@\t\r";

  /** A plain number, or the dash of a missing value: never a formula, left as it is. */
  private static final Pattern INOFFENSIF = Pattern.compile("[-+]?\\d+([.,]\\d+)?|-");

  private Tableur() {}

  /** A CSV writer for French spreadsheets: {@code ;}-separated, CRLF, fields quoted as needed. */
  public static CsvWriter csv(Writer sortie) {
    return CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF).build(sortie);
  }

  /** A decimal cell of a French CSV: {@code 57.3} → {@code 57,3}; empty for null. */
  public static String decimal(@Nullable BigDecimal valeur) {
    return valeur == null ? "" : valeur.toPlainString().replace('.', ',');
  }

  /** A text cell that no spreadsheet will take for a formula; empty for null. */
  public static String texte(@Nullable String valeur) {
    if (valeur == null || valeur.isEmpty()) {
      return "";
    }
    if (DEBUTS_DE_FORMULE.indexOf(valeur.charAt(0)) < 0 || INOFFENSIF.matcher(valeur).matches()) {
      return valeur;
    }
    return "'" + valeur;
  }
}
