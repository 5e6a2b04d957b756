package fr.education.orion.ingestion.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload to the import page announced over the upload limit ({@code
 * spring.servlet.multipart.max-request-size}) is sent back to that page, which says why in French,
 * before anything reads it. Left to the server, it would fail inside the security filters (the
 * first to read the form, for its CSRF token) and end on a bare error page. The page itself keeps
 * its access rules: only an administrator sees it.
 */
@Component
@Order(-200) // before Spring Security's filters (-100)
class EnvoiTropVolumineuxFilter extends OncePerRequestFilter {

  static final String ENVOI_MAX = "${spring.servlet.multipart.max-request-size:200MB}";
  static final String REFUS = "taille";
  private static final String PAGE = "/admin/imports";

  private final long envoiMax;

  EnvoiTropVolumineuxFilter(@Value(ENVOI_MAX) DataSize envoiMax) {
    this.envoiMax = envoiMax.toBytes();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !PAGE.equals(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > envoiMax) {
      // The body the browser is still sending is read and dropped by the server (up to
      // server.tomcat.max-swallow-size), so that the browser receives this answer.
      response.sendRedirect(PAGE + "?refus=" + REFUS);
      return;
    }
    chain.doFilter(request, response);
  }
}
