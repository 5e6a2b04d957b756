package fr.education.orion.referentiel;

import fr.education.orion.system.Like;
import java.text.Normalizer;
import java.util.List;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/** The search form of a text: lower case, no accents, words separated by one space. */
public final class Recherche {

  /** What each character of Latin-1 becomes, worked out once: labels are almost all Latin-1. */
  private static final String[] LATIN_1 = new String[256];

  static {
    for (char c = 0; c < LATIN_1.length; c++) {
      LATIN_1[c] = letters(c);
    }
  }

  private Recherche() {}

  public static String normalize(@Nullable String... parts) {
    int length = parts.length;
    for (String part : parts) {
      length += part == null ? 0 : part.length();
    }
    // Sized at once: a label rarely grows (œ, æ), and growing the builder cost a tenth of an
    // import.
    StringBuilder normalized = new StringBuilder(length);
    boolean space = false;
    for (String part : parts) {
      if (part == null) {
        continue;
      }
      space = true;
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        String letters = c < LATIN_1.length ? LATIN_1[c] : letters(c);
        if (letters == null) {
          space = true;
        } else if (!letters.isEmpty()) {
          if (space && !normalized.isEmpty()) {
            normalized.append(' ');
          }
          space = false;
          normalized.append(letters);
        }
      }
    }
    return normalized.toString();
  }

  /**
   * What a character becomes: its letters and digits once decomposed, without accents, in lower
   * case, œ and æ spelled out; an empty string for an accent on its own, which is dropped; null for
   * anything else, which separates words. A canonical decomposition is a base and its accents, so a
   * character never gives both letters and a separator.
   */
  private static @Nullable String letters(char c) {
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    StringBuilder letters = new StringBuilder(2);
    for (int i = 0; i < decomposed.length(); i++) {
      char d = decomposed.charAt(i);
      if (isMark(d)) {
        continue;
      }
      d = Character.toLowerCase(d);
      if (d == 'œ') {
        letters.append("oe");
      } else if (d == 'æ') {
        letters.append("ae");
      } else if ((d >= 'a' && d <= 'z') || (d >= '0' && d <= '9')) {
        letters.append(d);
      } else {
        return null;
      }
    }
    return letters.toString();
  }

  /** An accent or other combining mark, as left by the decomposition. */
  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * Every word of a query found by {@code trouve} (e.g. {@link Like#contient} on a search column);
   * no condition for an empty query. A query that has characters but no word ({@code %}, {@code _},
   * {@code -}) matches nothing: the search form of a label holds only letters and digits, and such
   * a query must not read as "everything".
   */
  public static Condition chaqueMot(@Nullable String query, Function<String, Condition> trouve) {
    List<String> mots = words(query);
    if (mots.isEmpty()) {
      return query == null || query.isBlank() ? DSL.noCondition() : DSL.falseCondition();
    }
    Condition condition = DSL.noCondition();
    for (String mot : mots) {
      condition = condition.and(trouve.apply(mot));
    }
    return condition;
  }

  public static List<String> words(@Nullable String query) {
    if (query == null) {
      return List.of();
    }
    String normalized = normalize(query);
    return normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
  }
}
