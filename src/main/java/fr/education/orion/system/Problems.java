package fr.education.orion.system;

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

  private static ErrorResponseException of(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return new ErrorResponseException(status, problem, null);
  }
}
