package fr.education.orion.referentiel.chargement;

import static fr.education.orion.ingestion.Column.optional;
import static fr.education.orion.ingestion.Column.present;
import static fr.education.orion.ingestion.Column.required;
import static fr.education.orion.ingestion.ColumnKind.CFD;
import static fr.education.orion.ingestion.ColumnKind.DATE;
import static fr.education.orion.ingestion.ColumnKind.TEXT;
import static fr.education.orion.schema.Tables.FORMATION;
import static fr.education.orion.schema.Tables.FORMATION_LIGNEE;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.Column;
import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.Rejet;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.Recherche;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Formations (CFD) from the BCN tables N_FORMATION_DIPLOME (current diplomas, with the renovation
 * lineage) and V_FORMATION_DIPLOME (every diploma ever, including closed ones). A CFD present in
 * both keeps the N version. The niveau is the first 3 characters of the CFD and the NSF group the
 * next 3, as in the BCN coding of CFDs.
 */
final class FormationLoader implements SourceLoader {

  static final int LINEAGE_COLUMNS = 7;

  private final SourceFormat format;
  private final boolean current;
  private final BulkWriter writer;

  private FormationLoader(SourceFormat format, boolean current, BulkWriter writer) {
    this.format = format;
    this.current = current;
    this.writer = writer;
  }

  static FormationLoader nFormationDiplome(BulkWriter writer) {
    List<Column> columns = new ArrayList<>(commonColumns());
    IntStream.rangeClosed(1, LINEAGE_COLUMNS)
        .forEach(
            i -> {
              // Lineage columns also hold pre-BCN codes of 7 characters: set aside with a warning.
              columns.add(present("ANCIEN_DIPLOME_" + i, TEXT));
              columns.add(present("NOUVEAU_DIPLOME_" + i, TEXT));
            });
    return new FormationLoader(
        new SourceFormat(
            "bcn_n_formation_diplome",
            "BCN N_FORMATION_DIPLOME : formations en vigueur et leur lignée de rénovation",
            columns,
            30),
        true,
        writer);
  }

  static FormationLoader vFormationDiplome(BulkWriter writer) {
    return new FormationLoader(
        new SourceFormat(
            "bcn_v_formation_diplome",
            "BCN V_FORMATION_DIPLOME : toutes les formations, y compris fermées",
            commonColumns(),
            31),
        false,
        writer);
  }

  private static List<Column> commonColumns() {
    return List.of(
        required("FORMATION_DIPLOME", CFD),
        required("LIBELLE_LONG_200", TEXT),
        present("LIBELLE_COURT", TEXT),
        present("DATE_OUVERTURE", DATE),
        present("DATE_FERMETURE", DATE),
        present("NIVEAU_FORMATION_DIPLOME", TEXT),
        present("GROUPE_SPECIALITE", TEXT),
        optional("NATURE_FORMATION_DIPLOME", TEXT));
  }

  @Override
  public SourceFormat format() {
    return format;
  }

  @Override
  public LoadResult load(SourceRows rows) {
    Map<String, Object[]> formations = new LinkedHashMap<>();
    Map<List<String>, Object[]> lignee = new LinkedHashMap<>();
    List<Rejet> avertissements = new ArrayList<>();
    List<Object[]> formationRows = rows.map(this::formation);
    for (int r = 0; r < rows.size(); r++) {
      SourceRow row = rows.rows().get(r);
      String cfd = row.required("FORMATION_DIPLOME");
      formations.put(cfd, formationRows.get(r));
      if (current) {
        for (int i = 1; i <= LINEAGE_COLUMNS; i++) {
          String ancien = lineageCode(row, "ANCIEN_DIPLOME_" + i, avertissements);
          if (ancien != null && !ancien.equals(cfd)) {
            lignee.put(List.of(ancien, cfd), new Object[] {ancien, cfd, true});
          }
          String nouveau = lineageCode(row, "NOUVEAU_DIPLOME_" + i, avertissements);
          if (nouveau != null && !nouveau.equals(cfd)) {
            // A pair also read from the new formation's own row stays historique.
            lignee.putIfAbsent(List.of(cfd, nouveau), new Object[] {cfd, nouveau, false});
          }
        }
      }
    }
    List<Field<?>> fields =
        List.of(
            FORMATION.CFD,
            FORMATION.LIBELLE,
            FORMATION.LIBELLE_COURT,
            FORMATION.CODE_NIVEAU_DIPLOME,
            FORMATION.CODE_NSF,
            FORMATION.DATE_OUVERTURE,
            FORMATION.DATE_FERMETURE,
            FORMATION.NATURE,
            FORMATION.SOURCE,
            FORMATION.RECHERCHE);
    // N always wins; V only fills in or updates what came from V.
    int changed =
        writer.upsert(
            FORMATION,
            fields,
            formations.values(),
            current ? DSL.trueCondition() : FORMATION.SOURCE.eq("V"));
    changed +=
        writer.upsert(
            FORMATION_LIGNEE,
            List.of(
                FORMATION_LIGNEE.ANCIEN_CFD,
                FORMATION_LIGNEE.NOUVEAU_CFD,
                FORMATION_LIGNEE.HISTORIQUE),
            lignee.values(),
            DSL.trueCondition());
    return LoadResult.of(rows, changed, List.of(), avertissements);
  }

  /** The row of the formation a line describes. */
  private Object[] formation(SourceRow row) {
    String cfd = row.required("FORMATION_DIPLOME");
    String libelle = row.required("LIBELLE_LONG_200");
    return new Object[] {
      cfd,
      libelle,
      row.text("LIBELLE_COURT"),
      cfd.substring(0, 3),
      cfd.substring(3, 6),
      row.date("DATE_OUVERTURE"),
      row.date("DATE_FERMETURE"),
      row.text("NATURE_FORMATION_DIPLOME"),
      current ? "N" : "V",
      Recherche.normalize(cfd, libelle)
    };
  }

  private static @Nullable String lineageCode(
      SourceRow row, String column, List<Rejet> avertissements) {
    String code = row.text(column);
    if (code == null || Cfd.estValide(code)) {
      return code;
    }
    avertissements.add(
        Rejet.ofLine(row, column, "« " + code + " » n'est pas un CFD : lien de rénovation ignoré"));
    return null;
  }
}
