package fr.education.orion.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/** Errors of pages are shown as a DSFR page in French, with the detail the application gave. */
@Component
@ConditionalOnWebApplication
class ErrorPages implements ErrorViewResolver {

  private final ErrorAttributes errorAttributes;

  ErrorPages(ErrorAttributes errorAttributes) {
    this.errorAttributes = errorAttributes;
  }

  @Override
  public ModelAndView resolveErrorView(
      HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    Throwable error = errorAttributes.getError(new ServletWebRequest(request));
    String detail = null;
    if (error instanceof ErrorResponse response && response.getBody().getDetail() != null) {
      detail = response.getBody().getDetail();
    }
    ModelAndView view = new ModelAndView("erreur");
    view.addObject("page", ErrorPage.of(status.value(), detail));
    view.setStatus(status);
    return view;
  }
}
