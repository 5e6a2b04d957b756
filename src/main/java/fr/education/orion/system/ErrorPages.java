package fr.education.orion.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the servlet container forwards (a status sent by Spring, Spring Security or Tomcat,
 * an exception thrown by a page) answers in French with {@code Content-Language: fr}: a DSFR page,
 * or under {@code /api} an {@code application/problem+json} answer. It replaces Spring Boot's error
 * controller, whose JSON and detail are in English. Errors Tomcat answers before any servlet runs
 * are {@link TomcatErrors}'.
 */
@Controller
@Public
@ConditionalOnWebApplication
class ErrorPages implements org.springframework.boot.webmvc.error.ErrorController {

  private final ErrorAttributes errorAttributes;

  ErrorPages(ErrorAttributes errorAttributes) {
    this.errorAttributes = errorAttributes;
  }

  @RequestMapping("/error")
  Object erreur(HttpServletRequest request, HttpServletResponse response) {
    ErrorPage page =
        ErrorPage.of(
            statut(request),
            Problems.detail(errorAttributes.getError(new ServletWebRequest(request))).orElse(null));
    response.setHeader(HttpHeaders.CONTENT_LANGUAGE, "fr");
    if (estApi(request)) {
      return probleme(page);
    }
    ModelAndView vue = new ModelAndView("erreur");
    vue.addObject("page", page);
    vue.setStatus(HttpStatus.valueOf(page.statut()));
    return vue;
  }

  /** An API problem with the French title and message of the status. */
  static ResponseEntity<Object> probleme(ErrorPage page) {
    ProblemDetail probleme =
        ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(page.statut()), page.message());
    probleme.setTitle(page.titre());
    return ResponseEntity.status(page.statut())
        .header(HttpHeaders.CONTENT_LANGUAGE, "fr")
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(probleme);
  }

  /** The status of the error; a visit of {@code /error} itself finds no page. */
  private static int statut(HttpServletRequest request) {
    Object statut = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    return statut instanceof Integer code && HttpStatus.resolve(code) != null ? code : 404;
  }

  static boolean estApi(String chemin) {
    return chemin.equals("/api") || chemin.startsWith("/api/");
  }

  private static boolean estApi(HttpServletRequest request) {
    Object chemin = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return estApi(chemin instanceof String uri ? uri : request.getRequestURI());
  }
}
