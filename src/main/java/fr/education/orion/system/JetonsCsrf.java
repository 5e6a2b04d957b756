package fr.education.orion.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where the CSRF token of a visitor is kept: in the session when there is one (a signed-in user's,
 * so the token ends with it), else in an HttpOnly cookie. An anonymous visit of a page with a form
 * (the login page) thus stores nothing on the server: a session row per anonymous visit would let
 * anyone fill the sessions table. Forms carry the token rendered by the server, scripts of
 * signed-in pages read it from a {@code meta} element: no script needs to read the cookie.
 *
 * <p>At login, Spring Security clears the token (here the cookie, the session not existing yet) and
 * the first page after it draws a new one into the new session: the token changes with the session.
 */
final class JetonsCsrf implements CsrfTokenRepository {

  static final String COOKIE = "ORION-CSRF";
  static final String PARAMETRE = "_csrf";
  static final String ENTETE = "X-CSRF-TOKEN";

  private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
  private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

  JetonsCsrf() {
    session.setParameterName(PARAMETRE);
    session.setHeaderName(ENTETE);
    cookie.setParameterName(PARAMETRE);
    cookie.setHeaderName(ENTETE);
    cookie.setCookieName(COOKIE);
    // HttpOnly by default; Secure when the request came over HTTPS, as the session cookie.
    cookie.setCookieCustomizer(c -> c.sameSite("Lax"));
  }

  @Override
  public CsrfToken generateToken(HttpServletRequest request) {
    return session.generateToken(request);
  }

  @Override
  public void saveToken(
      @Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
    if (request.getSession(false) != null) {
      session.saveToken(token, request, response);
      if (token == null && aLeCookie(request)) {
        cookie.saveToken(null, request, response);
      }
    } else {
      cookie.saveToken(token, request, response);
    }
  }

  @Override
  public @Nullable CsrfToken loadToken(HttpServletRequest request) {
    return request.getSession(false) != null
        ? session.loadToken(request)
        : cookie.loadToken(request);
  }

  private static boolean aLeCookie(HttpServletRequest request) {
    if (request.getCookies() == null) {
      return false;
    }
    for (var c : request.getCookies()) {
      if (COOKIE.equals(c.getName())) {
        return true;
      }
    }
    return false;
  }
}
