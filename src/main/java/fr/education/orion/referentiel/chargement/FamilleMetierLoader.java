package fr.education.orion.referentiel.chargement;

import static fr.education.orion.ingestion.Column.optional;
import static fr.education.orion.ingestion.Column.present;
import static fr.education.orion.ingestion.Column.required;
import static fr.education.orion.ingestion.ColumnKind.CFD;
import static fr.education.orion.ingestion.ColumnKind.MEFSTAT11;
import static fr.education.orion.ingestion.ColumnKind.TEXT;
import static fr.education.orion.schema.Tables.FAMILLE_METIER;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.Column;
import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;

/**
 * Orion's familles de métiers (bac pro: a 2nde commune then a spécialité) and BTS options (a 1st
 * year in common then an option). Each spécialité points at its classe commune, which has a row of
 * its own.
 */
final class FamilleMetierLoader implements SourceLoader {

  private final SourceFormat format;
  private final BulkWriter writer;

  private FamilleMetierLoader(SourceFormat format, BulkWriter writer) {
    this.format = format;
    this.writer = writer;
  }

  static FamilleMetierLoader famillesMetiers(BulkWriter writer) {
    return new FamilleMetierLoader(
        new SourceFormat(
            "orion_familles_metiers",
            "Orion : familles de métiers de la voie professionnelle (2nde commune et spécialités)",
            List.of(
                required("FAMILLE", TEXT),
                required("CFD_COMMUN", CFD),
                required("CFD_SPECIALITE", CFD),
                present("SPECIALITE", TEXT),
                present("MEFSTAT11_COMMUN", MEFSTAT11),
                present("MEFSTAT11_SPECIALITE", MEFSTAT11)),
            60),
        writer);
  }

  static FamilleMetierLoader optionsBts(BulkWriter writer) {
    List<Column> columns =
        List.of(
            required("FAMILLE", TEXT),
            required("CFD_COMMUN", CFD),
            required("CFD_SPECIALITE", CFD),
            present("SPECIALITE", TEXT),
            present("RS CFDannee1", TEXT),
            optional("RS CFDannee2", TEXT));
    return new FamilleMetierLoader(
        new SourceFormat(
            "orion_options_bts",
            "Orion : BTS à options (1re année commune et options)",
            columns,
            61),
        writer);
  }

  @Override
  public SourceFormat format() {
    return format;
  }

  @Override
  public LoadResult load(SourceRows rows) {
    Map<String, Object[]> familles = new LinkedHashMap<>();
    for (SourceRow row : rows) {
      String commun = row.required("CFD_COMMUN");
      String specialite = row.required("CFD_SPECIALITE");
      String famille = row.required("FAMILLE");
      familles.putIfAbsent(commun, new Object[] {commun, commun, famille, null, format.type()});
      familles.put(
          specialite,
          new Object[] {specialite, commun, famille, row.text("SPECIALITE"), format.type()});
    }
    int changed =
        writer.upsert(
            FAMILLE_METIER,
            List.of(
                FAMILLE_METIER.CFD,
                FAMILLE_METIER.CFD_FAMILLE,
                FAMILLE_METIER.LIBELLE_FAMILLE,
                FAMILLE_METIER.LIBELLE_SPECIALITE,
                FAMILLE_METIER.ORIGINE),
            familles.values(),
            DSL.trueCondition());
    return LoadResult.of(rows, changed);
  }
}
