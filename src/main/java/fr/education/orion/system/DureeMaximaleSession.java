package fr.education.orion.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session ends after {@code orion.session.duree-max} (12 hours by default) however active it has
 * been, so that a signed-in user gives their password again at least twice a day; the idle limit is
 * {@code server.servlet.session.timeout}. Runs right after Spring Session has found the session,
 * before Spring Security reads who is signed in.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
class DureeMaximaleSession extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(DureeMaximaleSession.class);

  private final Duration dureeMax;
  private final Clock horloge = Clock.systemUTC();

  DureeMaximaleSession(@Value("${orion.session.duree-max:12h}") Duration dureeMax) {
    this.dureeMax = dureeMax;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null
        && Instant.ofEpochMilli(session.getCreationTime())
            .plus(dureeMax)
            .isBefore(horloge.instant())) {
      session.invalidate();
      log.info(
          "Session ouverte depuis plus de {} : terminée, nouvelle connexion demandée", dureeMax);
    }
    chain.doFilter(request, response);
  }
}
