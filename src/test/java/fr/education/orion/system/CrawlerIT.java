package fr.education.orion.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import fr.education.orion.TestHttp.Answer;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Follows every internal link ({@code href}, and the redirects met) to depth 3 from the home page,
 * as an anonymous visitor, the demo administrator and a demo perdir, on the bundled data; fails
 * listing each URL that answers 5xx or whose page carries an English error message (the framework's
 * or the server's).
 *
 * <p>The default build crawls a deterministic sample: breadth-first, at most {@value #PAR_MOTIF}
 * URLs per path pattern (a path whose segments holding digits are wildcards, with its parameter
 * names), which spreads the visits over every kind of page. {@code -Dcrawl.complet=true} crawls
 * everything. Logout is a form, never a link; exports, downloads, the single sign-on (which leaves
 * loopback) and static assets are not followed.
 */
@OrionIT
class CrawlerIT {

  private static final Logger log = LoggerFactory.getLogger(CrawlerIT.class);

  private static final int PROFONDEUR = 3;
  private static final int PAR_MOTIF = 3;
  private static final boolean COMPLET = Boolean.getBoolean("crawl.complet");

  /** What a browser asks for: a page, else JSON for the API links. */
  private static final String ACCEPT =
      "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8";

  private static final List<String> ANGLAIS =
      List.of(
          "No static resource",
          "Whitelabel",
          "Internal Server Error",
          "Bad Request",
          "Not Found",
          "Exception",
          "Forbidden");

  private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

  /** Links not followed: downloads, exports, side effects, the SSO provider, static files. */
  private static final Pattern NON_SUIVI =
      Pattern.compile(
          "^/(assets|oauth2|login/oauth2|deconnexion)(/|$)|\\.(csv|xlsx|gz|zip|pdf|png|svg|ico|js|css)(\\?|$)"
              + "|/export|/telecharg|/rejets");

  @LocalServerPort int port;

  /** A URL to visit, at its depth from the home page. */
  private record Visite(String url, int profondeur) {}

  /** A defect found: the URL, how it answered, and the page it was linked from. */
  private record Defaut(String role, String url, String quoi, String depuis) {

    @Override
    public String toString() {
      return role + " " + url + " : " + quoi + " (lien de " + depuis + ")";
    }
  }

  @Test
  void noInternalLinkAnswers5xxOrAnEnglishError() {
    TestHttp anonyme = new TestHttp(port);
    Map<String, TestHttp> roles = new LinkedHashMap<>();
    roles.put("anonyme", anonyme);
    roles.put("admin", anonyme.connecteEnDemo("admin"));
    roles.put("perdir", anonyme.connecteEnDemo("perdir"));

    List<Defaut> defauts = new ArrayList<>();
    int visitees =
        roles.entrySet().stream()
            .mapToInt(role -> explorer(role.getKey(), role.getValue(), defauts))
            .sum();
    log.info(
        "Crawl : {} URL visitées pour {} rôles, {} en erreur",
        visitees,
        roles.size(),
        defauts.size());

    assertThat(defauts)
        .withFailMessage(
            () ->
                defauts.size()
                    + " URL en erreur sur "
                    + visitees
                    + " visitées :\n"
                    + defauts.stream().map(Defaut::toString).collect(Collectors.joining("\n")))
        .isEmpty();
    assertThat(visitees).as("URL visitées").isGreaterThanOrEqualTo(300);
  }

  /** Crawls as one role; gives the number of URLs visited and adds the defects found. */
  private int explorer(String role, TestHttp http, List<Defaut> defauts) {
    Deque<Visite> file = new ArrayDeque<>(List.of(new Visite("/", 0)));
    Set<String> vues = new LinkedHashSet<>(List.of("/"));
    Map<String, String> depuis = new HashMap<>();
    Map<String, Integer> parMotif = new HashMap<>();
    int visitees = 0;
    while (!file.isEmpty()) {
      Visite visite = file.poll();
      Answer reponse = http.get(visite.url(), ACCEPT);
      visitees++;
      String origine = depuis.getOrDefault(visite.url(), "—");
      if (reponse.status() >= 500) {
        defauts.add(new Defaut(role, visite.url(), "statut " + reponse.status(), origine));
      }
      boolean html = reponse.contentType().startsWith("text/html");
      if (html) {
        ANGLAIS.stream()
            .filter(reponse.body()::contains)
            .findFirst()
            .ifPresent(
                message ->
                    defauts.add(
                        new Defaut(
                            role,
                            visite.url(),
                            "statut " + reponse.status() + ", « " + message + " »",
                            origine)));
      }
      if (visite.profondeur() >= PROFONDEUR) {
        continue;
      }
      List<String> liens = new ArrayList<>();
      if (!reponse.location().isEmpty()) {
        liens.add(reponse.location());
      }
      if (html && reponse.status() < 400) {
        Matcher href = HREF.matcher(reponse.body());
        while (href.find()) {
          liens.add(href.group(1));
        }
      }
      for (String lien : liens) {
        interne(visite.url(), lien)
            .filter(url -> !NON_SUIVI.matcher(url).find())
            .filter(vues::add)
            .filter(url -> COMPLET || parMotif.merge(motif(url), 1, Integer::sum) <= PAR_MOTIF)
            .ifPresent(
                url -> {
                  depuis.put(url, visite.url());
                  file.add(new Visite(url, visite.profondeur() + 1));
                });
      }
    }
    return visitees;
  }

  /** The path and query of a link that stays on this Orion, without its fragment. */
  private Optional<String> interne(String page, String lien) {
    String texte = lien.replace("&amp;", "&").replace("&#61;", "=").strip();
    if (texte.isEmpty()
        || texte.startsWith("#")
        || texte.startsWith("mailto:")
        || texte.startsWith("tel:")
        || texte.startsWith("javascript:")) {
      return Optional.empty();
    }
    try {
      URI base = URI.create("http://127.0.0.1:" + port + page);
      URI cible = base.resolve(texte.replace(" ", "%20"));
      if (!"http".equals(cible.getScheme())
          || !"127.0.0.1".equals(cible.getHost())
          || cible.getPort() != port) {
        return Optional.empty();
      }
      String chemin =
          cible.getRawPath() == null || cible.getRawPath().isEmpty() ? "/" : cible.getRawPath();
      return Optional.of(chemin + (cible.getRawQuery() == null ? "" : "?" + cible.getRawQuery()));
    } catch (IllegalArgumentException illisible) {
      return Optional.empty();
    }
  }

  /**
   * The kind of page a URL shows: its path with every segment holding a digit as a wildcard, and
   * its parameter names, e.g. {@code /panorama/region/* ?millesime&rentree}.
   */
  static String motif(String url) {
    String[] parties = url.split("\\?", 2);
    String chemin =
        Arrays.stream(parties[0].split("/"))
            .map(segment -> segment.matches(".*[0-9].*") ? "*" : segment)
            .collect(Collectors.joining("/"));
    String parametres =
        parties.length < 2
            ? ""
            : Arrays.stream(parties[1].split("&"))
                .map(p -> p.split("=", 2)[0].toLowerCase(Locale.ROOT))
                .distinct()
                .sorted()
                .collect(Collectors.joining("&", "?", ""));
    return chemin + parametres;
  }
}
