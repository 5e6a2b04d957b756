package fr.education.orion.system;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of a JSON route becomes an {@code application/problem+json} answer with a French
 * title and detail, and never a stack trace. The framework's own errors (unreadable body, method or
 * media type not supported…) carry an English detail naming its internals: it is replaced by the
 * French wording of their status ({@link ErrorPage}); the details made here ({@link Problems}) are
 * kept.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(0)
class ApiErrors extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  @Override
  protected @Nullable ResponseEntity<Object> handleExceptionInternal(
      Exception ex,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    if (Problems.detail(ex).isPresent()) {
      headers.set(HttpHeaders.CONTENT_LANGUAGE, "fr");
      return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }
    ResponseEntity<Object> francais = ErrorPages.probleme(ErrorPage.of(statusCode.value(), null));
    return ResponseEntity.status(statusCode)
        .headers(headers)
        .headers(francais.getHeaders())
        .body(francais.getBody());
  }

  /**
   * A code Spring reads into its type (a path variable, a parameter) keeps the type's own problem;
   * any other value that cannot be read names its parameter.
   */
  @Override
  protected @Nullable ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Optional<ErrorResponseException> probleme = Problems.probleme(ex);
    if (probleme.isPresent()) {
      return handleErrorResponseException(
          probleme.get(), probleme.get().getHeaders(), probleme.get().getStatusCode(), request);
    }
    String detail =
        "La valeur « "
            + ex.getValue()
            + " » du paramètre "
            + ex.getPropertyName()
            + " n'est pas valide.";
    return problem(HttpStatus.BAD_REQUEST, "Requête invalide", detail);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "Requête invalide",
        "Le paramètre obligatoire " + ex.getParameterName() + " est absent.");
  }

  /**
   * Refusals of the route rules and scope checks are left to Spring Security, which answers 401 or
   * 403: rethrown unchanged, they are not taken for unexpected errors below.
   */
  @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
  void refus(RuntimeException refus) {
    throw refus;
  }

  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Object> unexpected(RuntimeException ex) {
    log.error("Erreur inattendue", ex);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Erreur interne",
        "Une erreur inattendue est survenue ; elle a été journalisée.");
  }

  private static ResponseEntity<Object> problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return ResponseEntity.status(status)
        .header(HttpHeaders.CONTENT_LANGUAGE, "fr")
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
