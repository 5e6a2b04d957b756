package fr.education.orion.ingestion.confirmation;

import static fr.education.orion.schema.Tables.IMPORT_A_CONFIRMER;
import static fr.education.orion.schema.Tables.IMPORT_RUN;

import fr.education.orion.ingestion.ImportRequest;
import fr.education.orion.ingestion.ImportStatut;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The files of the imports stopped for implausible values, kept by {@link
 * fr.education.orion.ingestion.ImportFile} until an administrator decides: confirmed, the same file
 * is imported without being sent again; cancelled, it is let go.
 */
@Component
class ImportsAConfirmer {

  private final DSLContext dsl;

  ImportsAConfirmer(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * The import of the kept file of run {@code id}, its implausible values accepted by {@code par}.
   */
  Optional<ImportRequest> resume(long id, String par) {
    return dsl.select(
            IMPORT_RUN.FICHIER,
            IMPORT_A_CONFIRMER.CONTENU,
            IMPORT_A_CONFIRMER.TYPE,
            IMPORT_A_CONFIRMER.ANNEE)
        .from(IMPORT_A_CONFIRMER)
        .join(IMPORT_RUN)
        .on(IMPORT_RUN.ID.eq(IMPORT_A_CONFIRMER.IMPORT_RUN_ID))
        .where(IMPORT_A_CONFIRMER.IMPORT_RUN_ID.eq(id))
        .fetchOptional(
            record -> {
              byte[] contenu = record.get(IMPORT_A_CONFIRMER.CONTENU);
              return new ImportRequest(
                  record.get(IMPORT_RUN.FICHIER),
                  () -> new ByteArrayInputStream(contenu),
                  record.get(IMPORT_A_CONFIRMER.TYPE),
                  record.get(IMPORT_A_CONFIRMER.ANNEE),
                  false,
                  par,
                  id);
            });
  }

  void forget(long id) {
    dsl.deleteFrom(IMPORT_A_CONFIRMER).where(IMPORT_A_CONFIRMER.IMPORT_RUN_ID.eq(id)).execute();
  }

  /**
   * Records the decision on the stopped run {@code id}, if it is still waiting for one: false when
   * someone else decided first (two administrators, or a button pressed twice).
   */
  boolean decide(long id, ImportStatut decision, String par) {
    return dsl.update(IMPORT_RUN)
            .set(IMPORT_RUN.STATUT, decision.code())
            .set(IMPORT_RUN.DECISION_PAR, par)
            .where(IMPORT_RUN.ID.eq(id))
            .and(IMPORT_RUN.STATUT.eq(ImportStatut.A_CONFIRMER.code()))
            .execute()
        == 1;
  }

  /** Puts back the confirmed run {@code id} in wait, when its import was refused after all. */
  void reopen(long id) {
    dsl.update(IMPORT_RUN)
        .set(IMPORT_RUN.STATUT, ImportStatut.A_CONFIRMER.code())
        .setNull(IMPORT_RUN.DECISION_PAR)
        .where(IMPORT_RUN.ID.eq(id))
        .and(IMPORT_RUN.STATUT.eq(ImportStatut.CONFIRME.code()))
        .execute();
  }
}
