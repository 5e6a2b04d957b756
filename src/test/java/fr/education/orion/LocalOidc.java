package fr.education.orion;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real OpenID Connect provider for the tests ({@code mock-oauth2-server}), started once on
 * loopback before the shared application context, which is configured to use it ({@link
 * Initializer}, registered on {@link OrionIT}). Each test says who logs in next ({@link
 * #prochaineConnexion}); without that, the provider would log in a user with no claims.
 */
public final class LocalOidc {

  public static final String ISSUER_ID = "education";
  public static final String CLIENT_ID = "orion-test";
  public static final String CLIENT_SECRET = "secret-de-test";

  private static final MockOAuth2Server SERVER = start();

  private LocalOidc() {}

  private static MockOAuth2Server start() {
    MockOAuth2Server server = new MockOAuth2Server();
    server.start(InetAddress.getLoopbackAddress(), 0);
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
    return server;
  }

  public static String issuer() {
    return SERVER.issuerUrl(ISSUER_ID).toString();
  }

  /**
   * The next login at the provider is {@code sub}, with these claims in its ID token, access token
   * and userinfo.
   */
  public static void prochaineConnexion(String sub, Map<String, Object> claims) {
    SERVER.enqueueCallback(
        new DefaultOAuth2TokenCallback(ISSUER_ID, sub, "JWT", List.of(CLIENT_ID), claims, 3600));
  }

  /** The next login's tokens expired an hour ago: Orion must not trust them. */
  public static void prochaineConnexionExpiree(String sub, Map<String, Object> claims) {
    SERVER.enqueueCallback(
        new DefaultOAuth2TokenCallback(ISSUER_ID, sub, "JWT", List.of(CLIENT_ID), claims, -3600));
  }

  /** Points Orion's SSO at this provider. */
  public static final class Initializer
      implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      TestPropertyValues.of(
              "orion.sso.issuer=" + issuer(),
              "orion.sso.client-id=" + CLIENT_ID,
              "orion.sso.client-secret=" + CLIENT_SECRET)
          .applyTo(context);
    }
  }
}
