package fr.education.orion.system;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The errors Tomcat answers itself, before any servlet runs or without forwarding to {@link
 * ErrorPages} (a malformed URL or encoding, headers over the limit…), are in French too: its error
 * report valve, which writes an English « HTTP Status 400 – Bad Request » page, is replaced by one
 * that writes the French page of the status, or a problem under {@code /api}.
 */
@Component
@ConditionalOnWebApplication
class TomcatErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          Host host = (Host) context.getParent();
          for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
              host.getPipeline().removeValve(valve);
            }
          }
          host.getPipeline().addValve(new RapportFrancais());
          // The host would add its default valve at start unless one of this class is there.
          if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(RapportFrancais.class.getName());
          }
        });
  }

  /** After Spring Boot's own customizer, which installs Tomcat's valve. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  /** Writes the French error of the status when nothing was written yet. */
  public static final class RapportFrancais extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable erreur) {
      int statut = response.getStatus();
      if (statut < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      AtomicBoolean ecriturePossible = new AtomicBoolean(false);
      response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ecriturePossible);
      if (!ecriturePossible.get()) {
        return;
      }
      ErrorPage page = ErrorPage.of(statut, null);
      String chemin = request.getCoyoteRequest().requestURI().toString();
      boolean api = chemin != null && ErrorPages.estApi(chemin);
      try {
        response.setHeader("Content-Language", "fr");
        response.setContentType(api ? "application/problem+json" : "text/html");
        response.setCharacterEncoding("UTF-8");
        Writer sortie = response.getReporter();
        if (sortie != null) {
          sortie.write(api ? json(page) : html(page));
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // The client went away, or the answer was already under way: nothing more to say.
      }
    }

    private static String json(ErrorPage page) {
      return "{\"type\":\"about:blank\",\"title\":\""
          + echappe(page.titre())
          + "\",\"status\":"
          + page.statut()
          + ",\"detail\":\""
          + echappe(page.message())
          + "\"}";
    }

    private static String echappe(String texte) {
      return texte.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String html(ErrorPage page) {
      String titre = HtmlUtils.htmlEscape(page.titre());
      return "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
          + "<title>"
          + titre
          + " — Orion</title>"
          + "<link rel=\"stylesheet\" href=\"/assets/dsfr/dsfr.min.css\"></head><body>"
          + "<main class=\"fr-container fr-my-7w\" id=\"contenu\"><h1>"
          + titre
          + "</h1><p class=\"fr-text--sm\">Erreur "
          + page.statut()
          + "</p><p class=\"fr-text--lead\">"
          + HtmlUtils.htmlEscape(page.message())
          + "</p><p><a class=\"fr-btn\" href=\"/\">Page d'accueil</a></p></main></body></html>";
    }
  }
}
