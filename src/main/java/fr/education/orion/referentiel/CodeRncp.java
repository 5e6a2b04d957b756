package fr.education.orion.referentiel;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An RNCP code (a fiche of the Répertoire national des certifications professionnelles), which the
 * sources write in more ways than one. Kept as its official text, not as a type: no page or route
 * takes one.
 */
public final class CodeRncp {

  private static final Pattern RNCP = Pattern.compile("(?:RNCP)?\\s*([0-9]{1,6})");

  private CodeRncp() {}

  /**
   * An RNCP code in its official form ({@code RNCP35807}), from a source that writes it with or
   * without the prefix, or null when the value is no RNCP code (empty, {@code en cours}, {@code
   * NR}).
   */
  public static @Nullable String read(@Nullable String value) {
    if (value == null) {
      return null;
    }
    Matcher code = RNCP.matcher(value.trim().toUpperCase(Locale.ROOT));
    return code.matches() ? "RNCP" + code.group(1) : null;
  }
}
