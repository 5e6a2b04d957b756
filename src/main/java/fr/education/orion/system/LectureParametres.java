package fr.education.orion.system;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Builds the {@link ParametresDeRequete} records of handlers from the request's parameters, as
 * Spring's data binding would: a {@code List<String>} component gets every value of its parameter,
 * a {@code String} component its value (several values joined by commas), a component of another
 * type its value converted by Spring's conversion service (a code into its type), a missing
 * parameter {@code null}, and so a blank value of a component of another type. Spring's binding
 * reads the annotations of the record's constructor again on every request; here the constructor
 * and the components' names and types are read once per record.
 */
@Configuration(proxyBeanMethods = false)
class LectureParametres implements HandlerMethodArgumentResolver, WebMvcConfigurer {

  /** How to build one record type. */
  private record Lecteur(
      Constructor<?> constructeur, List<String> noms, List<Class<?>> types, List<Boolean> listes) {

    static Lecteur de(Class<?> type) {
      RecordComponent[] composants = type.getRecordComponents();
      if (composants == null) {
        throw new IllegalStateException(type + " n'est pas un record.");
      }
      for (RecordComponent composant : composants) {
        if (composant.getType() == List.class && !estListeDeTextes(composant)) {
          throw new IllegalStateException(
              composant + " : une liste de paramètres de requête est une List<String>.");
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
            Arrays.stream(composants).<Class<?>>map(RecordComponent::getType).toList(),
            Arrays.stream(composants).map(Lecteur::estListeDeTextes).toList());
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(type + " n'a pas de constructeur canonique.", e);
      }
    }

    Object read(Function<String, String @Nullable []> valeurs, Conversion conversion) {
      Object[] arguments = new Object[noms.size()];
      for (int i = 0; i < arguments.length; i++) {
        String[] lues = valeurs.apply(noms.get(i));
        if (lues == null) {
          continue;
        }
        String valeur = String.join(",", lues);
        if (listes.get(i)) {
          arguments[i] = List.of(lues);
        } else if (types.get(i) == String.class) {
          arguments[i] = valeur;
        } else if (!valeur.isBlank()) {
          // A blank value (an empty choice, « codeNiveauDiplome= ») is no value, as Spring reads
          // it.
          arguments[i] = conversion.convertir(noms.get(i), valeur, types.get(i));
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

    private static boolean estListeDeTextes(RecordComponent composant) {
      return composant.getType() == List.class
          && composant.getGenericType() instanceof ParameterizedType liste
          && liste.getActualTypeArguments()[0] == String.class;
    }
  }

  /**
   * Spring's conversion of one parameter: a failure is a {@link
   * org.springframework.beans.TypeMismatchException}, which the error handlers answer with 400.
   */
  private interface Conversion {
    @Nullable Object convertir(String nom, String valeur, Class<?> type);
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
    return lecteurs
        .get(parameter.getParameterType())
        .read(
            webRequest::getParameterValues,
            (nom, valeur, type) -> convertir(binderFactory, webRequest, nom, valeur, type));
  }

  private static @Nullable Object convertir(
      @Nullable WebDataBinderFactory binderFactory,
      NativeWebRequest webRequest,
      String nom,
      String valeur,
      Class<?> type) {
    if (binderFactory == null) {
      throw new IllegalStateException("Pas de conversion pour le paramètre " + nom);
    }
    WebDataBinder binder;
    try {
      binder = binderFactory.createBinder(webRequest, null, nom);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    try {
      return binder.convertIfNecessary(valeur, type);
    } catch (TypeMismatchException e) {
      e.initPropertyName(nom);
      throw e;
    }
  }
}
