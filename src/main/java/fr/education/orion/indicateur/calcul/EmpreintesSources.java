package fr.education.orion.indicateur.calcul;

import static fr.education.orion.schema.Tables.CONSTAT_RENTREE;
import static fr.education.orion.schema.Tables.EMPREINTE_SOURCE;

import fr.education.orion.ingestion.ImportCompleted;
import fr.education.orion.referentiel.IdentiteFormation;
import fr.education.orion.referentiel.NomenclatureMef;
import fr.education.orion.referentiel.Renovations;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Whether the rows an import wrote differ from those a derived table was last built from. An import
 * reports the rows it inserted, changed or deleted, which is every row when its table was emptied
 * before, even though the file and so the table end as they were: the derived table then needs no
 * rebuild. A digest of the rows is kept per derived table and source; sources not listed here
 * always count as changed.
 */
@Component
class EmpreintesSources {

  private final DSLContext dsl;

  /** The builders of one import ask in turn: the digest is computed once per import. */
  private @Nullable ImportCompleted lastEvent;

  private Optional<Empreinte> lastEmpreinte = Optional.empty();

  EmpreintesSources(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The rows of a source table (within a year, if any) and their digest. */
  private record Empreinte(String source, String digest) {}

  /**
   * Records the digest of the rows the import of {@code event} wrote, as {@code derivation} is
   * about to be rebuilt from them, and says whether it differs from the one recorded at its last
   * rebuild. Call it only when the rebuild follows, in the same transaction.
   */
  synchronized boolean changed(String derivation, ImportCompleted event) {
    if (event != lastEvent) {
      lastEmpreinte = empreinte(event);
      lastEvent = event;
    }
    Optional<Empreinte> empreinte = lastEmpreinte;
    if (empreinte.isEmpty()) {
      return true;
    }
    String digest = empreinte.get().digest();
    return dsl.insertInto(EMPREINTE_SOURCE)
            .set(EMPREINTE_SOURCE.DERIVATION, derivation)
            .set(EMPREINTE_SOURCE.SOURCE, empreinte.get().source())
            .set(EMPREINTE_SOURCE.EMPREINTE, digest)
            .onConflict(EMPREINTE_SOURCE.DERIVATION, EMPREINTE_SOURCE.SOURCE)
            .doUpdate()
            .set(EMPREINTE_SOURCE.EMPREINTE, digest)
            .where(EMPREINTE_SOURCE.EMPREINTE.ne(digest))
            .execute()
        > 0;
  }

  /**
   * The tables the import of a known source writes, keyed by table rather than by type: both BCN
   * tables of formations write {@code formation}.
   */
  private Optional<Empreinte> empreinte(ImportCompleted event) {
    return switch (event.type()) {
      case "bcn_n_mef" ->
          Optional.of(
              new Empreinte(
                  "mef",
                  digest(
                      NomenclatureMef.mefs(),
                      DSL.noCondition(),
                      NomenclatureMef.colonnesSansLibelle())));
      case "bcn_n_formation_diplome", "bcn_v_formation_diplome" ->
          Optional.of(
              new Empreinte(
                  "formation",
                  digest(
                          IdentiteFormation.formations(),
                          DSL.noCondition(),
                          IdentiteFormation.cfd(),
                          IdentiteFormation.codeNiveauDiplome(),
                          IdentiteFormation.dateOuverture(),
                          IdentiteFormation.dateFermeture())
                      + " "
                      + digest(Renovations.table(), DSL.noCondition(), Renovations.colonnes())));
      case "constat_rentree" ->
          Optional.ofNullable(event.annee())
              .map(
                  annee ->
                      new Empreinte(
                          "constat_rentree " + annee,
                          digest(
                              CONSTAT_RENTREE,
                              CONSTAT_RENTREE.RENTREE_SCOLAIRE.eq(annee),
                              CONSTAT_RENTREE.UAI,
                              CONSTAT_RENTREE.MEFSTAT11,
                              CONSTAT_RENTREE.EFFECTIF)));
      default -> Optional.empty();
    };
  }

  /**
   * A digest of the given columns (those the derived tables read: labels are left out) of the rows
   * within the condition: their count and the sum of a 64-bit hash of each row, each value hashed
   * by its type's own function (no conversion to text). The sum does not depend on the order of the
   * rows, so no sort is needed; two different contents giving the same digest by chance is not a
   * concern for deciding whether to rebuild.
   */
  private String digest(Table<?> table, Condition where, Field<?>... columns) {
    Field<Long> hash =
        DSL.field("hash_record_extended(row({0}), 0)", Long.class, DSL.list(columns));
    Field<String> digest =
        DSL.count()
            .cast(String.class)
            .concat(DSL.inline(":"), DSL.coalesce(DSL.sum(hash), 0).cast(String.class));
    return dsl.select(digest).from(table).where(where).fetchSingle(digest);
  }
}
