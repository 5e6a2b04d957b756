package fr.education.orion.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The région panorama page and the quadrant route under 20 concurrent users, beside a static page
 * in the same run: the static page (no query) shows what the machine and the web stack cost alone,
 * so that a slow panorama can be told apart from a busy machine.
 *
 * <p>Three phases, one after the other, each of {@code duration} seconds: the panorama page of a
 * région, then its quadrant route, then the static page (the accessibility statement). In each
 * phase the users start at once and each requests that one URL without pause, so that {@code users}
 * requests are always under way, as the existing Orion was measured ({@code hey}, concurrency 20,
 * spec/performance-baseline.md); the régions are taken in turn. Targets: 95th percentile under 150
 * ms for the page and under 100 ms for the route, no failed request.
 *
 * <p>Bounded and loopback only: the target must resolve to a loopback address, the users and the
 * duration are capped. Settings (system properties, {@code -Dname=value} on the Maven command
 * line): {@code orion.url} (default {@code http://127.0.0.1:8080}), {@code users} (20, at most 50),
 * {@code duration} in seconds (60, at most 300), {@code regions} (comma-separated codes), {@code
 * niveau} (400, the bac pro).
 */
public class PanoramaSimulation extends Simulation {

  static final String PAGE = "Page panorama région";
  static final String ROUTE = "Route quadrant";
  static final String STATIQUE = "Page statique";

  private static final int MAX_USERS = 50;
  private static final int MAX_SECONDS = 300;
  private static final String REGIONS = "11,24,27,28,32,44,52,53,75,76,84,93,94";

  private final String url = loopback(System.getProperty("orion.url", "http://127.0.0.1:8080"));
  private final int users = bounded("users", 20, MAX_USERS);
  private final int seconds = bounded("duration", 60, MAX_SECONDS);
  private final String niveau = System.getProperty("niveau", "400");
  private final List<String> regions =
      Arrays.stream(System.getProperty("regions", REGIONS).split(","))
          .map(String::strip)
          .filter(code -> !code.isEmpty())
          .toList();

  private final HttpProtocolBuilder protocol = http.baseUrl(url).acceptLanguageHeader("fr-FR");

  /** The régions in turn, endlessly (each virtual user takes the next one at each round). */
  private final Iterator<Map<String, Object>> feeder =
      Stream.iterate(0, i -> (i + 1) % regions.size())
          .map(i -> Map.<String, Object>of("region", regions.get(i)))
          .iterator();

  {
    setUp(
            phase(
                    PAGE,
                    feed(feeder)
                        .exec(
                            http(PAGE)
                                .get("/panorama/region/#{region}?codeNiveauDiplome=" + niveau)
                                .check(status().is(200))),
                    users,
                    seconds)
                .andThen(
                    phase(
                        ROUTE,
                        feed(feeder)
                            .exec(
                                http(ROUTE)
                                    .get(
                                        "/api/regions/#{region}/quadrant?codeNiveauDiplome="
                                            + niveau)
                                    .header("Accept", "application/json")
                                    .check(status().is(200))),
                        users,
                        seconds))
                .andThen(statique(users, seconds)))
        .protocols(protocol)
        .maxDuration(Duration.ofSeconds(3L * seconds + 30))
        .assertions(
            details(PAGE).responseTime().percentile(95).lt(150),
            details(ROUTE).responseTime().percentile(95).lt(100),
            global().failedRequests().count().is(0L));
  }

  /**
   * One phase of the run: {@code users} users at once, each repeating {@code requete} without pause
   * for {@code seconds}: that many requests always under way.
   */
  static PopulationBuilder phase(String nom, ChainBuilder requete, int users, int seconds) {
    return scenario(nom)
        .during(Duration.ofSeconds(seconds))
        .on(requete)
        .injectOpen(atOnceUsers(users));
  }

  /** The baseline phase: the static page, the same layout and web stack without any query. */
  static PopulationBuilder statique(int users, int seconds) {
    return phase(
        STATIQUE,
        exec(http(STATIQUE).get("/accessibilite").check(status().is(200))),
        users,
        seconds);
  }

  /**
   * The URL, refused unless its host is a loopback address: this load test never leaves the
   * machine.
   */
  static String loopback(String url) {
    String host = URI.create(url).getHost();
    try {
      if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
        throw new IllegalArgumentException("orion.url must be a loopback address: " + url);
      }
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("orion.url: unknown host " + host, e);
    }
    return url;
  }

  static int bounded(String property, int byDefault, int max) {
    int value = Integer.getInteger(property, byDefault);
    if (value < 1 || value > max) {
      throw new IllegalArgumentException(property + " must be between 1 and " + max + ": " + value);
    }
    return value;
  }
}
