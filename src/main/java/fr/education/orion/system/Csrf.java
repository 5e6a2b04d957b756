package fr.education.orion.system;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The CSRF token of the current request, for templates: every form that changes something carries
 * it ({@code @template.csrf()}), and pages of signed-in users give it to htmx and scripts in a
 * {@code meta} element.
 */
public final class Csrf {

  private Csrf() {}

  public static @Nullable CsrfToken jeton() {
    RequestAttributes requete = RequestContextHolder.getRequestAttributes();
    return requete == null
        ? null
        : (CsrfToken)
            requete.getAttribute(CsrfToken.class.getName(), RequestAttributes.SCOPE_REQUEST);
  }
}
