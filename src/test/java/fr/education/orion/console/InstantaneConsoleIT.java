package fr.education.orion.console;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.indicateur.Calendrier;
import fr.education.orion.ingestion.BundledData;
import fr.education.orion.ingestion.ImportFile;
import fr.education.orion.ingestion.ImportStatut;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The snapshot of the établissements console gives exactly the rows that {@link LignesCalculees}
 * computes, for every kind of filter, and is not read once an import has made it stale.
 */
@OrionIT
class InstantaneConsoleIT {

  @Autowired InstantaneConsole instantane;
  @Autowired LignesCalculees calculees;
  @Autowired ConsoleQueries queries;
  @Autowired Calendrier calendrier;
  @Autowired ImportFile importFile;
  @Autowired DSLContext dsl;

  @Test
  void theSnapshotGivesTheComputedRowsForEveryFilter() {
    courant();
    FiltresConsole tout = FiltresConsole.aucun();
    List<UnaryOperator<FiltresConsole>> filtres =
        List.of(
            f -> f,
            f -> f.pourRentrees(List.of("2020", "2022")),
            f -> avec(f, "codeRegion", "53", "84"),
            f -> avec(f, "codeAcademie", "14"),
            f -> avec(f, "codeDepartement", "035"),
            f -> avec(f, "commune", "rennes"),
            f -> avec(f, "uai", "0350031U"),
            f -> avec(f, "secteur", "PU"),
            f -> avec(f, "codeNiveauDiplome", "400", "500"),
            f -> avec(f, "codeDispositif", "247"),
            f -> avec(f, "codeNsf", "221"),
            f -> avec(f, "cfdFamille", "40020008"),
            f -> avec(f, "cfd", "40022105"),
            f -> avec(f, "voie", "apprentissage"),
            f -> avec(f, "classesCommunes", "sans"),
            f -> avec(f, "q", "boulanger rennes"));
    for (UnaryOperator<FiltresConsole> filtre : filtres) {
      FiltresConsole f = queries.completees(filtre.apply(tout));
      Table<?> lues = Objects.requireNonNull(instantane.lignes(f), "instantané courant");
      Table<?> calculees = this.calculees.etablissements(f, false);
      List<LigneConsole> attendues = trier(calculees);
      assertThat(trier(lues)).as("filtres %s", f).isEqualTo(attendues);
    }
    assertThat(trier(calculees.etablissements(queries.completees(tout), false)))
        .as("the national console of the current rentrée has rows")
        .hasSizeGreaterThan(10_000);
  }

  @Test
  void aStaleSnapshotIsNotReadAndIsComputedAgain() {
    courant();
    FiltresConsole f = queries.completees(FiltresConsole.aucun());
    assertThat(instantane.lignes(f)).isNotNull();
    assertThat(importFile.importFile(BundledData.files().get(0)).statut())
        .isEqualTo(ImportStatut.REUSSI);

    assertThat(instantane.lignes(f)).as("stale after an import").isNull();
    courant();
    assertThat(instantane.lignes(f)).isNotNull();
    // Every millésime of the data is in the snapshot, and gives the rows computed for it.
    for (String millesime : calendrier.millesimes()) {
      FiltresConsole bretagne =
          queries.completees(
              avec(FiltresConsole.aucun(), "codeRegion", "53").pourMillesime(millesime));
      Table<?> lues = instantane.lignes(bretagne);
      assertThat(lues).as("millésime %s", millesime).isNotNull();
      assertThat(trier(lues))
          .as("millésime %s", millesime)
          .isEqualTo(trier(calculees.etablissements(bretagne, false)));
    }
    // A millésime the data do not have is computed for the request.
    assertThat(instantane.lignes(f.pourMillesime("2030_2031"))).isNull();
  }

  /** Brings the snapshot up to date, waiting for a computation already under way. */
  private void courant() {
    long fin = System.nanoTime() + 120_000_000_000L;
    while (!instantane.mettreAJour()) {
      assertThat(System.nanoTime()).as("snapshot computed within 2 minutes").isLessThan(fin);
      dormir();
    }
  }

  private List<LigneConsole> trier(Table<?> lignes) {
    return dsl.selectFrom(lignes)
        .orderBy(
            DSL.field(DSL.name("ligne", "rentreeScolaire")),
            DSL.field(DSL.name("ligne", "uai")),
            DSL.field(DSL.name("ligne", "cfd")),
            DSL.field(DSL.name("ligne", "codeDispositif")),
            DSL.field(DSL.name("ligne", "voie")))
        .fetch()
        .map(Lecture.de(List.of(lignes.fields()), Console.ETABLISSEMENTS::lue)::apply);
  }

  /** The filters with one of them set to these values. */
  private static FiltresConsole avec(FiltresConsole f, String filtre, String... valeurs) {
    RecordComponent[] composants = FiltresConsole.class.getRecordComponents();
    Object[] arguments = new Object[composants.length];
    Class<?>[] types = new Class<?>[composants.length];
    try {
      for (int i = 0; i < composants.length; i++) {
        types[i] = composants[i].getType();
        arguments[i] =
            !composants[i].getName().equals(filtre)
                ? composants[i].getAccessor().invoke(f)
                : types[i] == List.class ? List.of(valeurs) : valeurs[0];
      }
      return FiltresConsole.class.getDeclaredConstructor(types).newInstance(arguments);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void dormir() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
