package fr.education.orion.system;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The errors a request can end with, each with a French detail for the user. */
public final class Problems {

  private Problems() {}

  public static ErrorResponseException badRequest(String detail) {
    return of(HttpStatus.BAD_REQUEST, "Requête invalide", detail);
  }

  public static ErrorResponseException notFound(String detail) {
    return of(HttpStatus.NOT_FOUND, "Introuvable", detail);
  }

  /**
   * The French detail of an error made here, none for the framework's own errors (a missing static
   * resource, an unreadable body…), whose details are in English and name its internals.
   */
  static Optional<String> detail(@Nullable Throwable erreur) {
    return probleme(erreur).map(probleme -> probleme.getBody().getDetail());
  }

  /**
   * The error made here that {@code erreur} is or wraps: a code read into its type by Spring's
   * conversion (a path variable, a request parameter) fails with the type's problem as the cause of
   * the framework's own exceptions.
   */
  static Optional<ErrorResponseException> probleme(@Nullable Throwable erreur) {
    for (Throwable e = erreur; e != null; e = e.getCause()) {
      if (e instanceof Probleme probleme) {
        return Optional.of(probleme);
      }
    }
    return Optional.empty();
  }

  private static ErrorResponseException of(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return new Probleme(status, problem);
  }

  /** An error of Orion's, told apart from the framework's by its type. */
  private static final class Probleme extends ErrorResponseException {

    Probleme(HttpStatus status, ProblemDetail problem) {
      super(status, problem, null);
    }
  }
}
