package fr.education.orion;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP requests to the Orion under test, on loopback, never following redirects. {@link
 * #connecte} gives a client with its own session (cookies), signed in through the login form;
 * {@link #post} sends a form with the session's CSRF token, as a browser would.
 */
public final class TestHttp {

  /** The password of the demo accounts (profile demo, which {@link OrionIT} activates). */
  public static final String MOT_DE_PASSE_DEMO = "demo-orion-2025";

  /** An answer: status, content type, body and where a redirect leads. */
  public record Answer(int status, String contentType, String body, String location) {

    public JsonNode json() {
      return JSON.readTree(body);
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final Pattern JETON_FORMULAIRE =
      Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern JETON_META =
      Pattern.compile("name=\"csrf-jeton\" content=\"([^\"]+)\"");

  private final int port;
  private final HttpClient client;

  public TestHttp(int port) {
    this(port, CLIENT);
  }

  private TestHttp(int port, HttpClient client) {
    this.port = port;
    this.client = client;
  }

  /** The e-mail of the demo account of a role, e.g. {@code demo("admin_region")}. */
  public static String demo(String codeRole) {
    return codeRole + "@demo.orion.invalid";
  }

  /** A new client with its own session, signed in as the demo account of this role. */
  public TestHttp connecteEnDemo(String codeRole) {
    return connecte(demo(codeRole), MOT_DE_PASSE_DEMO);
  }

  /**
   * A new client with its own session, signed in through the login form; fails unless the login
   * succeeded.
   */
  public TestHttp connecte(String email, String motDePasse) {
    TestHttp session =
        new TestHttp(port, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
    Answer reponse = session.seConnecter(email, motDePasse);
    if (reponse.status() != 302 || reponse.location().contains("erreur")) {
      throw new IllegalStateException("Connexion refusée pour " + email + " : " + reponse);
    }
    return session;
  }

  /** A new client with its own (anonymous) session, for tests of the login itself. */
  public TestHttp nouvelleSession() {
    return new TestHttp(port, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
  }

  /** Sends the login form of this session and gives the answer (a redirect either way). */
  public Answer seConnecter(String email, String motDePasse) {
    return post("/connexion", Map.of("email", email, "motDePasse", motDePasse));
  }

  public Answer get(String path) {
    return get(path, "application/json");
  }

  public Answer get(String path, String accept) {
    return send(request(path).header("Accept", accept).GET().build());
  }

  /** The body of a GET as bytes, e.g. a spreadsheet; fails unless the answer is 200. */
  public byte[] getBytes(String path) {
    try {
      HttpResponse<byte[]> response =
          client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " : " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends a form with this session's CSRF token, taken from a page as a browser would. */
  public Answer post(String path, Map<String, String> formulaire) {
    Map<String, String> champs = new LinkedHashMap<>(formulaire);
    champs.put("_csrf", jetonCsrf());
    return postSansJeton(path, champs);
  }

  /**
   * Sends a JSON body with {@code method} (POST, PUT) and this session's CSRF token in its header,
   * as a script does.
   */
  public Answer sendJson(String method, String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("X-CSRF-TOKEN", jetonCsrf())
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** Sends a form as given, e.g. without a CSRF token to check that it is refused. */
  public Answer postSansJeton(String path, Map<String, String> formulaire) {
    String corps =
        formulaire.entrySet().stream()
            .map(champ -> encode(champ.getKey()) + "=" + encode(champ.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(corps))
            .build());
  }

  /**
   * Sends a multipart form, as a browser sends a file chosen in a form, with this session's CSRF
   * token: the fields, then the file under {@code champFichier} with its own name.
   */
  public Answer postFichier(
      String path, Map<String, String> formulaire, String champFichier, Path fichier) {
    String limite = "----orion-test-" + System.nanoTime();
    Map<String, String> champs = new LinkedHashMap<>(formulaire);
    champs.put("_csrf", jetonCsrf());
    StringBuilder avant = new StringBuilder();
    champs.forEach(
        (nom, valeur) ->
            avant
                .append("--")
                .append(limite)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(nom)
                .append("\"\r\n\r\n")
                .append(valeur)
                .append("\r\n"));
    avant
        .append("--")
        .append(limite)
        .append("\r\nContent-Disposition: form-data; name=\"")
        .append(champFichier)
        .append("\"; filename=\"")
        .append(fichier.getFileName())
        .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    try {
      return send(
          request(path)
              .header("Content-Type", "multipart/form-data; boundary=" + limite)
              .header("Accept", "text/html")
              .POST(
                  HttpRequest.BodyPublishers.concat(
                      HttpRequest.BodyPublishers.ofString(avant.toString()),
                      HttpRequest.BodyPublishers.ofFile(fichier),
                      HttpRequest.BodyPublishers.ofString("\r\n--" + limite + "--\r\n")))
              .build());
    } catch (FileNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The session's CSRF token, from the meta element of a signed-in page or the login form. */
  public String jetonCsrf() {
    String page = get("/connexion", "text/html").body();
    Matcher meta = JETON_META.matcher(page);
    if (meta.find()) {
      return meta.group(1);
    }
    Matcher formulaire = JETON_FORMULAIRE.matcher(page);
    if (!formulaire.find()) {
      throw new IllegalStateException("Pas de jeton CSRF dans la page de connexion");
    }
    return formulaire.group(1);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
  }

  private Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response.headers().firstValue("Location").orElse(""));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
