package fr.education.orion.referentiel.chargement;

import static fr.education.orion.ingestion.Column.required;
import static fr.education.orion.ingestion.ColumnKind.CODE_DOMAINE_PROFESSIONNEL;
import static fr.education.orion.ingestion.ColumnKind.CODE_ROME;
import static fr.education.orion.ingestion.ColumnKind.INTEGER;
import static fr.education.orion.ingestion.ColumnKind.TEXT;
import static fr.education.orion.schema.Tables.DOMAINE_PROFESSIONNEL;
import static fr.education.orion.schema.Tables.METIER;
import static fr.education.orion.schema.Tables.ROME;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.referentiel.chargement.TableLoader.Reference;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ROME v4 files of France Travail that map line for line onto a table: domaines professionnels
 * and métiers (appellations). Each file is the whole référentiel and replaces its table.
 */
@Configuration(proxyBeanMethods = false)
class RomeLoaders {

  @Bean
  SourceLoader domaineProfessionnelLoader(BulkWriter writer, DSLContext dsl) {
    SourceFormat format =
        new SourceFormat(
            "domaine_professionnel",
            "France Travail : domaines professionnels du ROME v4",
            List.of(
                required("code_domaine_professionnel", CODE_DOMAINE_PROFESSIONNEL),
                required("libelle_domaine_professionnel", TEXT)),
            71);
    return TableLoader.replacing(
        format,
        DOMAINE_PROFESSIONNEL,
        List.of(DOMAINE_PROFESSIONNEL.CODE_DOMAINE_PROFESSIONNEL, DOMAINE_PROFESSIONNEL.LIBELLE),
        row ->
            new Object[] {
              row.required("code_domaine_professionnel"),
              row.required("libelle_domaine_professionnel")
            },
        writer,
        dsl);
  }

  @Bean
  SourceLoader metierLoader(BulkWriter writer, DSLContext dsl) {
    SourceFormat format =
        new SourceFormat(
            "metier",
            "France Travail : métiers (appellations, code OGR) du ROME v4",
            List.of(
                required("code_ogr", INTEGER),
                required("libelle_appellation_long", TEXT),
                required("code_rome", CODE_ROME)),
            73);
    return TableLoader.replacing(
        format,
        METIER,
        List.of(METIER.CODE_METIER, METIER.LIBELLE, METIER.CODE_ROME),
        row ->
            new Object[] {
              row.required("code_ogr"),
              row.required("libelle_appellation_long"),
              row.required("code_rome")
            },
        writer,
        dsl,
        new Reference("code_rome", ROME.CODE_ROME, "code ROME « %s » absent du référentiel ROME"));
  }
}
