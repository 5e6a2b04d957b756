package fr.education.orion.compte.connexion;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What « Mon compte » shows of the client that opened a session: a browser and a system, e.g. «
 * Firefox sous Linux », enough for a user to tell a session of theirs from someone else's. The
 * session keeps this summary ({@link #ATTRIBUT}), never the whole User-Agent header, which says
 * more than needed and is the visitor's to write: only known names come out of it.
 */
final class Navigateur {

  /** The session attribute holding the summary, set at the first request after a login. */
  static final String ATTRIBUT = Navigateur.class.getName();

  /** Browsers by the token their User-Agent holds; the first found wins (Edge also says Chrome). */
  private static final List<Map.Entry<String, String>> NAVIGATEURS =
      List.of(
          Map.entry("Edg/", "Edge"),
          Map.entry("OPR/", "Opera"),
          Map.entry("Firefox/", "Firefox"),
          Map.entry("Chromium/", "Chromium"),
          Map.entry("Chrome/", "Chrome"),
          Map.entry("Safari/", "Safari"));

  /**
   * Systems likewise; Android and iOS before Linux and macOS, which their User-Agents also name.
   */
  private static final List<Map.Entry<String, String>> SYSTEMES =
      List.of(
          Map.entry("Android", "Android"),
          Map.entry("iPhone", "iOS"),
          Map.entry("iPad", "iPadOS"),
          Map.entry("CrOS", "ChromeOS"),
          Map.entry("Windows", "Windows"),
          Map.entry("Mac OS X", "macOS"),
          Map.entry("Linux", "Linux"));

  private Navigateur() {}

  /** The summary of a User-Agent header, « Navigateur inconnu » when none is recognised. */
  static String resume(@Nullable String userAgent) {
    String navigateur = premier(NAVIGATEURS, userAgent);
    String systeme = premier(SYSTEMES, userAgent);
    if (navigateur == null && systeme == null) {
      return "Navigateur inconnu";
    }
    if (systeme == null) {
      return navigateur;
    }
    return (navigateur == null ? "Navigateur inconnu" : navigateur) + " sous " + systeme;
  }

  private static @Nullable String premier(
      List<Map.Entry<String, String>> noms, @Nullable String userAgent) {
    if (userAgent == null) {
      return null;
    }
    return noms.stream()
        .filter(nom -> userAgent.contains(nom.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }
}
