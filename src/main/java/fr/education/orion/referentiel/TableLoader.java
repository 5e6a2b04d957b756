package fr.education.orion.referentiel;

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
import java.util.function.Function;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A file that maps line for line onto one table: each line becomes the row of its key, the last
 * line of a repeated key winning.
 */
final class TableLoader implements SourceLoader {

  private final SourceFormat format;
  private final Table<?> table;
  private final List<Field<?>> fields;
  private final Function<SourceRow, Object[]> mapper;
  private final BulkWriter writer;

  TableLoader(
      SourceFormat format,
      Table<?> table,
      List<Field<?>> fields,
      Function<SourceRow, Object[]> mapper,
      BulkWriter writer) {
    this.format = format;
    this.table = table;
    this.fields = fields;
    this.mapper = mapper;
    this.writer = writer;
  }

  @Override
  public SourceFormat format() {
    return format;
  }

  @Override
  public LoadResult load(SourceRows rows) {
    int keySize = table.getPrimaryKey().getFields().size();
    Map<List<Object>, Object[]> byKey = new LinkedHashMap<>();
    for (SourceRow row : rows) {
      Object[] values = mapper.apply(row);
      byKey.put(List.copyOf(Arrays.asList(values).subList(0, keySize)), values);
    }
    return LoadResult.of(rows, writer.upsert(table, fields, byKey.values(), DSL.trueCondition()));
  }
}
