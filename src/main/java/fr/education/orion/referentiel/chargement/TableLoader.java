package fr.education.orion.referentiel.chargement;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * A file that maps line for line onto one table: each line becomes the row of its key. A BCN
 * nomenclature adds to its table (codes of older files stay, the last line of a repeated key
 * winning); a referential that is whole in its file replaces its table, warns about a key repeated
 * with other values and about codes its lines name that other tables do not know.
 */
final class TableLoader implements SourceLoader {

  /**
   * A column whose codes should be known elsewhere: a line naming an unknown one is kept, with a
   * warning.
   *
   * @param column the column of the file
   * @param known where the code should be
   * @param motif the warning, {@code %s} standing for the code
   */
  record Reference(String column, TableField<?, String> known, String motif) {}

  private final SourceFormat format;
  private final Table<?> table;
  private final List<Field<?>> fields;
  private final Function<SourceRow, Object[]> mapper;
  private final BulkWriter writer;
  private final @Nullable DSLContext dsl;
  private final List<Reference> references;

  TableLoader(
      SourceFormat format,
      Table<?> table,
      List<Field<?>> fields,
      Function<SourceRow, Object[]> mapper,
      BulkWriter writer) {
    this(format, table, fields, mapper, writer, null, List.of());
  }

  private TableLoader(
      SourceFormat format,
      Table<?> table,
      List<Field<?>> fields,
      Function<SourceRow, Object[]> mapper,
      BulkWriter writer,
      @Nullable DSLContext dsl,
      List<Reference> references) {
    this.format = format;
    this.table = table;
    this.fields = fields;
    this.mapper = mapper;
    this.writer = writer;
    this.dsl = dsl;
    this.references = references;
  }

  /** A referential whose file is the whole table: importing it replaces the table's rows. */
  static TableLoader replacing(
      SourceFormat format,
      Table<?> table,
      List<Field<?>> fields,
      Function<SourceRow, Object[]> mapper,
      BulkWriter writer,
      DSLContext dsl,
      Reference... references) {
    return new TableLoader(format, table, fields, mapper, writer, dsl, List.of(references));
  }

  @Override
  public SourceFormat format() {
    return format;
  }

  @Override
  public LoadResult load(SourceRows rows) {
    if (dsl == null) {
      return upsert(rows);
    }
    Map<Reference, Set<String>> known = new LinkedHashMap<>();
    for (Reference reference : references) {
      known.put(
          reference,
          dsl.selectDistinct(reference.known())
              .from(reference.known().getTable())
              .fetchSet(reference.known()));
    }
    Rejets rejets = new Rejets();
    KeyedRows keyed = new KeyedRows(table.getPrimaryKey().getFields().size());
    List<Object[]> mapped = rows.map(mapper);
    for (int i = 0; i < rows.size(); i++) {
      SourceRow row = rows.rows().get(i);
      known.forEach(
          (reference, codes) ->
              rejets.warnIfUnknown(
                  row, reference.column(), row.text(reference.column()), codes, reference.motif()));
      keyed.put(row, mapped.get(i), rejets);
    }
    return rejets.result(rows, writer.replace(table, fields, keyed.values(), DSL.trueCondition()));
  }

  private LoadResult upsert(SourceRows rows) {
    int keySize = table.getPrimaryKey().getFields().size();
    Map<List<Object>, Object[]> byKey = new LinkedHashMap<>();
    for (Object[] values : rows.map(mapper)) {
      byKey.put(List.copyOf(Arrays.asList(values).subList(0, keySize)), values);
    }
    return LoadResult.of(rows, writer.upsert(table, fields, byKey.values(), DSL.trueCondition()));
  }
}
