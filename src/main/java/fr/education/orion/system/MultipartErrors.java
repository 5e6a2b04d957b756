package fr.education.orion.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Uploads the server cannot take end on the French error of their status ({@link ErrorPages}), not
 * on an empty answer or a 500: a multipart body announced over {@code
 * spring.servlet.multipart.max-request-size} is refused (413) before anything reads it — left to
 * the server, it would fail inside the security filters, the first to read the form — and a
 * malformed multipart body is a bad request (400). The import page refuses its own over-large
 * uploads in its terms first ({@code ingestion.EnvoiTropVolumineuxFilter}, which runs before this
 * one).
 */
@Component
@ConditionalOnWebApplication
@Order(-199) // after the import page's own refusal (-200), before Spring Security's filters (-100)
class MultipartErrors extends OncePerRequestFilter {

  private final long envoiMax;

  MultipartErrors(@Value("${spring.servlet.multipart.max-request-size:200MB}") DataSize envoiMax) {
    this.envoiMax = envoiMax.toBytes();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > envoiMax) {
      erreur(request, response, new MaxUploadSizeExceededException(envoiMax));
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Sends the error of the status, the multipart error recorded as the request's: Spring's
   * dispatcher then does not parse the body again while it renders the error page (a second failure
   * would leave the answer empty).
   */
  private static void erreur(
      HttpServletRequest request, HttpServletResponse response, MultipartException erreur)
      throws IOException {
    request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, erreur);
    response.sendError(
        erreur instanceof MaxUploadSizeExceededException
            ? HttpStatus.CONTENT_TOO_LARGE.value()
            : HttpStatus.BAD_REQUEST.value());
  }

  /** A multipart body that cannot be parsed (cut short, no boundary…) is the client's error. */
  @Component
  @ConditionalOnWebApplication
  static class CorpsIllisible implements HandlerExceptionResolver, Ordered {

    @Override
    public @Nullable ModelAndView resolveException(
        HttpServletRequest request,
        HttpServletResponse response,
        @Nullable Object handler,
        Exception ex) {
      if (!(ex instanceof MultipartException multipart)
          || ex instanceof MaxUploadSizeExceededException) {
        return null;
      }
      try {
        erreur(request, response, multipart);
      } catch (IOException e) {
        return null;
      }
      return new ModelAndView();
    }

    /** Before Spring MVC's resolvers, which take a malformed body for an unexpected error. */
    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE + 1;
    }
  }
}
