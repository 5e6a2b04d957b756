package fr.education.orion.ingestion;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.stereotype.Component;

/**
 * Bulk writes for importers: rows go to a temporary table by PostgreSQL {@code COPY}, then into the
 * target table in one statement. Rows whose values are already there are left untouched, so
 * importing the same file twice changes nothing. Where the target holds no row yet (within the
 * scope of a replacement), the rows are copied straight into it, and into an empty table as
 * PostgreSQL advises for bulk loads: its indexes are built again after the copy, one sort each,
 * rather than updated row by row. Callers give each primary key at most once.
 */
@Component
public final class BulkWriter {

  /** Below this many rows, updating the indexes row by row costs less than building them again. */
  private static final int REBUILT_INDEXES_FROM = 1000;

  /** Rows per message of a {@code COPY}. */
  private static final int ROWS_PER_CHUNK = 256;

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
    if (!dsl.fetchExists(table)) {
      return intoEmpty(table, rows.size(), () -> copy(table, fields, rows));
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
    if (!dsl.fetchExists(table, scope)) {
      return intoEmptyScope(table, rows.size(), () -> copy(table, fields, rows));
    }
    Table<Record> staging = copyToStaging(table, fields, rows);
    int changed = replaceFromStaging(table, fields, staging, scope);
    dsl.dropTable(staging).execute();
    return changed;
  }

  /**
   * Makes the rows within {@code scope} exactly those {@code rows} selects, as {@link
   * #replace(Table, List, Collection, Condition)} does with rows read from a file: rows whose
   * values are already there are left untouched. The query names its columns as {@code fields}.
   *
   * @return the number of rows inserted, changed or deleted
   */
  public int replace(Table<?> table, List<Field<?>> fields, Select<?> rows, Condition scope) {
    Table<Record> staging = DSL.table(stagingName(table));
    dsl.dropTableIfExists(staging).execute();
    dsl.createTemporaryTable(staging).as(rows).execute();
    Select<?> staged = dsl.select(stagingFields(staging, fields)).from(staging);
    int changed =
        dsl.fetchExists(table, scope)
            ? replaceFromStaging(table, fields, staging, scope)
            : intoEmptyScope(
                table,
                dsl.fetchCount(staging),
                () -> dsl.insertInto(table).columns(fields).select(staged).execute());
    dsl.dropTable(staging).execute();
    return changed;
  }

  /** The upserts and deletions of a replacement whose rows are in the staging table. */
  private int replaceFromStaging(
      Table<?> table, List<Field<?>> fields, Table<Record> staging, Condition scope) {
    int changed = merge(table, fields, staging, DSL.trueCondition());
    if (changed > 0) {
      // When nothing was merged, the statistics of the previous import still hold.
      analyze(table);
    }
    return changed
        + dsl.deleteFrom(table)
            .where(scope)
            .andNotExists(dsl.selectOne().from(staging).where(sameKey(table, staging)))
            .execute();
  }

  /**
   * Fresh statistics, so that the rows just written are counted when later statements of the import
   * (the deletion of a replacement, the rebuild of derived tables) are planned: a table whose
   * statistics predate them would be planned as empty, and a nested loop over thousands of rows
   * takes minutes.
   */
  private void analyze(Table<?> table) {
    dsl.query("analyze {0}", table).execute();
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
    Table<Record> staging = DSL.table(stagingName(table));
    dsl.dropTableIfExists(staging).execute();
    dsl.createTemporaryTable(staging)
        .as(dsl.select(fields).from(table).where(DSL.falseCondition()))
        .withNoData()
        .execute();
    copy(staging, fields, rows);
    return staging;
  }

  /**
   * Writes the rows of a replacement whose scope holds none yet: no merge nor deletion is needed.
   * Into an empty table, no statistics are needed either: a table analysed while empty, or never,
   * is planned from its current size, and autovacuum analyses it after the commit.
   */
  private int intoEmptyScope(Table<?> table, int rows, IntSupplier write) {
    if (!dsl.fetchExists(table)) {
      return intoEmpty(table, rows, write);
    }
    int written = write.getAsInt();
    if (written > 0) {
      analyze(table);
    }
    return written;
  }

  /**
   * Writes many rows into an empty table with its indexes dropped, then builds them again. The
   * table stays locked until the import commits, which costs nothing while it is empty. A table
   * that other tables reference is written into as it is.
   */
  private int intoEmpty(Table<?> table, int rows, IntSupplier write) {
    String name = dsl.render(table.getQualifiedName());
    if (rows < REBUILT_INDEXES_FROM || isReferenced(name)) {
      return write.getAsInt();
    }
    List<Index> indexes =
        dsl.fetch(
                """
                select i.indexrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid),
                       pg_get_indexdef(i.indexrelid)
                from pg_index i
                left join pg_constraint c on c.conindid = i.indexrelid and c.conrelid = i.indrelid
                where i.indrelid = cast({0} as regclass)
                """,
                name)
            .map(
                row ->
                    new Index(
                        row.get(0, String.class),
                        row.get(1, String.class),
                        row.get(2, String.class),
                        row.get(3, String.class)));
    for (Index index : indexes) {
      dsl.execute(index.drop(name));
    }
    int written = write.getAsInt();
    for (Index index : indexes) {
      dsl.execute(index.create(name));
    }
    return written;
  }

  private boolean isReferenced(String table) {
    return Boolean.TRUE.equals(
        dsl.fetchValue(
            "select exists (select from pg_constraint where confrelid = cast({0} as regclass))",
            table));
  }

  /**
   * An index as PostgreSQL describes it, with the constraint it backs if any.
   *
   * @param name its name, quoted as needed
   * @param constraint the name of its primary key or unique constraint, or null
   * @param constraintDefinition that constraint's definition
   * @param definition the {@code CREATE INDEX} statement
   */
  private record Index(
      String name,
      @Nullable String constraint,
      @Nullable String constraintDefinition,
      String definition) {

    String drop(String table) {
      return constraint == null
          ? "drop index " + name
          : "alter table " + table + " drop constraint " + DSL.quotedName(constraint);
    }

    String create(String table) {
      return constraint == null
          ? definition
          : "alter table "
              + table
              + " add constraint "
              + DSL.quotedName(constraint)
              + " "
              + constraintDefinition;
    }
  }

  /** {@code COPY} of the rows into the table; returns the number of rows copied. */
  private int copy(Table<?> table, List<Field<?>> fields, Collection<Object[]> rows) {
    String columns =
        fields.stream()
            .map(field -> dsl.render(DSL.name(field.getName())))
            .collect(Collectors.joining(", "));
    // Identifiers only, rendered and quoted by jOOQ: no value ever enters this statement.
    String copy =
        "COPY "
            + dsl.render(table.getQualifiedName())
            + " ("
            + columns
            + ") FROM STDIN (FORMAT csv)";
    return dsl.connectionResult(
        connection -> {
          CopyIn copyIn = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
          try {
            writeCsv(copyIn, rows);
            return (int) copyIn.endCopy();
          } finally {
            if (copyIn.isActive()) {
              copyIn.cancelCopy();
            }
          }
        });
  }

  /**
   * The rows in PostgreSQL's CSV (unquoted empty is NULL, every text is quoted), sent a few hundred
   * rows at a time: PostgreSQL stores the first rows while the next ones are written, on the other
   * core, and the whole text is never held at once.
   */
  private static void writeCsv(CopyIn copyIn, Collection<Object[]> rows) throws SQLException {
    StringBuilder chunk = new StringBuilder(1 << 16);
    Iterator<Object[]> remaining = rows.iterator();
    while (remaining.hasNext()) {
      chunk.setLength(0);
      for (int i = 0; i < ROWS_PER_CHUNK && remaining.hasNext(); i++) {
        appendRow(chunk, remaining.next());
      }
      byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
      copyIn.writeToCopy(bytes, 0, bytes.length);
    }
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

  /** {@code yyyy-mm-dd}, written without the formatting machinery of {@link LocalDate#toString}. */
  private static void appendDate(StringBuilder csv, LocalDate date) {
    if (date.getYear() < 1000 || date.getYear() > 9999) {
      csv.append(date);
      return;
    }
    csv.append(date.getYear()).append('-');
    if (date.getMonthValue() < 10) {
      csv.append('0');
    }
    csv.append(date.getMonthValue()).append('-');
    if (date.getDayOfMonth() < 10) {
      csv.append('0');
    }
    csv.append(date.getDayOfMonth());
  }

  private static void appendRow(StringBuilder csv, Object[] row) {
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      Object value = row[i];
      if (value == null) {
        continue;
      }
      if (value instanceof Integer number) {
        csv.append(number.intValue());
      } else if (value instanceof LocalDate date) {
        appendDate(csv, date);
      } else if (value instanceof Number || value instanceof Boolean) {
        csv.append(value);
      } else {
        csv.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
      }
    }
    csv.append('\n');
  }
}
