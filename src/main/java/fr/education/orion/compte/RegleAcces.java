package fr.education.orion.compte;

import fr.education.orion.system.Administrateur;
import fr.education.orion.system.Autorise;
import fr.education.orion.system.Connecte;
import fr.education.orion.system.Permission;
import fr.education.orion.system.Public;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.method.HandlerMethod;

/**
 * The access rule of one handler, as declared next to it ({@link Public}, {@link Connecte}, {@link
 * Autorise}, {@link Administrateur}); the method's rule wins over its controller's. Handlers of
 * libraries, which cannot carry our annotations, are listed here: the OpenAPI description and its
 * Swagger UI are public.
 */
sealed interface RegleAcces {

  /** Library handlers, by class name, that are public. */
  Set<String> HANDLERS_PUBLICS =
      Set.of(
          "org.springdoc.webmvc.api.OpenApiWebMvcResource",
          "org.springdoc.webmvc.ui.SwaggerWelcomeWebMvc",
          "org.springdoc.webmvc.ui.SwaggerConfigResource");

  /** May a user with these rights (null: anonymous) use the route, before any scope check? */
  boolean autorise(@Nullable Droits droits);

  record Publique() implements RegleAcces {
    @Override
    public boolean autorise(@Nullable Droits droits) {
      return true;
    }
  }

  /** Any signed-in user ({@link Connecte}). */
  record UtilisateurConnecte() implements RegleAcces {
    @Override
    public boolean autorise(@Nullable Droits droits) {
      return droits != null;
    }
  }

  record ParPermission(Permission permission, String region) implements RegleAcces {
    @Override
    public boolean autorise(@Nullable Droits droits) {
      return droits != null && droits.possede(permission);
    }
  }

  record Administration() implements RegleAcces {
    @Override
    public boolean autorise(@Nullable Droits droits) {
      return droits != null && droits.role() == Role.ADMIN;
    }
  }

  /** The rule of a handler; empty when none is declared, which the route test reports. */
  static Optional<RegleAcces> de(HandlerMethod handler) {
    Optional<RegleAcces> regle = declaree(handler.getMethod());
    if (regle.isEmpty()) {
      regle = declaree(handler.getBeanType());
    }
    if (regle.isEmpty() && HANDLERS_PUBLICS.contains(handler.getBeanType().getName())) {
      regle = Optional.of(new Publique());
    }
    return regle;
  }

  private static Optional<RegleAcces> declaree(AnnotatedElement element) {
    Autorise autorise = element.getAnnotation(Autorise.class);
    if (autorise != null) {
      return Optional.of(new ParPermission(autorise.value(), autorise.region()));
    }
    if (element.isAnnotationPresent(Administrateur.class)) {
      return Optional.of(new Administration());
    }
    if (element.isAnnotationPresent(Connecte.class)) {
      return Optional.of(new UtilisateurConnecte());
    }
    if (element.isAnnotationPresent(Public.class)) {
      return Optional.of(new Publique());
    }
    return Optional.empty();
  }
}
