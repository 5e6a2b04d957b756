package fr.education.orion.system;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any address under /api that no route serves answers a 404 problem, like every API error. */
@RestController
@Public
@Hidden
class ApiFallback {

  @RequestMapping("/api/**")
  Object unknownRoute(HttpServletRequest request) {
    throw Problems.notFound(
        "Aucune route de l'API ne correspond à « " + request.getRequestURI() + " ».");
  }
}
