package fr.education.orion.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Reads the CSRF token of a request from the {@code X-CSRF-TOKEN} header or the form's body, never
 * from the URL: a token in a query string ends up in access logs, in the history and in the Referer
 * sent to other sites. The servlet API mixes the query string's parameters with the body's, so a
 * request whose URL names the token's parameter is refused whatever its body holds. Tokens are
 * masked per page as Spring Security does by default (BREACH).
 */
final class JetonCsrfHorsUrl implements CsrfTokenRequestHandler {

  private final XorCsrfTokenRequestAttributeHandler masque =
      new XorCsrfTokenRequestAttributeHandler();

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
    masque.handle(request, response, token);
  }

  @Override
  public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
    if (dansLUrl(request.getQueryString(), token.getParameterName())) {
      return null;
    }
    return masque.resolveCsrfTokenValue(request, token);
  }

  static boolean dansLUrl(@Nullable String query, String parametre) {
    if (query == null || query.isEmpty()) {
      return false;
    }
    for (String paire : query.split("&")) {
      int egal = paire.indexOf('=');
      String nom = egal < 0 ? paire : paire.substring(0, egal);
      try {
        if (parametre.equals(URLDecoder.decode(nom, StandardCharsets.UTF_8))) {
          return true;
        }
      } catch (IllegalArgumentException malEncode) {
        // Not a name the servlet container would decode into the parameter either.
      }
    }
    return false;
  }
}
