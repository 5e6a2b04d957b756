package fr.education.orion.ingestion;

import static fr.education.orion.schema.Tables.IMPORT_A_CONFIRMER;
import static fr.education.orion.schema.Tables.IMPORT_RUN;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The files of the imports stopped for implausible values, kept until an administrator decides:
 * confirmed, the same file is imported without being sent again. In the database, so that any Orion
 * instance can import it; a file here has passed the import's limits, so it is never larger than
 * {@link ImportProperties#tailleMax()}.
 */
@Component
class ImportsAConfirmer {

  private final DSLContext dsl;

  ImportsAConfirmer(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Keeps the file of the stopped run {@code id}, with the type and year its sender declared. */
  void garder(long id, ImportRequest request) {
    byte[] contenu;
    try (InputStream input = request.content().open()) {
      contenu = input.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    dsl.insertInto(IMPORT_A_CONFIRMER)
        .set(IMPORT_A_CONFIRMER.IMPORT_RUN_ID, id)
        .set(IMPORT_A_CONFIRMER.CONTENU, contenu)
        .set(IMPORT_A_CONFIRMER.TYPE, request.type())
        .set(IMPORT_A_CONFIRMER.ANNEE, request.annee())
        .execute();
  }

  /** Whether the file of run {@code id} is kept, waiting for a decision. */
  boolean garde(long id) {
    return dsl.fetchExists(IMPORT_A_CONFIRMER, IMPORT_A_CONFIRMER.IMPORT_RUN_ID.eq(id));
  }

  /**
   * The import of the kept file of run {@code id}, its implausible values accepted by {@code par}.
   */
  Optional<ImportRequest> reprendre(long id, String par) {
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

  void oublier(long id) {
    dsl.deleteFrom(IMPORT_A_CONFIRMER).where(IMPORT_A_CONFIRMER.IMPORT_RUN_ID.eq(id)).execute();
  }

  /**
   * Records the decision on the stopped run {@code id}, if it is still waiting for one: false when
   * someone else decided first (two administrators, or a button pressed twice).
   */
  boolean decider(long id, ImportStatut decision, String par) {
    return dsl.update(IMPORT_RUN)
            .set(IMPORT_RUN.STATUT, decision.code())
            .set(IMPORT_RUN.DECISION_PAR, par)
            .where(IMPORT_RUN.ID.eq(id))
            .and(IMPORT_RUN.STATUT.eq(ImportStatut.A_CONFIRMER.code()))
            .execute()
        == 1;
  }

  /** Puts back the confirmed run {@code id} in wait, when its import was refused after all. */
  void rouvrir(long id) {
    dsl.update(IMPORT_RUN)
        .set(IMPORT_RUN.STATUT, ImportStatut.A_CONFIRMER.code())
        .setNull(IMPORT_RUN.DECISION_PAR)
        .where(IMPORT_RUN.ID.eq(id))
        .and(IMPORT_RUN.STATUT.eq(ImportStatut.CONFIRME.code()))
        .execute();
  }
}
