package fr.education.orion.compte.connexion;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A browser without JavaScript for SSO logins: it keeps its cookies (Orion's session, which holds
 * the login's state and PKCE verifier) and follows redirects from Orion to the provider and back.
 */
public final class ConnexionSsoNavigateur {

  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
  private final String base;

  public ConnexionSsoNavigateur(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** Starts an SSO login at Orion and follows it to the page it ends on. */
  public HttpResponse<String> seConnecter() {
    return get(AuthentificationUnique.DEBUT);
  }

  /** Starts a login and stops at the provider's authorization URL, without going there. */
  String adresseDuFournisseur() {
    return sansRedirection(base + AuthentificationUnique.DEBUT)
        .headers()
        .firstValue("Location")
        .orElseThrow();
  }

  /** One request, with this browser's cookies, whose redirect is not followed. */
  HttpResponse<String> sansRedirection(String adresse) {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(this.client.cookieHandler().orElseThrow())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    return envoyer(client, adresse);
  }

  public HttpResponse<String> get(String chemin) {
    return envoyer(client, chemin.startsWith("http") ? chemin : base + chemin);
  }

  private static HttpResponse<String> envoyer(HttpClient client, String adresse) {
    HttpRequest requete =
        HttpRequest.newBuilder(URI.create(adresse)).header("Accept", "text/html").GET().build();
    try {
      return client.send(requete, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
