package fr.education.orion.console;

import static fr.education.orion.console.ConditionsFiltres.parmi;
import static fr.education.orion.schema.Tables.INSTANTANE_CONSOLE;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.upper;

import fr.education.orion.indicateur.Calendrier;
import fr.education.orion.indicateur.Disponibilites;
import fr.education.orion.ingestion.ImportCommand;
import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.ingestion.SelonImports;
import fr.education.orion.referentiel.Recherche;
import fr.education.orion.system.Like;
import fr.education.orion.system.Sha256;
import jakarta.annotation.PreDestroy;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows of the établissements console, for every rentrée and millésime, computed by {@link
 * LignesCalculees} once the data have changed and kept in the table {@code console_etablissements}:
 * a page of the national console then reads one table instead of summing every offer and joining
 * the InserJeunes counts for each request.
 *
 * <p>The table is read only while it holds the data of the latest successful import (its {@code
 * millesime} in {@code instantane_console} is the latest it holds) and was computed by the same SQL
 * as this version of Orion would use (table {@code instantane_console}); otherwise the console
 * computes its rows as before, and a new snapshot is computed in the background. Data change only
 * through imports, so a current snapshot gives exactly the rows {@link LignesCalculees} would. The
 * new snapshot is built beside the old one and takes its place in one transaction, so readers never
 * wait for the computation.
 */
@Component
class InstantaneConsole {

  /** Columns of the snapshot that only its filters read, beside those of the console's rows. */
  static final String ACADEMIE = "filtreCodeAcademie";

  /** The millésime of the InserJeunes figures of a row: the snapshot holds every millésime. */
  private static final String MILLESIME = "millesimeSortie";

  static final String FAMILLE = "filtreCfdFamille";
  static final String CLASSE_COMMUNE = "filtreClasseCommune";
  static final String RECHERCHE_FORMATION = "filtreRechercheFormation";
  static final String RECHERCHE_ETABLISSEMENT = "filtreRechercheEtablissement";

  /**
   * The columns of the usual filters, each indexed: PostgreSQL combines the indexes of the filters
   * of a request and reads only the rows they select.
   */
  private static final List<String> COLONNES_INDEXEES =
      List.of(
          "rentreeScolaire",
          MILLESIME,
          "codeRegion",
          ACADEMIE,
          "codeDepartement",
          "uai",
          "secteur",
          "codeNiveauDiplome",
          "codeNsf",
          "cfd");

  private static final Logger log = LoggerFactory.getLogger(InstantaneConsole.class);
  private static final String NOM = "etablissements";
  private static final Name TABLE = name("console_etablissements");
  private static final Name NOUVELLE = name("console_etablissements_nouvelle");

  /** Key of the PostgreSQL advisory lock under which one Orion instance computes the snapshot. */
  private static final long VERROU = 0x4f52494f4e01L;

  private final DSLContext dsl;
  private final LignesCalculees calculees;
  private final Disponibilites donnees;
  private final ImportRuns imports;
  private final Calendrier calendrier;
  private final Environment environnement;
  private final TransactionTemplate construction;
  private final ExecutorService arrierePlan =
      Executors.newSingleThreadExecutor(
          tache -> {
            Thread fil = new Thread(tache, "instantane-console");
            fil.setDaemon(true);
            return fil;
          });
  private final AtomicBoolean prevu = new AtomicBoolean();

  /**
   * What the snapshot holds: the latest successful import (with every millésime of that import).
   */
  private record Marque(long importId) {}

  /** The last current mark read, so that requests between two imports need not read it again. */
  private volatile @Nullable Marque derniereMarque;

  /** Digest of the SQL and indexes of the snapshot ({@link #forme()}), computed at first use. */
  private volatile @Nullable String forme;

  /**
   * The columns of the rows read from the snapshot ({@link #colonnesDesLignes()}), at first use.
   */
  private volatile @Nullable List<Field<?>> colonnes;

  InstantaneConsole(
      DSLContext dsl,
      LignesCalculees calculees,
      Disponibilites donnees,
      ImportRuns imports,
      Calendrier calendrier,
      Environment environnement,
      TransactionTemplate transactions) {
    this.dsl = dsl;
    this.calculees = calculees;
    this.donnees = donnees;
    this.imports = imports;
    this.calendrier = calendrier;
    this.environnement = environnement;
    this.construction = new TransactionTemplate(transactions.getTransactionManager());
    // The snapshot's import id and its rows are read in one snapshot of the database.
    this.construction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
  }

  /**
   * What identifies how this version of Orion computes the snapshot: the digest of its SQL
   * (rendered for a sample year) and of its indexes. Rendered at first use, not at start-up.
   */
  private String forme() {
    String connue = forme;
    if (connue == null) {
      connue =
          Sha256.hex(
              calcul(List.of("2020"), List.of("2020_2021")).getSQL(ParamType.INLINED)
                  + COLONNES_INDEXEES);
      forme = connue;
    }
    return connue;
  }

  /**
   * The rows of the snapshot that the filters select, as the derived table {@code ligne} with the
   * columns of {@link LignesCalculees#etablissements}; {@code null} when the snapshot does not hold
   * the latest data for the filters' millésime, in which case a new one is planned if needed.
   */
  @Nullable Table<?> lignes(FiltresConsole f) {
    long importId = SelonImports.importDeLaRequete(imports);
    Marque marque = derniereMarque;
    if (marque == null || marque.importId() != importId) {
      marque = lireMarque();
      if (marque == null || marque.importId() != importId) {
        planifier();
        return null;
      }
      derniereMarque = marque;
    }
    if (!calendrier.millesimes().contains(f.millesime())) {
      return null;
    }
    return dsl.select(colonnesDesLignes())
        .from(table(TABLE))
        .where(colonne(MILLESIME).eq(f.millesime()).and(filtres(f)))
        .asTable(LignesCalculees.LIGNE);
  }

  private @Nullable Marque lireMarque() {
    return dsl.select(INSTANTANE_CONSOLE.IMPORT_ID)
        .from(INSTANTANE_CONSOLE)
        .where(INSTANTANE_CONSOLE.NOM.eq(NOM))
        .and(INSTANTANE_CONSOLE.FORME.eq(forme()))
        .fetchOne(r -> new Marque(r.value1()));
  }

  /** Once Orion is ready (after the first start's imports), the snapshot is brought up to date. */
  @EventListener(ApplicationReadyEvent.class)
  void auDemarrage() {
    if (!environnement.acceptsProfiles(Profiles.of(ImportCommand.PROFILE))) {
      planifier();
    }
  }

  /** A computation under way when Orion stops is abandoned: its transaction is rolled back. */
  @PreDestroy
  void arreter() {
    arrierePlan.shutdownNow();
  }

  /** Computes the snapshot in the background, unless a computation is already waiting to start. */
  void planifier() {
    if (prevu.compareAndSet(false, true)) {
      arrierePlan.execute(
          () -> {
            prevu.set(false);
            try {
              mettreAJour();
            } catch (RuntimeException e) {
              log.warn(
                  "Instantané de la console des établissements non calculé : {}", e.getMessage());
            }
          });
    }
  }

  /**
   * Computes the snapshot if it is not current, and says whether it is current afterwards: false
   * when there is nothing to compute it from, or when another instance is computing it.
   */
  boolean mettreAJour() {
    Boolean courant =
        construction.execute(
            status -> {
              boolean verrou =
                  dsl.select(field("pg_try_advisory_xact_lock({0})", Boolean.class, VERROU))
                      .fetchSingle()
                      .value1();
              if (!verrou) {
                return false;
              }
              long importId = imports.lastSuccessId();
              boolean aJour =
                  dsl.fetchExists(
                      INSTANTANE_CONSOLE,
                      INSTANTANE_CONSOLE
                          .NOM
                          .eq(NOM)
                          .and(INSTANTANE_CONSOLE.IMPORT_ID.eq(importId))
                          .and(INSTANTANE_CONSOLE.FORME.eq(forme())));
              if (aJour) {
                log.info("Console des établissements : instantané de l'import {} à jour", importId);
                return true;
              }
              List<String> rentrees = donnees.rentreesAvecOffres();
              if (rentrees.isEmpty()) {
                return false;
              }
              List<String> millesimes = calendrier.millesimes();
              if (millesimes.isEmpty()) {
                return false;
              }
              String millesime = calendrier.millesimeCourant();
              long debut = System.nanoTime();
              remplacer(calcul(rentrees, millesimes));
              dsl.insertInto(INSTANTANE_CONSOLE)
                  .set(INSTANTANE_CONSOLE.NOM, NOM)
                  .set(INSTANTANE_CONSOLE.IMPORT_ID, importId)
                  .set(INSTANTANE_CONSOLE.MILLESIME, millesime)
                  .set(INSTANTANE_CONSOLE.FORME, forme())
                  .onConflict(INSTANTANE_CONSOLE.NOM)
                  .doUpdate()
                  .set(INSTANTANE_CONSOLE.IMPORT_ID, importId)
                  .set(INSTANTANE_CONSOLE.MILLESIME, millesime)
                  .set(INSTANTANE_CONSOLE.FORME, forme())
                  .set(INSTANTANE_CONSOLE.CONSTRUIT_LE, OffsetDateTime.now())
                  .execute();
              log.info(
                  "Console des établissements : instantané de l'import {} ({} rentrées, {}"
                      + " millésimes) calculé en {} ms",
                  importId,
                  rentrees.size(),
                  millesimes.size(),
                  (System.nanoTime() - debut) / 1_000_000);
              return true;
            });
    return Boolean.TRUE.equals(courant);
  }

  /**
   * Writes the new rows beside the old table, then puts them in its place: readers wait only for
   * the swap, at most a few seconds, else the transaction gives up and the snapshot stays old.
   */
  private void remplacer(Select<?> lignes) {
    dsl.dropTableIfExists(NOUVELLE).execute();
    dsl.createTable(NOUVELLE).as(lignes).execute();
    for (String colonne : COLONNES_INDEXEES) {
      dsl.execute("create index on {0} ({1})", table(NOUVELLE), name(colonne));
    }
    dsl.execute("analyze {0}", table(NOUVELLE));
    dsl.execute("set local lock_timeout = '5s'");
    dsl.dropTableIfExists(TABLE).execute();
    dsl.alterTable(NOUVELLE).renameTo(TABLE).execute();
  }

  /**
   * Every row of the établissements console for each millésime, with the columns its filters read:
   * a page may ask any millésime, and the evolution of the rates reads them all.
   */
  private Select<Record> calcul(List<String> rentrees, List<String> millesimes) {
    Select<Record> union = null;
    for (String millesime : millesimes) {
      FiltresConsole tout = FiltresConsole.aucun().pourRentrees(rentrees).pourMillesime(millesime);
      Table<?> lignes = calculees.etablissements(tout, true);
      Select<Record> celles = dsl.select(lignes.fields()).from(lignes);
      union = union == null ? celles : union.unionAll(celles);
    }
    return Objects.requireNonNull(union);
  }

  /** The columns of the rows of the établissements console, as the snapshot holds them. */
  private List<Field<?>> colonnesDesLignes() {
    List<Field<?>> connues = colonnes;
    if (connues == null) {
      connues =
          calculees.colonnes(Console.ETABLISSEMENTS).stream()
              .<Field<?>>map(c -> field(name(TABLE.last(), c.getName()), c.getDataType()))
              .toList();
      colonnes = connues;
    }
    return connues;
  }

  /** The filters of {@link LignesCalculees} on the columns of the snapshot. */
  private static Condition filtres(FiltresConsole f) {
    Condition c =
        colonne("rentreeScolaire")
            .in(f.rentreeScolaire())
            .and(parmi(colonne("codeRegion"), f.codeRegion()))
            .and(parmi(colonne(ACADEMIE), f.codeAcademie()))
            .and(parmi(colonne("codeDepartement"), f.codeDepartement()))
            .and(parmi(colonne("uai"), f.uai()))
            .and(parmi(colonne("secteur"), f.secteur()))
            .and(parmi(colonne("codeNiveauDiplome"), f.codeNiveauDiplome()))
            .and(parmi(colonne("codeNsf"), f.codeNsf()))
            .and(parmi(colonne("codeDispositif"), f.codeDispositif()))
            .and(parmi(colonne("cfd"), f.cfd()))
            .and(parmi(colonne("voie"), f.voie()))
            .and(parmi(colonne(FAMILLE), f.cfdFamille()));
    if (!f.commune().isEmpty()) {
      c =
          c.and(
              upper(colonne("commune"))
                  .in(f.commune().stream().map(v -> v.toUpperCase(Locale.FRANCE)).toList()));
    }
    if (!f.avecClassesCommunes()) {
      c = c.and(condition(field(name(TABLE.last(), CLASSE_COMMUNE), Boolean.class)).not());
    }
    return c.and(
        Recherche.chaqueMot(
            f.q(),
            mot ->
                Like.contient(colonne(RECHERCHE_FORMATION), mot)
                    .or(colonne("cfd").equalIgnoreCase(mot))
                    .or(Like.contient(colonne(RECHERCHE_ETABLISSEMENT), mot))));
  }

  private static Field<String> colonne(String nom) {
    return field(name(TABLE.last(), nom), String.class);
  }
}
