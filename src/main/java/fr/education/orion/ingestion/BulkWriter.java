package fr.education.orion.ingestion;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;

/**
 * Bulk writes for importers: rows go to a temporary table by PostgreSQL {@code COPY}, then into the
 * target table in one statement. Rows whose values are already there are left untouched, so
 * importing the same file twice changes nothing.
 */
@Component
public final class BulkWriter {

  private final DSLContext dsl;

  BulkWriter(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * Inserts the rows, or updates the existing row with the same primary key when a value differs
   * and {@code updateWhen} (evaluated on the existing row) holds.
   *
   * @return the number of rows inserted or changed
   */
  public int upsert(
      Table<?> table, List<Field<?>> fields, Collection<Object[]> rows, Condition updateWhen) {
    if (rows.isEmpty()) {
      return 0;
    }
    Table<Record> staging = copyToStaging(table, fields, rows);
    int changed = merge(table, fields, staging, updateWhen);
    dsl.dropTable(staging).execute();
    return changed;
  }

  /** Inserts the rows whose primary key is not there yet; existing rows are kept as they are. */
  public int insertMissing(Table<?> table, List<Field<?>> fields, Collection<Object[]> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    Table<Record> staging = copyToStaging(table, fields, rows);
    int inserted =
        dsl.insertInto(table)
            .columns(fields)
            .select(dsl.select(stagingFields(staging, fields)).from(staging))
            .onConflictDoNothing()
            .execute();
    dsl.dropTable(staging).execute();
    return inserted;
  }

  /**
   * Makes the rows within {@code scope} exactly those given: upserts them, then deletes the rows of
   * the scope that are not among them (a newer version of a file replaces the older one).
   *
   * @return the number of rows inserted, changed or deleted
   */
  public int replace(
      Table<?> table, List<Field<?>> fields, Collection<Object[]> rows, Condition scope) {
    Table<Record> staging = copyToStaging(table, fields, rows);
    int changed = merge(table, fields, staging, DSL.trueCondition());
    if (changed > 0) {
      // Fresh statistics, so that the rows just merged are counted when the deletion is planned: a
      // table whose statistics predate them would be planned as an empty scope, and a nested loop
      // over thousands of rows takes minutes. Later queries of the same transaction use them too.
      // When nothing was merged, the statistics of the previous import still hold.
      dsl.query("analyze {0}", table).execute();
    }
    changed +=
        dsl.deleteFrom(table)
            .where(scope)
            .andNotExists(dsl.selectOne().from(staging).where(sameKey(table, staging)))
            .execute();
    dsl.dropTable(staging).execute();
    return changed;
  }

  /**
   * One MERGE: it joins the staging table to the target as a whole (a hash join) rather than
   * probing the primary key once per row as {@code INSERT … ON CONFLICT} does, which matters when
   * most rows are already there unchanged. The staging table is aliased {@code excluded}, as the
   * incoming row is named in {@code ON CONFLICT}, so that {@code updateWhen} can compare with it
   * through {@link DSL#excluded}.
   */
  private int merge(
      Table<?> table, List<Field<?>> fields, Table<Record> staging, Condition updateWhen) {
    Table<Record> incoming = staging.as("excluded");
    List<Field<?>> key = List.copyOf(table.getPrimaryKey().getFields());
    List<Field<?>> updated = fields.stream().filter(field -> !key.contains(field)).toList();
    var merge = dsl.mergeInto(table).using(incoming).on(sameKey(table, incoming));
    var insert = stagingFields(incoming, fields);
    if (updated.isEmpty()) {
      return merge.whenNotMatchedThenInsert(fields).values(insert).execute();
    }
    Map<Field<?>, Field<?>> assignments =
        updated.stream().collect(Collectors.toMap(Function.identity(), DSL::excluded));
    return merge
        .whenMatchedAnd(
            DSL.row(updated)
                .isDistinctFrom(DSL.row(updated.stream().map(DSL::excluded).toList()))
                .and(updateWhen))
        .thenUpdate()
        .set(assignments)
        .whenNotMatchedThenInsert(fields)
        .values(insert)
        .execute();
  }

  private static Condition sameKey(Table<?> table, Table<Record> staging) {
    Condition sameKey = DSL.trueCondition();
    for (Field<?> field : table.getPrimaryKey().getFields()) {
      sameKey = sameKey.and(DSL.field(field.getQualifiedName()).eq(stagingField(staging, field)));
    }
    return sameKey;
  }

  private Table<Record> copyToStaging(
      Table<?> table, List<Field<?>> fields, Collection<Object[]> rows) {
    Name stagingName = stagingName(table);
    Table<Record> staging = DSL.table(stagingName);
    dsl.dropTableIfExists(staging).execute();
    dsl.createTemporaryTable(staging)
        .as(dsl.select(fields).from(table).where(DSL.falseCondition()))
        .withNoData()
        .execute();
    String columns =
        fields.stream()
            .map(field -> dsl.render(DSL.name(field.getName())))
            .collect(Collectors.joining(", "));
    // Identifiers only, rendered and quoted by jOOQ: no value ever enters this statement.
    String copy = "COPY " + dsl.render(stagingName) + " (" + columns + ") FROM STDIN (FORMAT csv)";
    String data = toCsv(rows);
    dsl.connection(
        connection ->
            connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn(copy, new StringReader(data)));
    return staging;
  }

  private static Name stagingName(Table<?> table) {
    return DSL.name("staging_" + table.getName());
  }

  private static Field<Object> stagingField(Table<Record> staging, Field<?> field) {
    return DSL.field(DSL.name(staging.getName(), field.getName()));
  }

  private static List<Field<?>> stagingFields(Table<Record> staging, List<Field<?>> fields) {
    return fields.stream()
        .<Field<?>>map(
            field -> DSL.field(DSL.name(staging.getName(), field.getName()), field.getDataType()))
        .toList();
  }

  /** PostgreSQL CSV: unquoted empty is NULL, every text is quoted. */
  private static String toCsv(Collection<Object[]> rows) {
    StringBuilder csv = new StringBuilder(rows.size() * 64);
    for (Object[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          csv.append(',');
        }
        Object value = row[i];
        if (value == null) {
          continue;
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof LocalDate) {
          csv.append(value);
        } else {
          csv.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
        }
      }
      csv.append('\n');
    }
    return csv.toString();
  }
}
