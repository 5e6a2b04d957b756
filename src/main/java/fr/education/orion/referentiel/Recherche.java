package fr.education.orion.referentiel;

import java.text.Normalizer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The search form of a text: lower case, no accents, words separated by one space. */
public final class Recherche {

  private Recherche() {}

  public static String normalize(@Nullable String... parts) {
    StringBuilder joined = new StringBuilder();
    boolean ascii = true;
    for (String part : parts) {
      if (part != null) {
        joined.append(part).append(' ');
        for (int i = 0; i < part.length() && ascii; i++) {
          ascii = part.charAt(i) < 0x80;
        }
      }
    }
    String decomposed =
        ascii ? joined.toString() : Normalizer.normalize(joined, Normalizer.Form.NFD);
    StringBuilder normalized = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (isMark(c)) {
        continue;
      }
      c = Character.toLowerCase(c);
      String letters = c == 'œ' ? "oe" : c == 'æ' ? "ae" : null;
      if (letters != null || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (space && !normalized.isEmpty()) {
          normalized.append(' ');
        }
        space = false;
        if (letters != null) {
          normalized.append(letters);
        } else {
          normalized.append(c);
        }
      } else {
        space = true;
      }
    }
    return normalized.toString();
  }

  /** An accent or other combining mark, as left by the decomposition. */
  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  public static List<String> words(@Nullable String query) {
    if (query == null) {
      return List.of();
    }
    String normalized = normalize(query);
    return normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
  }
}
