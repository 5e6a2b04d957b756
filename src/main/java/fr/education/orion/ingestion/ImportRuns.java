package fr.education.orion.ingestion;

import static fr.education.orion.schema.Tables.IMPORT_RUN;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads the recorded import runs. */
@Component
public class ImportRuns {

  /** One run, as {@code GET /api/imports} shows it. */
  public record ImportRun(
      long id,
      @Nullable String type,
      String fichier,
      @Nullable String annee,
      String statut,
      int lignesLues,
      int lignesAcceptees,
      int lignesRejetees,
      int lignesModifiees,
      @Nullable String encodage,
      OffsetDateTime debut,
      @Nullable OffsetDateTime fin) {}

  private final DSLContext dsl;

  ImportRuns(DSLContext dsl) {
    this.dsl = dsl;
  }

  public List<ImportRun> newestFirst(int limit) {
    return dsl.select(
            IMPORT_RUN.ID,
            IMPORT_RUN.TYPE,
            IMPORT_RUN.FICHIER,
            IMPORT_RUN.ANNEE,
            IMPORT_RUN.STATUT,
            IMPORT_RUN.LIGNES_LUES,
            IMPORT_RUN.LIGNES_ACCEPTEES,
            IMPORT_RUN.LIGNES_REJETEES,
            IMPORT_RUN.LIGNES_MODIFIEES,
            IMPORT_RUN.ENCODAGE,
            IMPORT_RUN.DEBUT,
            IMPORT_RUN.FIN)
        .from(IMPORT_RUN)
        .orderBy(IMPORT_RUN.DEBUT.desc(), IMPORT_RUN.ID.desc())
        .limit(limit)
        .fetch(Records.mapping(ImportRun::new));
  }

  /** True once any file has been imported for real. */
  public boolean anySucceeded() {
    return dsl.fetchExists(IMPORT_RUN, IMPORT_RUN.STATUT.eq(ImportStatut.REUSSI.code()));
  }
}
