package fr.education.orion.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every error answers in French with {@code Content-Language: fr}, whoever produces it: Orion,
 * Spring or Tomcat itself — a page in the DSFR, or under {@code /api} a problem. The requests a
 * browser or an HTTP client would refuse to send go over a raw socket.
 */
@OrionIT
class ErreursIT {

  /** The framework's and the server's English wordings, which no answer may carry. */
  private static final List<String> ANGLAIS =
      List.of(
          "No static resource",
          "Whitelabel",
          "Internal Server Error",
          "Bad Request",
          "Not Found",
          "Exception",
          "Forbidden",
          "HTTP Status",
          "Failed to",
          "Method Not Allowed");

  private static final Pattern JETON = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;

  /** An answer read from the socket: status line and headers, then the body. */
  private record Brute(int statut, String entetes, String corps) {

    String entete(String nom) {
      for (String ligne : entetes.split("\r\n")) {
        if (ligne.toLowerCase(Locale.ROOT).startsWith(nom.toLowerCase(Locale.ROOT) + ":")) {
          return ligne.substring(nom.length() + 1).strip();
        }
      }
      return "";
    }
  }

  @Test
  void anUnknownPageIsAFrenchNotFoundPage() {
    Brute reponse = get("/cette-page-n-existe-pas", "text/html");

    assertFrenchPage(reponse, 404);
    assertThat(reponse.corps()).contains("Page non trouvée");
  }

  @Test
  void anUnknownAssetIsAFrenchNotFoundPage() {
    assertFrenchPage(get("/assets/inconnu.css", "text/html"), 404);
  }

  @Test
  void anUnknownApiRouteIsAFrenchProblem() {
    Brute reponse = get("/api/inconnue", "application/json");

    assertFrenchProblem(reponse, 404);
    assertThat(reponse.corps()).contains("Aucune route de l'API");
  }

  @Test
  void aMethodAnApiRouteDoesNotServeIsAFrenchProblem() {
    Brute patch =
        envoyer(
            "PATCH /api/formations HTTP/1.1",
            "Accept: application/json",
            "Content-Type: application/json",
            "Content-Length: 2",
            "",
            "{}");
    assertThat(patch.statut()).isIn(403, 405);
    assertFrenchProblem(patch, patch.statut());
  }

  @Test
  void anUnreadableApiParameterIsAFrenchProblem() {
    Brute reponse = get("/api/console/formations?page=abc", "application/json");

    assertFrenchProblem(reponse, 400);
    assertThat(reponse.corps()).contains("« abc »");
  }

  @Test
  void aPageErrorMadeByOrionKeepsItsFrenchDetail() {
    Brute reponse = get("/panorama/etablissement/pas-un-uai", "text/html");

    assertFrenchPage(reponse, 400);
    assertThat(reponse.corps()).contains("L'UAI « pas-un-uai » est invalide");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/formations/%zz", "/%c0%ae%c0%ae/", "/formations/a%00b"})
  void aMalformedUrlEncodingIsAFrenchPage(String chemin) {
    Brute reponse = get(chemin, "text/html");

    assertFrenchPage(reponse, reponse.statut());
    assertThat(reponse.statut()).isBetween(400, 499);
  }

  @Test
  void aMalformedUrlEncodingUnderTheApiIsAFrenchProblem() {
    Brute reponse = get("/api/formations/%zz", "application/json");

    assertFrenchProblem(reponse, 400);
  }

  @Test
  void anOverlongUrlIsAFrenchPage() {
    Brute reponse = get("/formations?q=" + "a".repeat(20_000), "text/html");

    assertThat(reponse.statut()).isIn(400, 414);
    assertFrenchPage(reponse, reponse.statut());
  }

  @Test
  void overlongHeadersAreAFrenchPage() {
    Brute reponse =
        envoyer(
            "GET /formations HTTP/1.1", "Accept: text/html", "Cookie: trop=" + "b".repeat(20_000));

    assertThat(reponse.statut()).isIn(400, 431);
    assertFrenchPage(reponse, reponse.statut());
  }

  @Test
  void aMalformedMultipartBodyIsAFrenchPage() {
    String corps = "--limite\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nsans fin";

    Brute reponse = envoyerMultipart(corps.length(), corps);

    assertThat(reponse.statut()).isBetween(400, 499).isNotEqualTo(403);
    assertFrenchPage(reponse, reponse.statut());
  }

  @Test
  void anUploadAnnouncedOverTheLimitIsAFrenchPage() {
    Brute reponse = envoyerMultipart(300L * 1024 * 1024, "--limite\r\n");

    assertFrenchPage(reponse, 413);
    assertThat(reponse.corps()).contains("Envoi trop volumineux");
  }

  @Test
  void theErrorRouteItselfIsAFrenchNotFoundPage() {
    assertFrenchPage(get("/error", "text/html"), 404);
  }

  private void assertFrenchPage(Brute reponse, int statut) {
    assertThat(reponse.statut()).as(reponse.entetes()).isEqualTo(statut);
    assertThat(reponse.entete("Content-Language")).as(reponse.entetes()).isEqualTo("fr");
    assertThat(reponse.entete("Content-Type")).startsWith("text/html");
    assertThat(reponse.corps())
        .contains("lang=\"fr\"", "Erreur " + statut)
        .doesNotContain(ANGLAIS)
        .doesNotContain("./orion");
  }

  private void assertFrenchProblem(Brute reponse, int statut) {
    assertThat(reponse.statut()).as(reponse.entetes()).isEqualTo(statut);
    assertThat(reponse.entete("Content-Language")).as(reponse.entetes()).isEqualTo("fr");
    assertThat(reponse.entete("Content-Type")).startsWith("application/problem+json");
    assertThat(reponse.corps())
        .contains("\"title\"", "\"detail\"", "\"status\":" + statut)
        .doesNotContain(ANGLAIS);
  }

  /**
   * A multipart form sent with a valid CSRF token (from the login page's cookie and form), so that
   * the body itself is what the server judges.
   */
  private Brute envoyerMultipart(long longueurAnnoncee, String corps) {
    Brute connexion = get("/connexion", "text/html");
    StringBuilder cookies = new StringBuilder();
    for (String ligne : connexion.entetes().split("\r\n")) {
      if (ligne.toLowerCase(Locale.ROOT).startsWith("set-cookie:")) {
        cookies.append(cookies.isEmpty() ? "" : "; ");
        cookies.append(ligne.substring("set-cookie:".length()).strip().split(";")[0]);
      }
    }
    Matcher jeton = JETON.matcher(connexion.corps());
    assertThat(jeton.find()).as("jeton CSRF de la page de connexion").isTrue();
    return envoyer(
        "POST /formations HTTP/1.1",
        "Accept: text/html",
        "Cookie: " + cookies,
        "X-CSRF-TOKEN: " + jeton.group(1),
        "Content-Type: multipart/form-data; boundary=limite",
        "Content-Length: " + longueurAnnoncee,
        "",
        corps);
  }

  private Brute get(String chemin, String accept) {
    return envoyer("GET " + chemin + " HTTP/1.1", "Accept: " + accept);
  }

  /**
   * Sends the lines as given (the request line first; a blank line then a body may end them) and
   * reads the answer until the server closes the connection.
   */
  private Brute envoyer(String... lignes) {
    StringBuilder requete = new StringBuilder();
    boolean corps = false;
    for (String ligne : lignes) {
      if (ligne.isEmpty()) {
        corps = true;
        requete.append("Host: 127.0.0.1:").append(port).append("\r\n");
        requete.append("Connection: close\r\n\r\n");
      } else {
        requete.append(ligne).append(corps ? "" : "\r\n");
      }
    }
    if (!corps) {
      requete.append("Host: 127.0.0.1:").append(port).append("\r\n");
      requete.append("Connection: close\r\n\r\n");
    }
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      OutputStream sortie = socket.getOutputStream();
      sortie.write(requete.toString().getBytes(StandardCharsets.UTF_8));
      sortie.flush();
      String brute = lire(socket.getInputStream());
      int fin = brute.indexOf("\r\n\r\n");
      String entetes = fin < 0 ? brute : brute.substring(0, fin);
      String texte = fin < 0 ? "" : brute.substring(fin + 4);
      int statut = Integer.parseInt(entetes.split(" ", 3)[1]);
      return new Brute(statut, entetes, texte);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads an answer to its end: its announced length, the last chunk, or the connection's close (a
   * server that still waits for the rest of an over-long body would never close it).
   */
  private static String lire(InputStream entree) throws IOException {
    ByteArrayOutputStream lu = new ByteArrayOutputStream();
    byte[] tampon = new byte[8192];
    try {
      for (int n; (n = entree.read(tampon)) >= 0; ) {
        lu.write(tampon, 0, n);
        if (complete(lu.toString(StandardCharsets.ISO_8859_1))) {
          break;
        }
      }
    } catch (SocketTimeoutException | java.net.SocketException e) {
      // The server reset the connection after its answer: what was read is the answer.
    }
    return lu.toString(StandardCharsets.UTF_8);
  }

  private static boolean complete(String lu) {
    int fin = lu.indexOf("\r\n\r\n");
    if (fin < 0) {
      return false;
    }
    String entetes = lu.substring(0, fin).toLowerCase(Locale.ROOT);
    Matcher longueur = Pattern.compile("\r\ncontent-length: *([0-9]+)").matcher(entetes);
    if (longueur.find()) {
      return lu.length() - fin - 4 >= Integer.parseInt(longueur.group(1));
    }
    return entetes.contains("transfer-encoding: chunked") && lu.endsWith("\r\n0\r\n\r\n");
  }
}
