package fr.education.orion.system;

import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The reverse proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} Orion believes:
 * those of {@code orion.proxies} ({@code ORION_PROXIES}: addresses or CIDR blocks,
 * comma-separated), none by default. Tomcat's own default trusts every private address, so anyone
 * on the same network could choose the address login throttling counts, or pass for HTTPS; here a
 * header from any other peer is ignored, and the client is the address of the connection.
 */
@Component
@ConditionalOnWebApplication
class ProxiesDeConfiance
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  private final String reseaux;

  /**
   * @throws IllegalArgumentException at start, for an entry that is not an address or a block
   */
  ProxiesDeConfiance(@Value("${orion.proxies:}") List<String> proxies) {
    this.reseaux = reseaux(proxies);
  }

  /**
   * The proxies as Tomcat reads CIDR blocks: a list that holds a {@code /}; a lone address is a
   * block of one. (A list without one would be read as a regular expression.)
   */
  static String reseaux(List<String> proxies) {
    List<String> blocs = new ArrayList<>();
    for (String proxy : proxies) {
      String p = proxy.strip();
      if (p.isEmpty()) {
        continue;
      }
      String bloc = p.contains("/") ? p : p + (p.contains(":") ? "/128" : "/32");
      try {
        new NetMask(bloc);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "ORION_PROXIES : « " + p + " » n'est ni une adresse IP ni un bloc CIDR.", e);
      }
      blocs.add(bloc);
    }
    return String.join(",", blocs);
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.getEngineValves().stream()
        .filter(RemoteIpValve.class::isInstance)
        .map(RemoteIpValve.class::cast)
        .forEach(valve -> valve.setInternalProxies(reseaux.isEmpty() ? null : reseaux));
  }

  /** After Spring Boot's customizer, which adds the valve with Tomcat's default. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
