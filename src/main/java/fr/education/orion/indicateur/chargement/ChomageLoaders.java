package fr.education.orion.indicateur.chargement;

import static fr.education.orion.ingestion.Column.required;
import static fr.education.orion.ingestion.ColumnKind.CODE_DEPARTEMENT;
import static fr.education.orion.ingestion.ColumnKind.CODE_REGION;
import static fr.education.orion.ingestion.ColumnKind.DECIMAL;
import static fr.education.orion.ingestion.ColumnKind.INTEGER;
import static fr.education.orion.schema.Tables.CHOMAGE_DEPARTEMENT;
import static fr.education.orion.schema.Tables.CHOMAGE_REGION;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.Rejet;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import fr.education.orion.ingestion.Vraisemblance;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * INSEE localised unemployment rates, per région and per département, with a decimal comma. The
 * years of a file replace what was known of them.
 */
@Configuration(proxyBeanMethods = false)
class ChomageLoaders {

  @Bean
  SourceLoader chomageRegionLoader(BulkWriter writer) {
    return new ChomageLoader(
        new SourceFormat(
            "chomage_regional_insee",
            "INSEE : taux de chômage localisés par région",
            List.of(
                required("codeRegion", CODE_REGION),
                required("rentreeScolaire", INTEGER),
                required("tauxChomage", DECIMAL)),
            130),
        "codeRegion",
        CHOMAGE_REGION,
        CHOMAGE_REGION.CODE_REGION,
        CHOMAGE_REGION.ANNEE,
        CHOMAGE_REGION.TAUX_CHOMAGE,
        writer);
  }

  @Bean
  SourceLoader chomageDepartementLoader(BulkWriter writer) {
    return new ChomageLoader(
        new SourceFormat(
            "chomage_departemental_insee",
            "INSEE : taux de chômage localisés par département",
            List.of(
                required("codeDepartement", CODE_DEPARTEMENT),
                required("rentreeScolaire", INTEGER),
                required("tauxChomage", DECIMAL)),
            131),
        "codeDepartement",
        CHOMAGE_DEPARTEMENT,
        CHOMAGE_DEPARTEMENT.CODE_DEPARTEMENT,
        CHOMAGE_DEPARTEMENT.ANNEE,
        CHOMAGE_DEPARTEMENT.TAUX_CHOMAGE,
        writer);
  }

  /**
   * An unemployment rate is a percentage: outside 0–100 it is a mistake of the file (a rate written
   * as a share, a shifted column), though well formed.
   */
  private static final List<Vraisemblance> VRAISEMBLANCES =
      List.of(
          Vraisemblance.entre(
              "tauxChomage", 0, 100, "un taux de chômage est un pourcentage, entre 0 et 100"));

  /** One territory level: its code column in the file and its table. */
  private record ChomageLoader(
      SourceFormat format,
      String codeColumn,
      Table<?> table,
      Field<String> code,
      Field<String> annee,
      Field<java.math.BigDecimal> taux,
      BulkWriter writer)
      implements SourceLoader {

    @Override
    public List<Rejet> valeursInvraisemblables(SourceRows rows) {
      return Vraisemblance.check(rows, VRAISEMBLANCES);
    }

    @Override
    public LoadResult load(SourceRows rows) {
      Map<List<String>, Object[]> rates = new LinkedHashMap<>();
      Set<String> years = new LinkedHashSet<>();
      for (SourceRow row : rows) {
        String territoire = row.required(codeColumn);
        String year = row.required("rentreeScolaire");
        years.add(year);
        rates.put(
            List.of(territoire, year), new Object[] {territoire, year, row.decimal("tauxChomage")});
      }
      int changed =
          writer.replace(table, List.of(code, annee, taux), rates.values(), annee.in(years));
      return LoadResult.of(rows, changed);
    }
  }
}
