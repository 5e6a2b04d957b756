package fr.education.orion.compte.connexion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * Which refusal page an SSO failure leads to. The provider failures Spring reports (token or
 * userinfo call failed, metadata unreachable) cannot be played by the in-test provider, whose
 * endpoints always answer: their codes are checked here.
 */
class EchecSsoTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "email-absent, EMAIL_ABSENT",
    "compte-desactive, COMPTE_DESACTIVE",
    "aucun-droit, AUCUN_DROIT",
    "etablissement-inconnu, ETABLISSEMENT_INCONNU",
    "academie-inconnue, ACADEMIE_INCONNUE",
    "invalid_id_token, JETON_INVALIDE",
    "invalid_nonce, JETON_INVALIDE",
    "authorization_request_not_found, CONNEXION_INTERROMPUE",
    "invalid_state_parameter, CONNEXION_INTERROMPUE",
    "access_denied, CONNEXION_INTERROMPUE",
    "login_required, CONNEXION_INTERROMPUE",
    "invalid_token_response, FOURNISSEUR_INDISPONIBLE",
    "invalid_user_info_response, FOURNISSEUR_INDISPONIBLE",
    "server_error, FOURNISSEUR_INDISPONIBLE",
  })
  void leadsEachErrorCodeToItsPage(String code, RefusSso motif) {
    assertThat(EchecSso.motif(new OAuth2AuthenticationException(code))).isEqualTo(motif);
  }

  @Test
  void anUnreachableProviderAtTheStartOfALoginIsAProviderFailure() {
    assertThat(EchecSso.motif(new AuthenticationServiceException("Connection refused")))
        .isEqualTo(RefusSso.FOURNISSEUR_INDISPONIBLE);
  }
}
