package fr.education.orion.compte.connexion;

import fr.education.orion.compte.web.ConnexionController;
import java.util.HashSet;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.SupplierClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * Single sign-on with OpenID Connect (authorization code with PKCE, client secret sent in the body,
 * as the ministry's hub expects), added to Orion's security configuration when {@code orion.sso} is
 * configured. The provider's metadata are read at the first login, not at start-up: Orion's public
 * pages must not go down because the hub is.
 *
 * <p>A {@code Customizer<HttpSecurity>} bean: Spring Security applies it to the HttpSecurity of
 * Orion's only filter chain ({@code system.SecurityConfiguration}), whose login page ({@link
 * ConnexionController}, which offers the SSO), logout and refusals serve SSO logins too.
 */
@Component
@EnableConfigurationProperties(SsoProperties.class)
public class AuthentificationUnique implements Customizer<HttpSecurity> {

  /** The login starts at {@code /oauth2/authorization/education}. */
  public static final String FOURNISSEUR = "education";

  public static final String DEBUT =
      OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
          + "/"
          + FOURNISSEUR;

  private final SsoProperties settings;
  private final UtilisateursSso utilisateurs;
  private final SuccesSso succes;
  private final EchecSso echec;

  AuthentificationUnique(
      SsoProperties settings, UtilisateursSso utilisateurs, SuccesSso succes, EchecSso echec) {
    this.settings = settings;
    this.utilisateurs = utilisateurs;
    this.succes = succes;
    this.echec = echec;
  }

  /** Whether the login page offers the SSO. */
  public boolean active() {
    return settings.isActive();
  }

  /** Adds the SSO login to {@code http} when it is configured; does nothing otherwise. */
  @Override
  public void customize(HttpSecurity http) {
    if (!active()) {
      return;
    }
    http.oauth2Login(
        login ->
            login
                // Where a visitor who must sign in is sent, rather than straight to the provider.
                .loginPage(ConnexionController.CHEMIN)
                .clientRegistrationRepository(fournisseurs())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(utilisateurs))
                .successHandler(succes)
                .failureHandler(echec)
                .withObjectPostProcessor(
                    new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                      @Override
                      public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(
                          O filtre) {
                        // An unreachable provider at the start of a login gets its page too.
                        filtre.setAuthenticationFailureHandler(echec);
                        return filtre;
                      }
                    }));
  }

  private ClientRegistrationRepository fournisseurs() {
    return new SupplierClientRegistrationRepository(
        () -> new InMemoryClientRegistrationRepository(inscription()));
  }

  private ClientRegistration inscription() {
    return ClientRegistrations.fromIssuerLocation(settings.issuer())
        .registrationId(FOURNISSEUR)
        .clientName("Portail de l'Éducation nationale")
        .clientId(settings.clientId())
        .clientSecret(settings.clientSecret())
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
        .scope(new HashSet<>(settings.scopes()))
        .redirectUri(settings.redirectUri())
        .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
        .build();
  }
}
