package fr.education.orion.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The API documentation: Swagger UI at {@value #PAGE} (springdoc's UI starter), the OpenAPI
 * document as JSON at {@value #OPENAPI} and as YAML at {@value #OPENAPI}{@code .yaml}. springdoc
 * builds the document once, when the application starts ({@code springdoc.pre-loading-enabled}),
 * not on the first request.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class DocumentationApi {

  static final String PAGE = "/api/docs";
  static final String OPENAPI = "/api/openapi";

  /** Where springdoc serves Swagger UI's files: beside {@value #PAGE}, which redirects there. */
  static final String INTERFACE = "/api/swagger-ui/";

  @Bean
  OpenAPI descriptionOrion(ObjectProvider<BuildProperties> construction) {
    BuildProperties version = construction.getIfAvailable();
    return new OpenAPI()
        .info(
            new Info()
                .title("API Orion")
                .version(version == null ? "développement" : version.getVersion())
                .description(
                    "Les données publiques d'Orion en JSON : référentiel des formations et des"
                        + " établissements, indicateurs d'entrée (effectifs, capacités, vœux) et de"
                        + " sortie (InserJeunes), panoramas et consoles, avec les mêmes filtres que"
                        + " les pages. Les taux sont des fractions (0,45 pour 45 %). Les erreurs"
                        + " sont des problèmes JSON (RFC 9457), en français.")
                .license(
                    new License()
                        .name("Licence Ouverte 2.0 (etalab-2.0)")
                        .url("https://www.etalab.gouv.fr/licence-ouverte-open-licence/")));
  }

  /**
   * Hands the requests for Swagger UI's files to springdoc's resource handler before the
   * controllers: otherwise {@link ApiFallback}, which answers every other address under {@code
   * /api}, would take them, since controller mappings come before resource handlers.
   */
  @Bean
  HandlerMapping fichiersSwaggerUi(@Qualifier("resourceHandlerMapping") HandlerMapping ressources) {
    return new FichiersSwaggerUi(ressources);
  }

  private record FichiersSwaggerUi(HandlerMapping ressources) implements HandlerMapping, Ordered {

    @Override
    public @Nullable HandlerExecutionChain getHandler(HttpServletRequest request) throws Exception {
      return request.getRequestURI().startsWith(INTERFACE) ? ressources.getHandler(request) : null;
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }
  }
}
