package fr.education.orion.indicateur.chargement;

import static fr.education.orion.ingestion.Column.present;
import static fr.education.orion.ingestion.Column.required;
import static fr.education.orion.ingestion.ColumnKind.CFD;
import static fr.education.orion.ingestion.ColumnKind.CODE_REGION;
import static fr.education.orion.ingestion.ColumnKind.INTEGER;
import static fr.education.orion.ingestion.ColumnKind.MEFSTAT11;
import static fr.education.orion.ingestion.ColumnKind.TEXT;
import static fr.education.orion.schema.Tables.INSERJEUNES_REGION;

import fr.education.orion.indicateur.Millesime;
import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.Rejet;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import fr.education.orion.referentiel.Voie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Row2;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * InserJeunes counts per millésime, région, voie and formation (the regional API answers, as the
 * Orion team dumps them, or as {@code orion inserjeunes --regions} receives them). Rates are not
 * read: Orion recomputes them from the counts. Each (millésime, région) of the file replaces what
 * was known of it; the others are kept, so that an API answer for some régions leaves the rest.
 */
@Component
class InserJeunesRegionLoader implements SourceLoader {

  static final String TYPE = "inserjeunes_region";
  private static final List<String> COUNTS = InserJeunesMesures.COUNTS;

  private static final SourceFormat FORMAT;

  static {
    List<fr.education.orion.ingestion.Column> columns =
        new ArrayList<>(
            List.of(
                required("millesime", TEXT),
                required("code_region", CODE_REGION),
                required("voie", TEXT),
                present("cfd", CFD),
                present("mefstat11", MEFSTAT11)));
    COUNTS.forEach(count -> columns.add(present(count, INTEGER)));
    FORMAT =
        new SourceFormat(
            TYPE,
            "InserJeunes : effectifs de sortants, en emploi et en poursuite d'études par région et formation",
            columns,
            110);
  }

  private final BulkWriter writer;

  InserJeunesRegionLoader(BulkWriter writer) {
    this.writer = writer;
  }

  @Override
  public SourceFormat format() {
    return FORMAT;
  }

  @Override
  public LoadResult load(SourceRows rows) {
    Map<List<String>, Object[]> counts = new LinkedHashMap<>();
    Set<Row2<String, String>> scope = new LinkedHashSet<>();
    List<Rejet> rejets = new ArrayList<>();
    for (SourceRow row : rows) {
      String millesime = row.required("millesime");
      String voie = row.required("voie");
      if (!Millesime.estValide(millesime)) {
        rejets.add(
            Rejet.ofLine(
                row, "millesime", "« " + millesime + " » n'est pas un millésime AAAA_AAAA"));
        continue;
      }
      String formation =
          switch (voie) {
            case Voie.CODE_SCOLAIRE -> row.text("mefstat11");
            case Voie.CODE_APPRENTISSAGE -> row.text("cfd");
            default -> null;
          };
      if (formation == null) {
        rejets.add(
            Rejet.ofLine(
                row,
                "voie",
                "voie « " + voie + " » sans MEFSTAT11 (scolaire) ni CFD (apprentissage)"));
        continue;
      }
      String region = row.required("code_region");
      scope.add(DSL.row(millesime, region));
      Object[] values = new Object[4 + COUNTS.size()];
      values[0] = millesime;
      values[1] = region;
      values[2] = voie;
      values[3] = formation;
      for (int i = 0; i < COUNTS.size(); i++) {
        values[4 + i] = row.integer(COUNTS.get(i));
      }
      counts.put(List.of(millesime, region, voie, formation), values);
    }
    int changed =
        writer.replace(
            INSERJEUNES_REGION,
            List.of(
                INSERJEUNES_REGION.MILLESIME,
                INSERJEUNES_REGION.CODE_REGION,
                INSERJEUNES_REGION.VOIE,
                INSERJEUNES_REGION.CODE_FORMATION,
                INSERJEUNES_REGION.NB_ANNEE_TERM,
                INSERJEUNES_REGION.NB_SORTANT,
                INSERJEUNES_REGION.NB_POURSUITE_ETUDES,
                INSERJEUNES_REGION.NB_EN_EMPLOI_6_MOIS,
                INSERJEUNES_REGION.NB_EN_EMPLOI_12_MOIS,
                INSERJEUNES_REGION.NB_EN_EMPLOI_24_MOIS),
            counts.values(),
            scope.isEmpty()
                ? DSL.falseCondition()
                : DSL.row(INSERJEUNES_REGION.MILLESIME, INSERJEUNES_REGION.CODE_REGION).in(scope));
    return LoadResult.of(rows, changed, rejets);
  }
}
