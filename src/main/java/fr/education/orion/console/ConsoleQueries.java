package fr.education.orion.console;

import static fr.education.orion.console.ConditionsFiltres.parmi;

import fr.education.orion.indicateur.Calendrier;
import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.ingestion.SelonImports;
import fr.education.orion.system.Pagination;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SortField;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows of the consoles, from one SQL query per request that the page, the JSON routes and the
 * exports share: a page with the number of matching rows, or every row streamed. The rows come from
 * {@link InstantaneConsole} or {@link LignesCalculees}; the filters on computed fields and the
 * order are applied here.
 */
@Component
class ConsoleQueries {

  /** Rows read from PostgreSQL at a time while an export streams. */
  static final int FETCH_SIZE = 1000;

  /** Pages kept until the next import, of at most {@value #LIGNES_GARDEES} rows (about 250 kB). */
  private static final int PAGES_GARDEES = 64;

  private static final int LIGNES_GARDEES = 100;

  private final DSLContext dsl;
  private final Calendrier calendrier;
  private final LignesCalculees calculees;
  private final InstantaneConsole instantane;
  private final TransactionTemplate lecture;
  private final SelonImports<PageDemandee, Pagination<LigneConsole>> pages;

  ConsoleQueries(
      DSLContext dsl,
      Calendrier calendrier,
      LignesCalculees calculees,
      InstantaneConsole instantane,
      TransactionTemplate transactions,
      ImportRuns imports) {
    this.dsl = dsl;
    this.calendrier = calendrier;
    this.calculees = calculees;
    this.instantane = instantane;
    this.lecture = new TransactionTemplate(transactions.getTransactionManager());
    this.lecture.setReadOnly(true);
    this.pages = new SelonImports<>(imports, this::lire, PAGES_GARDEES);
  }

  /** The filters with their defaults: the current rentrée and millésime of the data. */
  FiltresConsole completees(FiltresConsole filtres) {
    FiltresConsole f = filtres.verifiees();
    if (f.rentreeScolaire().isEmpty()) {
      f = f.pourRentrees(List.of(calendrier.rentreeCourante()));
    }
    if (f.millesime() == null) {
      f = f.pourMillesime(calendrier.millesimeCourant());
    }
    return f;
  }

  /**
   * One page of rows and the number of rows matching. Pages of usual sizes are kept until the next
   * import (data change only through imports): the console's first page, which every visitor opens,
   * and the pages that many consult are read once.
   */
  Pagination<LigneConsole> page(
      Console console, FiltresConsole filtres, Tri tri, int page, int size) {
    FiltresConsole completes = completees(filtres);
    return Pagination.read(
        page,
        size,
        servie -> {
          PageDemandee demandee = new PageDemandee(console, completes, tri, servie, size);
          return size <= LIGNES_GARDEES ? pages.get(demandee) : lire(demandee);
        });
  }

  /** A page of a console, with its filters completed ({@link #completees}). */
  private record PageDemandee(
      Console console, FiltresConsole filtres, Tri tri, int page, int size) {}

  /**
   * Rows computed for the request are counted by a window in the same query (computing them twice
   * would cost more); rows read from the snapshot are counted apart, which spares PostgreSQL
   * keeping every wide row for the window.
   */
  private Pagination<LigneConsole> lire(PageDemandee demandee) {
    Console console = demandee.console();
    FiltresConsole f = demandee.filtres();
    Tri tri = demandee.tri();
    int page = demandee.page();
    int size = demandee.size();
    Table<?> instant = console == Console.ETABLISSEMENTS ? instantane.lignes(f) : null;
    Table<?> lignes = instant != null ? instant : calculees.lignes(console, f);
    List<Field<?>> champs = new ArrayList<>(List.of(lignes.fields()));
    if (instant == null) {
      champs.add(TOTAL);
    }
    var resultat =
        dsl.select(champs)
            .from(lignes)
            .where(apres(lignes, f))
            .orderBy(ordre(console, lignes, tri))
            .limit(size)
            .offset((long) page * size)
            .fetch();
    Function<Record, LigneConsole> mapper = Lecture.de(List.of(lignes.fields()), console::lue);
    long nombre =
        instant == null && !resultat.isEmpty()
            ? resultat.get(0).get(TOTAL)
            : dsl.fetchCount(dsl.selectFrom(lignes).where(apres(lignes, f)));
    List<LigneConsole> items = resultat.stream().map(mapper).toList();
    return new Pagination<>(items, nombre, page, size);
  }

  /**
   * The InserJeunes rates of these rows (a page of the console with these filters) for every
   * millésime of the data ({@link EvolutionTaux.Taux#de}): the same rows asked again for each
   * millésime, narrowed to their rentrées, établissements and formations.
   *
   * @param filtres filters with their defaults ({@link #completees})
   */
  EvolutionTaux evolution(Console console, FiltresConsole filtres, List<LigneConsole> lignes) {
    List<String> millesimes = calendrier.millesimes().stream().sorted().toList();
    Map<String, List<EvolutionTaux.Taux>> taux = new HashMap<>();
    if (lignes.isEmpty()) {
      return new EvolutionTaux(millesimes, taux);
    }
    List<String> rentrees =
        lignes.stream().map(LigneConsole::rentreeScolaire).distinct().sorted().toList();
    List<String> uais =
        lignes.stream()
            .map(
                l ->
                    l instanceof LigneEtablissement offre
                        ? offre.etablissement().uai().code()
                        : null)
            .filter(Objects::nonNull)
            .distinct()
            .sorted()
            .toList();
    List<String> cfds =
        lignes.stream().map(l -> l.formation().cfd().code()).distinct().sorted().toList();
    for (LigneConsole ligne : lignes) {
      taux.put(EvolutionTaux.cle(ligne), new ArrayList<>());
    }
    for (String millesime : millesimes) {
      FiltresConsole f = filtres.pourLignes(rentrees, uais, cfds, millesime);
      Map<String, EvolutionTaux.Taux> trouves = new HashMap<>();
      parcourir(
          console,
          f,
          Tri.of(console, null, null),
          ligne -> {
            String cle = EvolutionTaux.cle(ligne);
            if (taux.containsKey(cle)) {
              trouves.put(cle, EvolutionTaux.Taux.de(millesime, ligne));
            }
          });
      taux.forEach(
          (cle, suite) ->
              suite.add(
                  trouves.getOrDefault(cle, new EvolutionTaux.Taux(millesime, null, null, null))));
    }
    return new EvolutionTaux(millesimes, taux);
  }

  private static final Field<Integer> TOTAL = org.jooq.impl.DSL.count().over().as("total");

  /**
   * Every row, in order, handed one at a time to {@code ligne} while PostgreSQL sends them: a
   * server-side cursor ({@value #FETCH_SIZE} rows per round trip) in a read-only transaction, so
   * that no list of every row is ever held in memory.
   */
  void parcourir(Console console, FiltresConsole filtres, Tri tri, Consumer<LigneConsole> ligne) {
    FiltresConsole f = completees(filtres);
    lecture.executeWithoutResult(
        status -> {
          Table<?> lignes = lignes(console, f);
          Function<Record, LigneConsole> mapper =
              Lecture.de(List.of(lignes.fields()), console::lue);
          try (Cursor<Record> cursor =
              requete(console, lignes, f, tri).fetchSize(FETCH_SIZE).fetchLazy()) {
            for (Record r : cursor) {
              ligne.accept(mapper.apply(r));
            }
          }
        });
  }

  /**
   * The query of every row of a console, in order: what an export streams (the export benchmark
   * hands the same SQL to PostgreSQL's {@code COPY}).
   *
   * @param filtres filters with their defaults ({@link #completees})
   */
  ResultQuery<Record> requete(Console console, FiltresConsole filtres, Tri tri) {
    return requete(console, lignes(console, filtres), filtres, tri);
  }

  private ResultQuery<Record> requete(
      Console console, Table<?> lignes, FiltresConsole filtres, Tri tri) {
    return dsl.select(lignes.fields())
        .from(lignes)
        .where(apres(lignes, filtres))
        .orderBy(ordre(console, lignes, tri));
  }

  /**
   * The région whose quadrant positions a formation row shows: the single région the territorial
   * filters select, else none (the quadrant compares formations within one région).
   */
  @Nullable String regionUnique(FiltresConsole f) {
    return calculees.regionUnique(f);
  }

  /**
   * The rows of a console, before the filters on computed fields: read from the snapshot of the
   * établissements console when it holds the latest data of this millésime, computed otherwise.
   */
  private Table<?> lignes(Console console, FiltresConsole f) {
    if (console == Console.ETABLISSEMENTS) {
      Table<?> lignes = instantane.lignes(f);
      if (lignes != null) {
        return lignes;
      }
    }
    return calculees.lignes(console, f);
  }

  /** Filters on computed fields: quadrant position and formations spécifiques. */
  private static Condition apres(Table<?> lignes, FiltresConsole f) {
    Condition c = parmi(lignes.field("positionQuadrant", String.class), f.positionQuadrant());
    if (!f.formationSpecifique().isEmpty()) {
      Condition une = org.jooq.impl.DSL.falseCondition();
      for (String tag : f.formationSpecifique()) {
        une = une.or(lignes.field(tag, Boolean.class).isTrue());
      }
      c = c.and(une);
    }
    return c;
  }

  /** The chosen order, nulls last, then the row key so that pages never overlap. */
  private static List<SortField<?>> ordre(Console console, Table<?> lignes, Tri tri) {
    List<SortField<?>> ordre = new ArrayList<>();
    Field<?> champ = lignes.field(tri.colonne().champ());
    ordre.add(tri.descendant() ? champ.desc().nullsLast() : champ.asc().nullsLast());
    List<String> cles =
        console == Console.ETABLISSEMENTS
            ? List.of("rentreeScolaire", "uai", "cfd", "codeDispositif", "voie")
            : List.of("rentreeScolaire", "cfd", "codeDispositif");
    for (String cle : cles) {
      ordre.add(lignes.field(cle).asc());
    }
    return ordre;
  }
}
