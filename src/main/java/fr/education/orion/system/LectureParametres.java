package fr.education.orion.system;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Builds the {@link ParametresDeRequete} records of handlers from the request's parameters, as
 * Spring's data binding would: a {@code List<String>} component gets every value of its parameter,
 * a {@code String} component its value (several values joined by commas), a missing parameter
 * {@code null}. Spring's binding reads the annotations of the record's constructor again on every
 * request; here the constructor and the components' names and types are read once per record.
 */
@Configuration(proxyBeanMethods = false)
class LectureParametres implements HandlerMethodArgumentResolver, WebMvcConfigurer {

  /** How to build one record type. */
  private record Lecteur(Constructor<?> constructeur, List<String> noms, List<Boolean> listes) {

    static Lecteur de(Class<?> type) {
      RecordComponent[] composants = type.getRecordComponents();
      if (composants == null) {
        throw new IllegalStateException(type + " n'est pas un record.");
      }
      for (RecordComponent composant : composants) {
        if (!estTexte(composant) && !estListeDeTextes(composant)) {
          throw new IllegalStateException(
              composant + " : un paramètre de requête est un String ou une List<String>.");
        }
      }
      try {
        Constructor<?> constructeur =
            type.getDeclaredConstructor(
                Arrays.stream(composants).map(RecordComponent::getType).toArray(Class<?>[]::new));
        constructeur.setAccessible(true);
        return new Lecteur(
            constructeur,
            Arrays.stream(composants).map(RecordComponent::getName).toList(),
            Arrays.stream(composants).map(Lecteur::estListeDeTextes).toList());
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(type + " n'a pas de constructeur canonique.", e);
      }
    }

    Object lire(Function<String, String @Nullable []> valeurs) {
      Object[] arguments = new Object[noms.size()];
      for (int i = 0; i < arguments.length; i++) {
        String[] lues = valeurs.apply(noms.get(i));
        if (lues != null) {
          arguments[i] = listes.get(i) ? List.of(lues) : String.join(",", lues);
        }
      }
      try {
        return constructeur.newInstance(arguments);
      } catch (InvocationTargetException e) {
        throw e.getCause() instanceof RuntimeException cause
            ? cause
            : new IllegalStateException(e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    private static boolean estTexte(RecordComponent composant) {
      return composant.getType() == String.class;
    }

    private static boolean estListeDeTextes(RecordComponent composant) {
      return composant.getType() == List.class
          && composant.getGenericType() instanceof ParameterizedType liste
          && liste.getActualTypeArguments()[0] == String.class;
    }
  }

  private final ClassValue<Lecteur> lecteurs =
      new ClassValue<>() {
        @Override
        protected Lecteur computeValue(Class<?> type) {
          return Lecteur.de(type);
        }
      };

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType().isAnnotationPresent(ParametresDeRequete.class);
  }

  @Override
  public Object resolveArgument(
      MethodParameter parameter,
      @Nullable ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest,
      @Nullable WebDataBinderFactory binderFactory) {
    return lecteurs.get(parameter.getParameterType()).lire(webRequest::getParameterValues);
  }
}
