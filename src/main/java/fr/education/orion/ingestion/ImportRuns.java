package fr.education.orion.ingestion;

import static fr.education.orion.schema.Tables.IMPORT_A_CONFIRMER;
import static fr.education.orion.schema.Tables.IMPORT_RUN;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

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

  /**
   * One run with its message, its errors and its warnings, as the import page shows it.
   *
   * @param rejets the errors listed (the first thousand)
   * @param nombreRejets how many errors there are, listed or not
   * @param alertes the implausible values that stopped the import, or that were accepted
   * @param alertesAccepteesPar who accepted the implausible values this run wrote
   * @param suiteDe the stopped run that this one imported once confirmed
   * @param decisionPar who confirmed or cancelled this stopped run
   * @param suite the run that imported this stopped one once confirmed
   * @param confirmable whether the run waits for a decision with its file kept
   */
  public record ImportRunDetail(
      ImportRun run,
      boolean simulation,
      @Nullable String message,
      List<Rejet> rejets,
      int nombreRejets,
      List<Rejet> avertissements,
      List<Rejet> alertes,
      @Nullable String alertesAccepteesPar,
      @Nullable Long suiteDe,
      @Nullable String decisionPar,
      @Nullable Long suite,
      boolean confirmable) {}

  private static final TypeReference<List<Rejet>> REJETS = new TypeReference<>() {};

  private final DSLContext dsl;
  private final JsonMapper json;
  private final SelonImports<List<String>, List<ImportRun>> sources =
      new SelonImports<>(this, this::readSources);

  ImportRuns(DSLContext dsl, JsonMapper json) {
    this.dsl = dsl;
    this.json = json;
  }

  public List<ImportRun> newestFirst(int limit) {
    return dsl.selectFrom(IMPORT_RUN)
        .orderBy(IMPORT_RUN.DEBUT.desc(), IMPORT_RUN.ID.desc())
        .limit(limit)
        .fetch(ImportRuns::run);
  }

  public Optional<ImportRunDetail> find(long id) {
    return dsl.selectFrom(IMPORT_RUN)
        .where(IMPORT_RUN.ID.eq(id))
        .fetchOptional(
            record -> {
              List<Rejet> rejets = rejets(record.get(IMPORT_RUN.REJETS));
              Integer nombre = record.get(IMPORT_RUN.NOMBRE_REJETS);
              return new ImportRunDetail(
                  run(record),
                  record.get(IMPORT_RUN.SIMULATION),
                  record.get(IMPORT_RUN.MESSAGE),
                  rejets,
                  // Runs recorded before their errors were counted listed them all, up to a
                  // thousand.
                  nombre == null ? rejets.size() : nombre,
                  rejets(record.get(IMPORT_RUN.AVERTISSEMENTS)),
                  rejets(record.get(IMPORT_RUN.ALERTES)),
                  record.get(IMPORT_RUN.ALERTES_ACCEPTEES_PAR),
                  record.get(IMPORT_RUN.SUITE_DE),
                  record.get(IMPORT_RUN.DECISION_PAR),
                  dsl.select(DSL.max(IMPORT_RUN.ID))
                      .from(IMPORT_RUN)
                      .where(IMPORT_RUN.SUITE_DE.eq(id))
                      .and(IMPORT_RUN.STATUT.eq(ImportStatut.REUSSI.code()))
                      .fetchOne(0, Long.class),
                  dsl.fetchExists(IMPORT_A_CONFIRMER, IMPORT_A_CONFIRMER.IMPORT_RUN_ID.eq(id)));
            });
  }

  /**
   * Where the figures of pages come from: for each of these types and each year imported, the
   * latest successful run (its file, its rentrée or millésime, when it was imported), newest year
   * first; kept until the next successful import.
   */
  public List<ImportRun> sources(Collection<String> types) {
    return sources.get(List.copyOf(types));
  }

  private List<ImportRun> readSources(Collection<String> types) {
    return dsl
        .selectDistinct(IMPORT_RUN.fields())
        .on(IMPORT_RUN.TYPE, IMPORT_RUN.ANNEE)
        .from(IMPORT_RUN)
        .where(IMPORT_RUN.TYPE.in(types))
        .and(IMPORT_RUN.STATUT.eq(ImportStatut.REUSSI.code()))
        .orderBy(IMPORT_RUN.TYPE, IMPORT_RUN.ANNEE, IMPORT_RUN.DEBUT.desc())
        .fetch(ImportRuns::run)
        .stream()
        .sorted(
            Comparator.comparing(
                    (ImportRun run) -> run.annee() == null ? "" : run.annee(),
                    Comparator.reverseOrder())
                .thenComparing(run -> run.type() == null ? "" : run.type()))
        .toList();
  }

  /**
   * The id of the latest successful import, 0 before any: it changes whenever imported data may
   * have, so that readers can keep what they derive from the data until it does.
   */
  public long lastSuccessId() {
    Long id =
        dsl.select(DSL.max(IMPORT_RUN.ID))
            .from(IMPORT_RUN)
            .where(IMPORT_RUN.STATUT.eq(ImportStatut.REUSSI.code()))
            .fetchOne(0, Long.class);
    return id == null ? 0 : id;
  }

  /** True once any file has been imported for real. */
  public boolean anySucceeded() {
    return dsl.fetchExists(IMPORT_RUN, IMPORT_RUN.STATUT.eq(ImportStatut.REUSSI.code()));
  }

  private static ImportRun run(Record record) {
    return new ImportRun(
        record.get(IMPORT_RUN.ID),
        record.get(IMPORT_RUN.TYPE),
        record.get(IMPORT_RUN.FICHIER),
        record.get(IMPORT_RUN.ANNEE),
        record.get(IMPORT_RUN.STATUT),
        record.get(IMPORT_RUN.LIGNES_LUES),
        record.get(IMPORT_RUN.LIGNES_ACCEPTEES),
        record.get(IMPORT_RUN.LIGNES_REJETEES),
        record.get(IMPORT_RUN.LIGNES_MODIFIEES),
        record.get(IMPORT_RUN.ENCODAGE),
        record.get(IMPORT_RUN.DEBUT),
        record.get(IMPORT_RUN.FIN));
  }

  private List<Rejet> rejets(@Nullable JSONB stored) {
    return stored == null ? List.of() : json.readValue(stored.data(), REJETS);
  }
}
