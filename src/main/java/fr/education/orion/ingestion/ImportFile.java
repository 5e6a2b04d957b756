package fr.education.orion.ingestion;

import static fr.education.orion.schema.Tables.IMPORT_RUN;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports one source file, all or nothing: the file is decoded, its type recognised, every value
 * checked, then its loader writes it in one transaction. Every run is recorded with its report.
 */
@Service
public class ImportFile {

  private static final Logger log = LoggerFactory.getLogger(ImportFile.class);
  private static final Pattern MILLESIME = Pattern.compile("(?<!\\d)(\\d{4})_(\\d{4})(?!\\d)");
  private static final Pattern ANNEE = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");
  private static final long IMPORT_LOCK = 0x4F52494F4EL; // "ORION"
  private static final int REJETS_KEPT = 1000;

  private final Map<String, SourceLoader> loaders;
  private final DSLContext dsl;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final JsonMapper json;
  private final ImportProperties limites;

  ImportFile(
      List<SourceLoader> loaders,
      DSLContext dsl,
      TransactionTemplate transaction,
      ApplicationEventPublisher events,
      JsonMapper json,
      ImportProperties limites) {
    this.loaders =
        loaders.stream()
            .collect(Collectors.toMap(loader -> loader.format().type(), Function.identity()));
    this.dsl = dsl;
    this.transaction = transaction;
    this.events = events;
    this.json = json;
    this.limites = limites;
  }

  /** The known types, in first-start order. */
  public List<SourceFormat> formats() {
    return loaders.values().stream()
        .map(SourceLoader::format)
        .sorted(Comparator.comparingInt(SourceFormat::order).thenComparing(SourceFormat::type))
        .toList();
  }

  public ImportReport importFile(ImportRequest request) {
    Instant start = Instant.now();
    String annee = request.annee() != null ? request.annee() : yearFromName(request.fichier());
    Reading reading = new Reading();
    try {
      read(request, annee, reading);
      SourceLoader loader = reading.loader;
      SourceRows rows = reading.rows;
      LoadResult result =
          transaction.execute(
              status -> {
                // One import at a time, whichever Orion instance runs it.
                dsl.select(
                        DSL.function("pg_advisory_xact_lock", Object.class, DSL.val(IMPORT_LOCK)))
                    .fetch();
                LoadResult loaded = loader.load(rows);
                if (request.simulation()) {
                  status.setRollbackOnly();
                } else {
                  events.publishEvent(
                      new ImportCompleted(loader.format().type(), annee, loaded.modifiees()));
                }
                return loaded;
              });
      ImportReport report =
          new ImportReport(
              0,
              request.fichier(),
              loader.format().type(),
              annee,
              request.simulation() ? ImportStatut.SIMULATION : ImportStatut.REUSSI,
              reading.encodage,
              rows.size(),
              result.acceptees(),
              rows.size() - result.acceptees(),
              result.modifiees(),
              result.rejets(),
              result.avertissements(),
              Duration.between(start, Instant.now()));
      return record(report, reading.empreinte, start);
    } catch (ImportRefusedException | DataAccessException failure) {
      ImportRefusedException refused =
          failure instanceof ImportRefusedException known
              ? known
              : ImportRefusedException.of(
                  request.fichier(),
                  "écriture refusée par la base de données : " + failure.getMessage());
      int lues = reading.lignes;
      ImportReport report =
          new ImportReport(
              0,
              request.fichier(),
              reading.loader == null ? request.type() : reading.loader.format().type(),
              annee,
              ImportStatut.REFUSE,
              reading.encodage,
              lues,
              0,
              lues,
              0,
              refused.rejets(),
              List.of(),
              Duration.between(start, Instant.now()));
      log.warn(refused.getMessage());
      return record(report, reading.empreinte, start);
    }
  }

  /** What is known of the file so far, so that a refusal reports as much as was read. */
  private static final class Reading {
    @Nullable SourceLoader loader;
    @Nullable SourceRows rows;
    @Nullable String encodage;
    @Nullable String empreinte;
    int lignes;
  }

  private void read(ImportRequest request, @Nullable String annee, Reading reading) {
    try (InputStream raw = request.content().open()) {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      CsvFile file =
          CsvFile.read(
              request.fichier(),
              new DigestInputStream(raw, sha256),
              header -> columnsRead(request, header),
              limites);
      reading.empreinte = HexFormat.of().formatHex(sha256.digest());
      reading.encodage = file.encodage();
      reading.lignes = file.records().size();
      reading.loader = loaderFor(request, file.header());
      reading.rows = SourceParser.parse(file, reading.loader.format(), annee);
    } catch (IOException e) {
      throw ImportRefusedException.of(request.fichier(), "lecture impossible : " + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The columns the loader of the file reads, so that no other value is decoded; none but the first
   * while the type is not recognised: the file is then refused, and only its lines are counted.
   */
  private IntPredicate columnsRead(ImportRequest request, List<String> header) {
    try {
      return SourceParser.columnsRead(loaderFor(request, header).format(), header);
    } catch (ImportRefusedException unknownType) {
      return column -> false;
    }
  }

  private SourceLoader loaderFor(ImportRequest request, List<String> header) {
    if (request.type() != null) {
      SourceLoader loader = loaders.get(request.type());
      if (loader == null) {
        throw ImportRefusedException.of(
            request.fichier(), "type « " + request.type() + " » inconnu");
      }
      return loader;
    }
    return SourceParser.detect(
            request.fichier(), header, loaders.values().stream().map(SourceLoader::format).toList())
        .map(format -> loaders.get(format.type()))
        .orElseThrow(
            () ->
                new ImportRefusedException(
                    request.fichier(),
                    List.of(
                        new Rejet(
                            1,
                            null,
                            "type de fichier non reconnu d'après l'en-tête ; précisez le type du fichier"
                                + SourceParser.separatorHint(header)))));
  }

  static @Nullable String yearFromName(String fichier) {
    Matcher millesime = MILLESIME.matcher(fichier);
    if (millesime.find()
        && Integer.parseInt(millesime.group(2)) == Integer.parseInt(millesime.group(1)) + 1) {
      return millesime.group();
    }
    Matcher annee = ANNEE.matcher(fichier);
    return annee.find() ? annee.group(1) : null;
  }

  private ImportReport record(ImportReport report, @Nullable String empreinte, Instant start) {
    List<Rejet> kept = report.rejets().stream().limit(REJETS_KEPT).toList();
    Long id =
        dsl.insertInto(IMPORT_RUN)
            .set(IMPORT_RUN.TYPE, report.type())
            .set(IMPORT_RUN.FICHIER, report.fichier())
            .set(IMPORT_RUN.EMPREINTE, empreinte)
            .set(IMPORT_RUN.ANNEE, report.annee())
            .set(IMPORT_RUN.STATUT, report.statut().code())
            .set(IMPORT_RUN.SIMULATION, report.statut() == ImportStatut.SIMULATION)
            .set(IMPORT_RUN.LIGNES_LUES, report.lignesLues())
            .set(IMPORT_RUN.LIGNES_ACCEPTEES, report.lignesAcceptees())
            .set(IMPORT_RUN.LIGNES_REJETEES, report.lignesRejetees())
            .set(IMPORT_RUN.LIGNES_MODIFIEES, report.lignesModifiees())
            .set(IMPORT_RUN.ENCODAGE, report.encodage())
            .set(IMPORT_RUN.REJETS, JSONB.valueOf(json.writeValueAsString(kept)))
            .set(
                IMPORT_RUN.AVERTISSEMENTS,
                JSONB.valueOf(
                    json.writeValueAsString(
                        report.avertissements().stream().limit(REJETS_KEPT).toList())))
            .set(IMPORT_RUN.DEBUT, OffsetDateTime.ofInstant(start, ZoneOffset.UTC))
            .set(IMPORT_RUN.FIN, OffsetDateTime.now(ZoneOffset.UTC))
            .returning(IMPORT_RUN.ID)
            .fetchOne(IMPORT_RUN.ID);
    return new ImportReport(
        id == null ? 0 : id,
        report.fichier(),
        report.type(),
        report.annee(),
        report.statut(),
        report.encodage(),
        report.lignesLues(),
        report.lignesAcceptees(),
        report.lignesRejetees(),
        report.lignesModifiees(),
        report.rejets(),
        report.avertissements(),
        report.duree());
  }
}
