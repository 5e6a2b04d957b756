package fr.education.orion.indicateur.chargement;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for the InserJeunes API on 127.0.0.1 (random port), speaking its protocol: {@code POST
 * /login} with headers username and password gives a token, every other call needs it as a bearer
 * (401 otherwise, as when a token expires), answers are {@code {metadata, data: [measures]}}, 404
 * for what it does not hold. Tests script failures (5xx, slow answers, expiring tokens). Stops when
 * closed.
 */
final class LocalInserJeunes implements AutoCloseable {

  static final String USERNAME = "orion-test";
  static final String PASSWORD = "mot-de-passe-de-test";
  static final String BASE = "/api/v1.0";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Map<String, String> answers = new ConcurrentHashMap<>();
  private final Set<String> tokens = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
  private final Map<String, Integer> failureStatus = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> slowAnswersLeft = new ConcurrentHashMap<>();
  private final Set<String> expireTokensAfter = ConcurrentHashMap.newKeySet();
  private final AtomicInteger logins = new AtomicInteger();
  private final List<String> requests = new CopyOnWriteArrayList<>();

  LocalInserJeunes() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext(BASE, this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + BASE;
  }

  /** Serves measures at a path such as {@code /region/10/millesime/2021_2022}. */
  void serve(String path, List<Map<String, Object>> mesures) {
    answers.put(
        path,
        JSON.writeValueAsString(Map.of("metadata", Map.of("source", "test"), "data", mesures)));
  }

  /** The next {@code times} calls of the path are answered with {@code status}. */
  void fail(String path, int times, int status) {
    failuresLeft.put(path, new AtomicInteger(times));
    failureStatus.put(path, status);
  }

  /** The next {@code times} answers of the path come too late for the clients of the tests. */
  void slow(String path, int times) {
    slowAnswersLeft.put(path, new AtomicInteger(times));
  }

  /** Every token in use expires once the path has been answered. */
  void expireTokensAfter(String path) {
    expireTokensAfter.add(path);
  }

  int logins() {
    return logins.get();
  }

  /** Every request received, as {@code METHOD path}. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  long calls(String path) {
    return requests.stream().filter(request -> request.equals("GET " + path)).count();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath().substring(BASE.length());
      requests.add(exchange.getRequestMethod() + " " + path);
      if (path.equals("/login")) {
        login(exchange);
        return;
      }
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      if (authorization == null || !tokens.contains(authorization.replace("Bearer ", ""))) {
        answer(exchange, 401, "{\"msg\": \"Token has expired\"}");
        return;
      }
      AtomicInteger failures = failuresLeft.get(path);
      if (failures != null && failures.getAndDecrement() > 0) {
        answer(exchange, failureStatus.get(path), "{\"msg\": \"Internal Server Error\"}");
        return;
      }
      AtomicInteger slow = slowAnswersLeft.get(path);
      if (slow != null && slow.getAndDecrement() > 0) {
        pause();
      }
      String body = answers.get(path);
      if (body == null) {
        answer(exchange, 404, "{\"msg\": \"Not found\"}");
        return;
      }
      answer(exchange, 200, body);
      if (expireTokensAfter.remove(path)) {
        tokens.clear();
      }
    }
  }

  private void login(HttpExchange exchange) throws IOException {
    boolean known =
        exchange.getRequestMethod().equals("POST")
            && USERNAME.equals(exchange.getRequestHeaders().getFirst("username"))
            && PASSWORD.equals(exchange.getRequestHeaders().getFirst("password"));
    if (!known) {
      answer(exchange, 401, "{\"msg\": \"Bad username or password\"}");
      return;
    }
    String token = "jeton-" + logins.incrementAndGet();
    tokens.add(token);
    answer(exchange, 200, "{\"access_token\": \"" + token + "\"}");
  }

  /** Longer than the clients of the tests wait (their {@code delai}). */
  private static void pause() {
    try {
      Thread.sleep(1_500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
