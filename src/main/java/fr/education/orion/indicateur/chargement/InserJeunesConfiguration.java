package fr.education.orion.indicateur.chargement;

import fr.education.orion.ingestion.ImportFile;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The InserJeunes API client and its import, only when {@code orion.inserjeunes.url} is set: by
 * default Orion calls nothing outside.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InserJeunesProperties.class)
class InserJeunesConfiguration {

  private static final String URL_SET = "!'${orion.inserjeunes.url:}'.isBlank()";

  @Bean
  @ConditionalOnExpression(URL_SET)
  InserJeunesSource inserJeunesSource(InserJeunesProperties settings, JsonMapper json) {
    return new InserJeunesClient(settings, json);
  }

  @Bean
  @ConditionalOnExpression(URL_SET)
  ImportInserJeunes importInserJeunes(
      ImportFile importFile, InserJeunesSource source, DSLContext dsl) {
    return new ImportInserJeunes(importFile, source, dsl);
  }
}
