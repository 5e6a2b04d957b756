package fr.education.orion.compte;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Enforces the rule declared next to each handler before it runs. A handler without a rule is
 * refused (and logged): a forgotten declaration closes the route instead of opening it. Refusals
 * are logged (who, which route) and are exceptions that Spring Security turns into 401 (login page
 * for pages) or 403.
 */
@Configuration(proxyBeanMethods = false)
class ReglesAcces implements HandlerInterceptor, WebMvcConfigurer {

  private static final Logger log = LoggerFactory.getLogger(ReglesAcces.class);

  private final CompteCourant courant;

  ReglesAcces(CompteCourant courant) {
    this.courant = courant;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(this);
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return true; // static resources
    }
    RegleAcces regle =
        RegleAcces.de(method)
            .orElseThrow(
                () -> {
                  log.error("Route sans règle d'accès déclarée, refusée : {}", method);
                  return new AccessDeniedException("Cette route n'a pas de règle d'accès.");
                });
    Droits droits = courant.droits().orElse(null);
    if (!regle.autorise(droits)) {
      String route = request.getMethod() + " " + request.getRequestURI();
      if (droits == null) {
        log.info("Accès refusé à un visiteur anonyme : {}", route);
        throw new AuthenticationCredentialsNotFoundException(
            "Connectez-vous pour accéder à cette page.");
      }
      log.warn(
          "Accès refusé au compte n° {} ({}) : {}",
          courant.utilisateur().map(Utilisateur::id).orElse(null),
          droits.role().code(),
          route);
      throw new AccessDeniedException("Votre rôle ne donne pas accès à cette page.");
    }
    if (regle instanceof RegleAcces.ParPermission parPermission
        && !parPermission.region().isEmpty()) {
      courant.checkRegionOfRoute(
          parPermission.permission(), region(request, parPermission.region()));
    }
    return true;
  }

  private static @Nullable String region(HttpServletRequest request, String nom) {
    @SuppressWarnings("unchecked")
    Map<String, String> variables =
        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    if (variables != null && variables.containsKey(nom)) {
      return variables.get(nom);
    }
    return request.getParameter(nom);
  }
}
