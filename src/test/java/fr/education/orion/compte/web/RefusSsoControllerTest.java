package fr.education.orion.compte.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

/**
 * The SSO's addresses when the SSO is off, which the integration tests cannot reach: their shared
 * context has the SSO on, and Spring Security's filters then answer before the handler.
 */
class RefusSsoControllerTest {

  @Test
  void theSsoAddressesSayTheSsoIsNotOfferedWhenItIsOff() {
    ExtendedModelMap model = new ExtendedModelMap();
    MockHttpServletResponse response = new MockHttpServletResponse();

    String vue = new RefusSsoController().showNotOffered(model, response);

    assertThat(vue).isEqualTo("compte/refus-sso");
    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(((RefusSsoPage) model.get("page")).titre())
        .isEqualTo("Connexion par le portail non proposée");
  }
}
