package fr.education.orion.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.education.orion.OrionIT;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows copied into an empty table, whose key and indexes are dropped during the copy and built
 * again after it, on a table of its own.
 */
@OrionIT
class BulkWriterIT {

  private static final Table<?> TABLE = DSL.table(DSL.name("essai_bulk"));
  private static final Field<String> CODE = DSL.field(DSL.name("code"), String.class);
  private static final Field<Integer> VALEUR = DSL.field(DSL.name("valeur"), Integer.class);

  @Autowired BulkWriter writer;
  @Autowired DSLContext dsl;
  @Autowired TransactionTemplate transaction;

  @BeforeEach
  void createTable() {
    dsl.execute("create table essai_bulk (code varchar(8) primary key, valeur integer)");
    dsl.execute("create index essai_bulk_valeur_idx on essai_bulk (valeur)");
  }

  @AfterEach
  void dropTable() {
    dsl.execute("drop table essai_bulk");
  }

  private static List<Object[]> rows(int count) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(new Object[] {String.format("C%07d", i), i % 7});
    }
    return rows;
  }

  private List<String> indexes() {
    return dsl.fetch(
            "select indexdef from pg_indexes where tablename = 'essai_bulk' order by indexname")
        .getValues(0, String.class);
  }

  @Test
  void rowsCopiedIntoAnEmptyTableKeepItsKeyAndIndexes() {
    List<String> before = indexes();

    int written =
        transaction.execute(
            status -> writer.upsert(TABLE, List.of(CODE, VALEUR), rows(2_000), DSL.noCondition()));

    assertThat(written).isEqualTo(2_000);
    assertThat(dsl.fetchCount(TABLE)).isEqualTo(2_000);
    assertThat(dsl.fetchCount(TABLE, VALEUR.eq(3))).isEqualTo(286);
    assertThat(indexes()).hasSize(2).isEqualTo(before);
  }

  @Test
  void aDryRunIntoAnEmptyTableLeavesItAsItWas() {
    List<String> before = indexes();

    transaction.executeWithoutResult(
        status -> {
          writer.replace(TABLE, List.of(CODE, VALEUR), rows(2_000), DSL.noCondition());
          status.setRollbackOnly();
        });

    assertThat(dsl.fetchCount(TABLE)).isZero();
    assertThat(indexes()).isEqualTo(before);
  }

  @Test
  void aKeyGivenTwiceIsRefusedAndTheTableKeepsItsIndexes() {
    List<String> before = indexes();
    List<Object[]> rows = rows(2_000);
    rows.add(new Object[] {"C0000001", 1});

    assertThatThrownBy(
            () ->
                transaction.execute(
                    status -> writer.upsert(TABLE, List.of(CODE, VALEUR), rows, DSL.noCondition())))
        .isInstanceOf(DataAccessException.class);

    assertThat(dsl.fetchCount(TABLE)).isZero();
    assertThat(indexes()).isEqualTo(before);
  }

  /** The rows of a query over generate_series: codes C0000000… and values i % modulo. */
  private org.jooq.Select<?> selected(int count, int modulo) {
    Field<Integer> i = DSL.field(DSL.name("i"), Integer.class);
    return dsl.select(
            DSL.field("'C' || lpad({0}::text, 7, '0')", String.class, i).as(CODE.getName()),
            i.mod(modulo).as(VALEUR.getName()))
        .from(DSL.table("generate_series(0, {0}) as s(i)", DSL.inline(count - 1)));
  }

  @Test
  void aQueryReplacesTheRowsOfItsScopeAndLeavesIdenticalRowsAlone() {
    // With its primary key, as the database describes it: a replacement matches rows by key.
    Table<?> table = dsl.meta().getTables(TABLE.getName()).get(0);
    List<Field<?>> fields = List.of(table.field(CODE), table.field(VALEUR));

    int first =
        transaction.execute(
            status -> writer.replace(table, fields, selected(2_000, 7), DSL.noCondition()));
    int same =
        transaction.execute(
            status -> writer.replace(table, fields, selected(2_000, 7), DSL.noCondition()));
    // 1,500 rows left, of which those whose value changes from i % 7 to i % 5.
    int changed =
        transaction.execute(
            status -> writer.replace(table, fields, selected(1_500, 5), DSL.noCondition()));

    assertThat(first).isEqualTo(2_000);
    assertThat(same).isZero();
    long differing = java.util.stream.IntStream.range(0, 1_500).filter(n -> n % 7 != n % 5).count();
    assertThat(changed).isEqualTo(500 + differing);
    assertThat(dsl.fetchCount(TABLE)).isEqualTo(1_500);
    assertThat(dsl.fetchCount(TABLE, VALEUR.eq(4))).isEqualTo(300);
    assertThat(indexes()).hasSize(2);
  }
}
