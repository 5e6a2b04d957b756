package fr.education.orion.ingestion;

import static fr.education.orion.schema.Tables.IMPORT_A_CONFIRMER;
import static fr.education.orion.schema.Tables.IMPORT_RUN;

import fr.education.orion.ingestion.lecture.CsvFile;
import fr.education.orion.ingestion.lecture.ImportProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.Optional;
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
 * checked (all errors reported together), its values' plausibility checked by its loader, then its
 * loader writes it in one transaction. Every run is recorded with its report.
 */
@Service
public class ImportFile {

  private static final Logger log = LoggerFactory.getLogger(ImportFile.class);
  private static final Pattern MILLESIME = Pattern.compile("(?<!\\d)(\\d{4})_(\\d{4})(?!\\d)");
  private static final Pattern ANNEE = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");
  private static final long IMPORT_LOCK = 0x4F52494F4EL; // "ORION"

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

  /**
   * Imports the file, or refuses it with all of its errors, or, when its values are valid but some
   * are implausible and nobody accepted them, stops before writing and keeps the file until an
   * administrator confirms or cancels ({@link
   * fr.education.orion.ingestion.confirmation.ConfirmImport}, {@link
   * fr.education.orion.ingestion.confirmation.CancelImport}).
   */
  public ImportReport importFile(ImportRequest request) {
    Instant start = Instant.now();
    String annee = request.annee() != null ? request.annee() : yearFromName(request.fichier());
    Reading reading = new Reading();
    try {
      read(request, annee, reading);
      SourceLoader loader = reading.loader;
      SourceRows rows = reading.rows;
      List<Rejet> alertes = loader.valeursInvraisemblables(rows);
      if (!alertes.isEmpty() && request.alertesAccepteesPar() == null && !request.simulation()) {
        ImportReport stopped =
            new ImportReport(
                0,
                request.fichier(),
                loader.format().type(),
                annee,
                ImportStatut.A_CONFIRMER,
                reading.encodage,
                rows.size(),
                0,
                0,
                0,
                List.of(),
                0,
                List.of(),
                alertes,
                null,
                Duration.between(start, Instant.now()));
        ImportReport recorded = record(stopped, request, reading.empreinte, start);
        keep(recorded.id(), request);
        return recorded;
      }
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
              result.rejets().size(),
              result.avertissements(),
              alertes,
              alertes.isEmpty() || request.simulation() ? null : request.alertesAccepteesPar(),
              Duration.between(start, Instant.now()));
      return record(report, request, reading.empreinte, start);
    } catch (ImportRefusedException | DataAccessException failure) {
      ImportRefusedException refused =
          failure instanceof ImportRefusedException known
              ? known
              : ImportRefusedException.of(
                  request.fichier(),
                  "écriture refusée par la base de données : " + failure.getMessage());
      ImportReport report =
          new ImportReport(
              0,
              request.fichier(),
              reading.loader == null ? request.type() : reading.loader.format().type(),
              annee,
              ImportStatut.REFUSE,
              reading.encodage,
              reading.lignes,
              0,
              refused.lignes(),
              0,
              refused.rejets(),
              refused.nombre(),
              List.of(),
              List.of(),
              null,
              Duration.between(start, Instant.now()));
      log.warn(refused.getMessage());
      return record(report, request, reading.empreinte, start);
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
      Choix choix = loaderFor(request, file.header());
      // A type guessed from a header that fits none is only said in the refusal, not recorded.
      reading.loader = choix.devine() ? null : choix.loader();
      reading.rows = SourceParser.parse(file, choix.loader().format(), annee, choix.devine());
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
      return SourceParser.columnsRead(loaderFor(request, header).loader().format(), header);
    } catch (ImportRefusedException unknownType) {
      return column -> false;
    }
  }

  /** The loader of a file, and whether its type is only the closest to a header that fits none. */
  private record Choix(SourceLoader loader, boolean devine) {}

  private Choix loaderFor(ImportRequest request, List<String> header) {
    if (request.type() != null) {
      SourceLoader loader = loaders.get(request.type());
      if (loader == null) {
        throw ImportRefusedException.of(
            request.fichier(), "type « " + request.type() + " » inconnu");
      }
      return new Choix(loader, false);
    }
    List<SourceFormat> formats = loaders.values().stream().map(SourceLoader::format).toList();
    Optional<SourceFormat> detected = SourceParser.detect(request.fichier(), header, formats);
    if (detected.isPresent()) {
      return new Choix(loaders.get(detected.get().type()), false);
    }
    return SourceParser.closest(header, formats)
        .map(format -> new Choix(loaders.get(format.type()), true))
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

  private ImportReport record(
      ImportReport report, ImportRequest request, @Nullable String empreinte, Instant start) {
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
            .set(IMPORT_RUN.REJETS, kept(report.rejets()))
            .set(IMPORT_RUN.NOMBRE_REJETS, report.nombreRejets())
            .set(IMPORT_RUN.AVERTISSEMENTS, kept(report.avertissements()))
            .set(IMPORT_RUN.ALERTES, kept(report.alertes()))
            .set(IMPORT_RUN.ALERTES_ACCEPTEES_PAR, report.alertesAccepteesPar())
            .set(IMPORT_RUN.SUITE_DE, request.suiteDe())
            .set(IMPORT_RUN.DEBUT, OffsetDateTime.ofInstant(start, ZoneOffset.UTC))
            .set(IMPORT_RUN.FIN, OffsetDateTime.now(ZoneOffset.UTC))
            .returning(IMPORT_RUN.ID)
            .fetchOne(IMPORT_RUN.ID);
    return report.withId(id == null ? 0 : id);
  }

  /**
   * Keeps the file of the stopped run {@code id}, with the type and year its sender declared, until
   * an administrator decides. In the database, so that any Orion instance can import it; the file
   * has passed the import's limits, so it is never larger than {@link
   * ImportProperties#tailleMax()}.
   */
  private void keep(long id, ImportRequest request) {
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

  /** The first of the listed items, as stored: a report's list never grows with its file. */
  private JSONB kept(List<Rejet> items) {
    return JSONB.valueOf(json.writeValueAsString(items.stream().limit(Erreurs.LISTEES).toList()));
  }
}
