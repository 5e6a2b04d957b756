package fr.education.orion.referentiel;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The search form of a text: lower case, no accents, words separated by one space. */
public final class Recherche {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

  private Recherche() {}

  public static String normalize(@Nullable String... parts) {
    String joined = Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
    String withoutMarks =
        MARKS.matcher(Normalizer.normalize(joined, Normalizer.Form.NFD)).replaceAll("");
    return NOT_WORD
        .matcher(withoutMarks.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae"))
        .replaceAll(" ")
        .trim();
  }

  public static List<String> words(@Nullable String query) {
    if (query == null) {
      return List.of();
    }
    String normalized = normalize(query);
    return normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
  }
}
