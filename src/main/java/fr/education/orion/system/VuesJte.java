package fr.education.orion.system;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * The pages are rendered into bytes, then sent with their length in writes of {@value #TAMPON}
 * bytes. The templates are compiled with their fixed text already encoded in UTF-8 ({@code
 * binaryStaticContent} in the build), so only the data are encoded per request; jte's own view
 * wrote every character through the servlet's writer.
 */
@Configuration(proxyBeanMethods = false)
class VuesJte {

  private static final int TAMPON = 1 << 16;

  @Bean
  JteViewResolver jteViewResolver(TemplateEngine moteur, JteProperties proprietes) {
    return new Resolveur(moteur, proprietes);
  }

  private static final class Resolveur extends JteViewResolver {

    private final TemplateEngine moteur;

    Resolveur(TemplateEngine moteur, JteProperties proprietes) {
      super(moteur, proprietes);
      this.moteur = moteur;
      setViewClass(Vue.class);
    }

    @Override
    protected AbstractUrlBasedView instantiateView() {
      return new Vue(moteur);
    }
  }

  private static final class Vue extends JteView {

    private final TemplateEngine moteur;

    Vue(TemplateEngine moteur) {
      super(moteur);
      this.moteur = moteur;
    }

    @Override
    protected void renderMergedTemplateModel(
        Map<String, Object> modele, HttpServletRequest requete, HttpServletResponse reponse)
        throws Exception {
      Utf8ByteOutput page = new Utf8ByteOutput();
      moteur.render(getUrl(), modele, page);
      reponse.setCharacterEncoding(StandardCharsets.UTF_8.name());
      reponse.setContentLength(page.getContentLength());
      // In large writes: each write goes through the wrappers of the response (Spring Security's).
      OutputStream sortie = new BufferedOutputStream(reponse.getOutputStream(), TAMPON);
      page.writeTo(sortie);
      sortie.flush();
    }
  }
}
