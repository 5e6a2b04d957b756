package fr.education.orion.referentiel;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.SourceLoader;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EtablissementLoaders {

  @Bean
  SourceLoader acceLoader(BulkWriter writer, DSLContext dsl) {
    return EtablissementLoader.acce(writer, dsl);
  }

  @Bean
  SourceLoader annuaireLoader(BulkWriter writer, DSLContext dsl) {
    return EtablissementLoader.annuaire(writer, dsl);
  }

  @Bean
  SourceLoader deppInserJeunesLoader(BulkWriter writer, DSLContext dsl) {
    return EtablissementLoader.deppInserJeunes(writer, dsl);
  }
}
