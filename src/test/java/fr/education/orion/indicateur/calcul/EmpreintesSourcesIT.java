package fr.education.orion.indicateur.calcul;

import static fr.education.orion.schema.Tables.CONSTAT_RENTREE;
import static fr.education.orion.schema.Tables.MEF;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.ingestion.ImportCompleted;
import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether a derived table must be rebuilt after an import, on the bundled N_MEF and constat 2020,
 * inside transactions that are rolled back: the shared database is left as it was.
 */
@OrionIT
class EmpreintesSourcesIT {

  private static final String DERIVATION = "essai_derivation";

  @Autowired EmpreintesSources empreintes;
  @Autowired DSLContext dsl;
  @Autowired TransactionTemplate transaction;

  /** Runs the checks in a transaction that is rolled back afterwards. */
  private void rolledBack(Runnable checks) {
    transaction.executeWithoutResult(
        status -> {
          checks.run();
          status.setRollbackOnly();
        });
  }

  /** The smallest code of the column among the rows that meet the condition. */
  private String smallest(TableField<?, String> code, Condition where) {
    return dsl.select(DSL.min(code)).from(code.getTable()).where(where).fetchSingle().value1();
  }

  /** A new event each time, as each import publishes its own. */
  private boolean changedAfter(String type, String annee) {
    return empreintes.changed(DERIVATION, new ImportCompleted(type, annee, 1));
  }

  @Test
  void sameRowsNeedNoRebuildAndAChangedValueDoes() {
    rolledBack(
        () -> {
          // Never built: the first import asks for it.
          assertThat(changedAfter("bcn_n_mef", null)).isTrue();
          assertThat(changedAfter("bcn_n_mef", null)).isFalse();

          // Labels are not read by derived tables.
          dsl.update(MEF)
              .set(MEF.LIBELLE, DSL.concat(MEF.LIBELLE, DSL.inline(" (renommé)")))
              .execute();
          assertThat(changedAfter("bcn_n_mef", null)).isFalse();

          // A MEF moved to another year of its dispositif changes the offers built from it.
          String mef = smallest(MEF.MEF_, MEF.DATE_OUVERTURE.isNotNull());
          dsl.update(MEF)
              .set(MEF.ANNEE_DISPOSITIF, MEF.ANNEE_DISPOSITIF.plus(1))
              .where(MEF.MEF_.eq(mef))
              .execute();
          assertThat(changedAfter("bcn_n_mef", null)).isTrue();
          assertThat(changedAfter("bcn_n_mef", null)).isFalse();

          // A value removed is a change too.
          dsl.update(MEF)
              .set(MEF.DATE_OUVERTURE, (LocalDate) null)
              .where(MEF.MEF_.eq(mef))
              .execute();
          assertThat(changedAfter("bcn_n_mef", null)).isTrue();
        });
  }

  @Test
  void aConstatIsComparedWithinItsRentreeOnly() {
    rolledBack(
        () -> {
          assertThat(changedAfter("constat_rentree", "2020")).isTrue();
          assertThat(changedAfter("constat_rentree", "2020")).isFalse();

          String uai = smallest(CONSTAT_RENTREE.UAI, CONSTAT_RENTREE.RENTREE_SCOLAIRE.eq("2020"));
          dsl.update(CONSTAT_RENTREE)
              .set(CONSTAT_RENTREE.EFFECTIF, CONSTAT_RENTREE.EFFECTIF.plus(1))
              .where(CONSTAT_RENTREE.UAI.eq(uai))
              .and(CONSTAT_RENTREE.RENTREE_SCOLAIRE.eq("2020"))
              .execute();
          assertThat(changedAfter("constat_rentree", "2020")).isTrue();
          // Another rentrée has a digest of its own: never built yet.
          assertThat(changedAfter("constat_rentree", "2019")).isTrue();
          assertThat(changedAfter("constat_rentree", "2019")).isFalse();
        });
  }

  @Test
  void sourcesWithoutADigestAlwaysCountAsChanged() {
    rolledBack(
        () -> {
          assertThat(changedAfter("affelnet", "2021")).isTrue();
          assertThat(changedAfter("affelnet", "2021")).isTrue();
        });
  }
}
