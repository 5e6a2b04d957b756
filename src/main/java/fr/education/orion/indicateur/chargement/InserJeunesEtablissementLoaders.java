package fr.education.orion.indicateur.chargement;

import fr.education.orion.indicateur.chargement.InserJeunesEtablissementLoader.Fichier;
import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.referentiel.EtablissementWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two kinds of DEPP per-établissement InserJeunes files: lycées ("pro") and CFA. */
@Configuration(proxyBeanMethods = false)
class InserJeunesEtablissementLoaders {

  @Bean
  SourceLoader inserJeunesLyceesLoader(BulkWriter writer, EtablissementWriter etablissements) {
    return new InserJeunesEtablissementLoader(Fichier.PRO, writer, etablissements);
  }

  @Bean
  SourceLoader inserJeunesCfaLoader(BulkWriter writer, EtablissementWriter etablissements) {
    return new InserJeunesEtablissementLoader(Fichier.APPRENTISSAGE, writer, etablissements);
  }
}
