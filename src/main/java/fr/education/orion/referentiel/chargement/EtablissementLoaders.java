package fr.education.orion.referentiel.chargement;

import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.referentiel.EtablissementWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EtablissementLoaders {

  @Bean
  SourceLoader acceLoader(EtablissementWriter writer) {
    return EtablissementLoader.acce(writer);
  }

  @Bean
  SourceLoader annuaireLoader(EtablissementWriter writer) {
    return EtablissementLoader.annuaire(writer);
  }
}
