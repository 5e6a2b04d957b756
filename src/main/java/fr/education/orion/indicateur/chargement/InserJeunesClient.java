package fr.education.orion.indicateur.chargement;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The InserJeunes API over HTTP. {@code POST /login} with headers {@code username} and {@code
 * password} gives a bearer token; a call answered 401 (the token expired) logs in again once; a
 * call that times out, cannot connect or is answered 5xx is tried again, {@code tentatives} times
 * at most, after a wait doubled each time. A 404 means the API has nothing for that région or UAI.
 * Calls are made one at a time.
 */
final class InserJeunesClient implements InserJeunesSource {

  private static final Logger log = LoggerFactory.getLogger(InserJeunesClient.class);

  /** An answer: {@code {"metadata": {…}, "data": [measures]}}. */
  private record Reponse(@Nullable List<Mesure> data) {}

  private final InserJeunesProperties settings;
  private final String baseUrl;
  private final JsonMapper json;
  private final HttpClient http;
  private @Nullable String token;

  InserJeunesClient(InserJeunesProperties settings, JsonMapper json) {
    if (!settings.isConfigured()) {
      throw new IllegalArgumentException("orion.inserjeunes.url n'est pas renseignée");
    }
    this.settings = settings;
    this.baseUrl = settings.url().replaceAll("/+$", "");
    this.json = json;
    this.http = HttpClient.newBuilder().connectTimeout(settings.delai()).build();
  }

  @Override
  public List<Mesure> region(String codeRegion, String millesime) throws InserJeunesException {
    return mesures("/region/" + RegionsInserJeunes.codeApi(codeRegion) + "/millesime/" + millesime);
  }

  @Override
  public List<Mesure> uai(String uai, String millesime) throws InserJeunesException {
    return mesures("/UAI/" + uai + "/millesime/" + millesime);
  }

  private synchronized List<Mesure> mesures(String path) throws InserJeunesException {
    if (token == null) {
      token = login();
    }
    HttpResponse<String> response = send(path, get(path, token));
    if (response.statusCode() == 401) {
      log.info("API InserJeunes : jeton refusé pour {}, nouvelle connexion", path);
      token = login();
      response = send(path, get(path, token));
    }
    return switch (response.statusCode()) {
      case 200 -> parse(path, response.body());
      case 404 -> List.of();
      case 401 ->
          throw new InserJeunesException(
              "l'API InserJeunes refuse l'accès à " + path + " (HTTP 401) malgré une reconnexion");
      default ->
          throw new InserJeunesException(
              "réponse HTTP "
                  + response.statusCode()
                  + " inattendue de l'API InserJeunes pour "
                  + path);
    };
  }

  private String login() throws InserJeunesException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
            .timeout(settings.delai())
            .header("username", Objects.requireNonNullElse(settings.username(), ""))
            .header("password", Objects.requireNonNullElse(settings.password(), ""))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<String> response = send("/login", request);
    if (response.statusCode() == 401 || response.statusCode() == 403) {
      throw new InserJeunesException(
          "identifiants refusés par l'API InserJeunes (HTTP "
              + response.statusCode()
              + ") : vérifiez ORION_INSERJEUNES_USERNAME et ORION_INSERJEUNES_PASSWORD");
    }
    if (response.statusCode() != 200) {
      throw new InserJeunesException(
          "connexion à l'API InserJeunes impossible (HTTP " + response.statusCode() + ")");
    }
    try {
      JsonNode token = json.readTree(response.body()).get("access_token");
      if (token == null || !token.isString() || token.asString().isBlank()) {
        throw new InserJeunesException("l'API InserJeunes n'a pas donné de jeton (access_token)");
      }
      return token.asString();
    } catch (JacksonException e) {
      throw new InserJeunesException("réponse illisible de l'API InserJeunes à /login");
    }
  }

  private HttpRequest get(String path, String bearer) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(settings.delai())
        .header("Authorization", "Bearer " + bearer)
        .header("Accept", "application/json")
        .GET()
        .build();
  }

  /** Sends a request, again after a wait while it times out, cannot connect or is answered 5xx. */
  private HttpResponse<String> send(String path, HttpRequest request) throws InserJeunesException {
    String failure = "";
    Duration wait = settings.attente();
    for (int attempt = 1; attempt <= settings.tentatives(); attempt++) {
      if (attempt > 1) {
        log.warn(
            "API InserJeunes : {} pour {}, nouvel essai dans {} ms ({}/{})",
            failure,
            path,
            wait.toMillis(),
            attempt,
            settings.tentatives());
        pause(wait);
        wait = wait.multipliedBy(2);
      }
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() < 500) {
          return response;
        }
        failure = "HTTP " + response.statusCode();
      } catch (HttpTimeoutException e) {
        failure = "pas de réponse en " + settings.delai().toMillis() + " ms";
      } catch (IOException e) {
        failure = "connexion impossible (" + e.getMessage() + ")";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InserJeunesException("appel de l'API InserJeunes interrompu (" + path + ")");
      }
    }
    throw new InserJeunesException(
        "API InserJeunes indisponible pour "
            + path
            + " : "
            + failure
            + " à chacune des "
            + settings.tentatives()
            + " tentatives");
  }

  private static void pause(Duration wait) throws InserJeunesException {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InserJeunesException("appel de l'API InserJeunes interrompu");
    }
  }

  /**
   * Reads an answer. Orion's own client decodes the answers of the UAI route twice, so an answer
   * that is a JSON string holding the JSON document is read too.
   */
  private List<Mesure> parse(String path, String body) throws InserJeunesException {
    try {
      JsonNode root = json.readTree(body);
      if (root.isString()) {
        root = json.readTree(root.asString());
      }
      List<Mesure> data = json.treeToValue(root, Reponse.class).data();
      if (data == null) {
        throw new InserJeunesException("réponse de l'API InserJeunes sans « data » pour " + path);
      }
      for (Mesure mesure : data) {
        if (mesure.idMesure() == null) {
          throw new InserJeunesException(
              "mesure sans « id_mesure » dans la réponse de l'API InserJeunes pour " + path);
        }
      }
      return data;
    } catch (JacksonException e) {
      throw new InserJeunesException(
          "réponse illisible de l'API InserJeunes pour " + path + " : " + e.getOriginalMessage());
    }
  }
}
