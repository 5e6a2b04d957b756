package fr.education.orion.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.bind.support.DefaultDataBinderFactory;
import org.springframework.web.context.request.ServletWebRequest;

class LectureParametresTest {

  /** A code of the domain, read from a request through the conversion service. */
  record Annee(String code) {
    static Annee of(String saisi) {
      if (!saisi.matches("[0-9]{4}")) {
        throw Problems.badRequest("L'année « " + saisi + " » est invalide : 4 chiffres.");
      }
      return new Annee(saisi);
    }
  }

  @ParametresDeRequete
  record Filtres(@Nullable String texte, List<String> codes, @Nullable Annee annee) {}

  @SuppressWarnings("unused")
  void handler(Filtres filtres) {}

  @Test
  void aComponentOfADomainTypeIsConvertedAndOthersReadAsText() throws Exception {
    Filtres filtres = lire("texte", "a", "codes", "x", "codes", "y", "annee", "2024");

    assertThat(filtres).isEqualTo(new Filtres("a", List.of("x", "y"), new Annee("2024")));
  }

  @Test
  void aMissingParameterIsNull() throws Exception {
    assertThat(lire().annee()).isNull();
  }

  @Test
  void aBlankCodeIsNoCodeButABlankTextIsKept() throws Exception {
    Filtres filtres = lire("texte", "", "annee", " ");

    assertThat(filtres.annee()).isNull();
    assertThat(filtres.texte()).isEmpty();
  }

  @Test
  void aMalformedCodeFailsWithItsTypesFrenchDetail() {
    assertThatThrownBy(() -> lire("annee", "24"))
        .isInstanceOf(TypeMismatchException.class)
        .satisfies(
            e ->
                assertThat(Problems.detail(e))
                    .contains("L'année « 24 » est invalide : 4 chiffres."));
  }

  private Filtres lire(String... nomsEtValeurs) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest();
    for (int i = 0; i < nomsEtValeurs.length; i += 2) {
      request.addParameter(nomsEtValeurs[i], nomsEtValeurs[i + 1]);
    }
    DefaultFormattingConversionService conversion = new DefaultFormattingConversionService();
    conversion.addConverter(String.class, Annee.class, Annee::of);
    ConfigurableWebBindingInitializer initializer = new ConfigurableWebBindingInitializer();
    initializer.setConversionService(conversion);
    MethodParameter parametre =
        new MethodParameter(getClass().getDeclaredMethod("handler", Filtres.class), 0);
    return (Filtres)
        new LectureParametres()
            .resolveArgument(
                parametre,
                null,
                new ServletWebRequest(request),
                new DefaultDataBinderFactory(initializer));
  }
}
