package fr.education.orion.referentiel.chargement;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.SourceLoader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FormationLoaders {

  @Bean
  SourceLoader nFormationDiplomeLoader(BulkWriter writer) {
    return FormationLoader.nFormationDiplome(writer);
  }

  @Bean
  SourceLoader vFormationDiplomeLoader(BulkWriter writer) {
    return FormationLoader.vFormationDiplome(writer);
  }

  @Bean
  SourceLoader famillesMetiersLoader(BulkWriter writer) {
    return FamilleMetierLoader.famillesMetiers(writer);
  }

  @Bean
  SourceLoader optionsBtsLoader(BulkWriter writer) {
    return FamilleMetierLoader.optionsBts(writer);
  }
}
