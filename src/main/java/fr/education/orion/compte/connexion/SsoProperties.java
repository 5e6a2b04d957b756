package fr.education.orion.compte.connexion;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on with an OpenID Connect provider (the ministry's hub). Off until the issuer and the
 * client id are given; then the login page offers it.
 *
 * @param issuer the provider's issuer URL, whose {@code /.well-known/openid-configuration} Orion
 *     reads at the first SSO login ({@code ORION_SSO_ISSUER})
 * @param clientId Orion's client id at the provider ({@code ORION_SSO_CLIENT_ID})
 * @param clientSecret its secret, from the environment only ({@code ORION_SSO_CLIENT_SECRET})
 * @param scopes the scopes asked for ({@code ORION_SSO_SCOPES}, comma-separated)
 * @param redirectUri where the provider sends the user back, as registered there; Spring's
 *     placeholders {@code {baseUrl}} and {@code {registrationId}} are filled per request
 * @param attributAcademie the claim naming the user's académie
 * @param regles the mapping from claims to rights, by priority ({@link CorrespondanceSso})
 */
@ConfigurationProperties("orion.sso")
record SsoProperties(
    @Nullable String issuer,
    @Nullable String clientId,
    @Nullable String clientSecret,
    @DefaultValue({"openid", "email", "profile"}) List<String> scopes,
    @DefaultValue("{baseUrl}/login/oauth2/code/{registrationId}") String redirectUri,
    @DefaultValue("codaca") String attributAcademie,
    @DefaultValue List<RegleSso> regles) {

  boolean isActive() {
    return issuer != null && !issuer.isBlank() && clientId != null && !clientId.isBlank();
  }

  CorrespondanceSso correspondance() {
    return new CorrespondanceSso(regles, attributAcademie);
  }
}
