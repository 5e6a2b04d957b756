package fr.education.orion.referentiel.chargement;

import static fr.education.orion.ingestion.Column.optional;
import static fr.education.orion.ingestion.Column.required;
import static fr.education.orion.ingestion.ColumnKind.CFD;
import static fr.education.orion.ingestion.ColumnKind.CODE_DISCIPLINE;
import static fr.education.orion.ingestion.ColumnKind.CODE_DISPOSITIF;
import static fr.education.orion.ingestion.ColumnKind.CODE_REGION;
import static fr.education.orion.ingestion.ColumnKind.MEFSTAT11;
import static fr.education.orion.ingestion.ColumnKind.TEXT;
import static fr.education.orion.schema.Tables.ACTION_PRIORITAIRE;
import static fr.education.orion.schema.Tables.DISCIPLINE;
import static fr.education.orion.schema.Tables.DISPOSITIF;
import static fr.education.orion.schema.Tables.FORMATION;
import static fr.education.orion.schema.Tables.MEF;
import static fr.education.orion.schema.Tables.REGION;
import static fr.education.orion.schema.Tables.REGROUPEMENT_MEFSTAT;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.referentiel.chargement.TableLoader.Reference;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Referentials the Orion team maintains by hand: the actions prioritaires of each région, the
 * disciplines of the demande form and the DGESCO A2-2 regroupements of MEFSTAT11. Each file is the
 * whole list and replaces its table (a formation no longer prioritaire disappears).
 */
@Configuration(proxyBeanMethods = false)
class OrionReferentielLoaders {

  static final String CFD_ABSENT_DE_LA_BCN = "CFD « %s » absent de la BCN";

  @Bean
  SourceLoader actionPrioritaireLoader(BulkWriter writer, DSLContext dsl) {
    SourceFormat format =
        new SourceFormat(
            "actions_prioritaires",
            "Orion : formations en action prioritaire par région et dispositif",
            List.of(
                required("cfd", CFD),
                required("codeRegion", CODE_REGION),
                required("codeDispositif", CODE_DISPOSITIF),
                optional("Formation", TEXT),
                optional("Région sélectionnée", TEXT)),
            77);
    return TableLoader.replacing(
        format,
        ACTION_PRIORITAIRE,
        List.of(
            ACTION_PRIORITAIRE.CFD,
            ACTION_PRIORITAIRE.CODE_REGION,
            ACTION_PRIORITAIRE.CODE_DISPOSITIF),
        row ->
            new Object[] {
              row.required("cfd"), row.required("codeRegion"), row.required("codeDispositif")
            },
        writer,
        dsl,
        new Reference("cfd", FORMATION.CFD, CFD_ABSENT_DE_LA_BCN),
        new Reference("codeRegion", REGION.CODE_REGION, "région « %s » inconnue du référentiel"),
        new Reference(
            "codeDispositif", DISPOSITIF.CODE_DISPOSITIF, "dispositif « %s » absent de la BCN"));
  }

  @Bean
  SourceLoader disciplineLoader(BulkWriter writer, DSLContext dsl) {
    SourceFormat format =
        new SourceFormat(
            "discipline",
            "Orion : disciplines d'enseignement (besoins en personnels des demandes)",
            List.of(
                required("codeDiscipline", CODE_DISCIPLINE), required("libelleDiscipline", TEXT)),
            78);
    return TableLoader.replacing(
        format,
        DISCIPLINE,
        List.of(DISCIPLINE.CODE_DISCIPLINE, DISCIPLINE.LIBELLE),
        row -> new Object[] {row.required("codeDiscipline"), row.required("libelleDiscipline")},
        writer,
        dsl);
  }

  @Bean
  SourceLoader regroupementLoader(BulkWriter writer, DSLContext dsl) {
    SourceFormat format =
        new SourceFormat(
            "regroupements",
            "DGESCO A2-2 : regroupements des MEFSTAT11",
            List.of(required("REGROUPEMENT A2-2", TEXT), required("MEF_STAT_11", MEFSTAT11)),
            79);
    return TableLoader.replacing(
        format,
        REGROUPEMENT_MEFSTAT,
        List.of(REGROUPEMENT_MEFSTAT.MEFSTAT11, REGROUPEMENT_MEFSTAT.REGROUPEMENT),
        row -> new Object[] {row.required("MEF_STAT_11"), row.required("REGROUPEMENT A2-2")},
        writer,
        dsl,
        new Reference("MEF_STAT_11", MEF.MEFSTAT11, "MEFSTAT11 « %s » absent de N_MEF"));
  }
}
