package fr.education.orion.referentiel;

import fr.education.orion.system.Problems;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks the codes a request carries before anything is looked up. */
public final class Codes {

  private static final Pattern CFD = Pattern.compile("[0-9A-Z]{8}");
  private static final Pattern UAI = Pattern.compile("[0-9]{7}[A-Z]");
  private static final Pattern DEPARTEMENT = Pattern.compile("[0-9]{2,3}|0?2[AB]");
  private static final Pattern RNCP = Pattern.compile("(?:RNCP)?\\s*([0-9]{1,6})");

  private Codes() {}

  public static String cfd(String value) {
    String code = value.trim().toUpperCase(Locale.ROOT);
    if (!CFD.matcher(code).matches()) {
      throw Problems.badRequest(
          "Le code formation diplôme (CFD) « "
              + value
              + " » est invalide : il compte 8 caractères, chiffres ou lettres (ex. 40022105).");
    }
    return code;
  }

  public static String uai(String value) {
    String code = value.trim().toUpperCase(Locale.ROOT);
    if (!UAI.matcher(code).matches()) {
      throw Problems.badRequest(
          "L'UAI « "
              + value
              + " » est invalide : il compte 7 chiffres suivis d'une lettre (ex. 0350031U).");
    }
    return code;
  }

  /**
   * A département's code as the référentiel writes it (3 characters), from a code written with or
   * without its leading zero as users and other sites do: {@code 69} and {@code 069} are {@code
   * 069}, {@code 2a} and {@code 02A} are {@code 02A}, {@code 974} stays.
   */
  public static String departement(String value) {
    return departementValide(value)
        .orElseThrow(
            () ->
                Problems.badRequest(
                    "Le code département « "
                        + value
                        + " » est invalide : 2 ou 3 caractères (ex. 35 ou 035, 2A ou 02A, 971)."));
  }

  /**
   * {@link #departement(String)} for a source, which reports a malformed code its own way: empty
   * when {@code value} is no département code.
   */
  public static Optional<String> departementValide(String value) {
    String code = value.trim().toUpperCase(Locale.ROOT);
    if (!DEPARTEMENT.matcher(code).matches()) {
      return Optional.empty();
    }
    return Optional.of(code.length() == 2 ? "0" + code : code);
  }

  /**
   * An RNCP code in its official form ({@code RNCP35807}), from a source that writes it with or
   * without the prefix, or null when the value is no RNCP code (empty, {@code en cours}, {@code
   * NR}).
   */
  public static @Nullable String rncp(@Nullable String value) {
    if (value == null) {
      return null;
    }
    Matcher code = RNCP.matcher(value.trim().toUpperCase(Locale.ROOT));
    return code.matches() ? "RNCP" + code.group(1) : null;
  }

  static boolean looksLikeCfd(String value) {
    return CFD.matcher(value.trim().toUpperCase(Locale.ROOT)).matches();
  }
}
