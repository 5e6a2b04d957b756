package fr.education.orion.bench;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * The first page of the national offers console (établissements console, no territory) sorted by
 * the taux d'emploi à 6 mois of the région, with three filters (rentrée, niveau de diplôme,
 * secteur), under 20 concurrent users: the page, then its JSON route, then a static page (what the
 * machine and the web stack cost alone), in phases of {@code duration} seconds as in {@link
 * PanoramaSimulation}. Target: 95th percentile under 150 ms, no failed request.
 *
 * <p>Bounded and loopback only, like {@link PanoramaSimulation}. Settings (system properties):
 * {@code orion.url} (default {@code http://127.0.0.1:8080}), {@code users} (20, at most 50), {@code
 * duration} in seconds (60, at most 300), {@code rentree} (2020), {@code niveau} (400, the bac
 * pro).
 */
public class ConsoleSimulation extends Simulation {

  static final String PAGE = "Page console des établissements";
  static final String ROUTE = "Route console des établissements";

  private static final int MAX_USERS = 50;
  private static final int MAX_SECONDS = 300;

  private final String url =
      PanoramaSimulation.loopback(System.getProperty("orion.url", "http://127.0.0.1:8080"));
  private final int users = PanoramaSimulation.bounded("users", 20, MAX_USERS);
  private final int seconds = PanoramaSimulation.bounded("duration", 60, MAX_SECONDS);
  private final String filtres =
      "rentreeScolaire="
          + System.getProperty("rentree", "2020")
          + "&codeNiveauDiplome="
          + System.getProperty("niveau", "400")
          + "&secteur=PU&sort=tauxInsertion6moisRegional&order=desc";

  private final HttpProtocolBuilder protocol = http.baseUrl(url).acceptLanguageHeader("fr-FR");

  {
    setUp(
            PanoramaSimulation.phase(
                    PAGE,
                    exec(
                        http(PAGE)
                            .get("/console/etablissements?" + filtres)
                            .check(status().is(200))),
                    users,
                    seconds)
                .andThen(
                    PanoramaSimulation.phase(
                        ROUTE,
                        exec(
                            http(ROUTE)
                                .get("/api/console/etablissements?" + filtres)
                                .header("Accept", "application/json")
                                .check(status().is(200), jsonPath("$.items[0].uai").exists())),
                        users,
                        seconds))
                .andThen(PanoramaSimulation.statique(users, seconds)))
        .protocols(protocol)
        .maxDuration(Duration.ofSeconds(3L * seconds + 30))
        .assertions(
            details(PAGE).responseTime().percentile(95).lt(150),
            details(ROUTE).responseTime().percentile(95).lt(150),
            global().failedRequests().count().is(0L));
  }
}
