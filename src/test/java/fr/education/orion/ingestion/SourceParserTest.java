package fr.education.orion.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.education.orion.ingestion.lecture.CsvFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceParserTest {

  private static final SourceFormat MEF =
      new SourceFormat(
          "mef",
          "MEF",
          List.of(
              Column.required("MEF", ColumnKind.CODE_MEF),
              Column.required("FORMATION_DIPLOME", ColumnKind.CFD),
              Column.optional("DATE_OUVERTURE", ColumnKind.DATE)),
          1);
  private static final SourceFormat DISPOSITIF =
      new SourceFormat(
          "dispositif", "Dispositifs", List.of(Column.required("MEF", ColumnKind.CODE_MEF)), 2);

  private static CsvFile file(List<String> header, String[]... rows) {
    List<CsvFile.Record> records = new java.util.ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      records.add(new CsvFile.Record(i + 2, rows[i]));
    }
    return new CsvFile("f.csv", "UTF-8", header, records);
  }

  @Test
  void recognisesTheMostSpecificTypeFromTheHeader() {
    assertThat(
            SourceParser.detect(
                "f.csv", List.of("\uFEFFMEF", " formation_diplome "), List.of(DISPOSITIF, MEF)))
        .contains(MEF);
    assertThat(SourceParser.detect("f.csv", List.of("MEF"), List.of(MEF, DISPOSITIF)))
        .contains(DISPOSITIF);
    assertThat(SourceParser.detect("f.csv", List.of("AUTRE"), List.of(MEF, DISPOSITIF))).isEmpty();
  }

  /** Two kinds of files of one producer, alike but for a column named only in later years. */
  private static final SourceFormat LYCEES =
      new SourceFormat(
              "lycees",
              "Lycées",
              List.of(
                  Column.required("UAI", ColumnKind.UAI),
                  Column.required("Périmètre", ColumnKind.TEXT).orBlankAt(2),
                  Column.present("Poursuite", ColumnKind.INTEGER).orBlankAt(3).absentWhen("nd"),
                  Column.present("Taux", ColumnKind.INTEGER).absentWhen("nd")),
              1)
          .withFileName("(^|[^a-z])pro([^a-z]|$)");

  private static final SourceFormat CFA =
      new SourceFormat(
              "cfa",
              "CFA",
              List.of(
                  Column.required("UAI", ColumnKind.UAI),
                  Column.present("Poursuite", ColumnKind.INTEGER).orBlankAt(3).absentWhen("nd"),
                  Column.present("Taux", ColumnKind.INTEGER).absentWhen("nd")),
              1)
          .withFileName("apprentissage");

  @Test
  void findsAColumnByItsPositionWhenItsHeaderCellIsBlank() {
    SourceRows rows =
        SourceParser.parse(
            file(
                List.of("\"UAI\"", "", "", "Taux"),
                new String[] {"0010001W", "ensemble", "49", "47"}),
            LYCEES,
            null);

    assertThat(rows.rows().get(0).text("Périmètre")).isEqualTo("ensemble");
    assertThat(rows.rows().get(0).integer("Poursuite")).isEqualTo(49);
  }

  @Test
  void prefersTheNamedColumnToTheBlankCellAtItsPosition() {
    SourceRows rows =
        SourceParser.parse(
            file(
                List.of("UAI", "", "Taux", "Poursuite", "Périmètre"),
                new String[] {"0010001W", "x", "47", "49", "ensemble"}),
            LYCEES,
            null);

    assertThat(rows.rows().get(0).integer("Poursuite")).isEqualTo(49);
    assertThat(rows.rows().get(0).text("Périmètre")).isEqualTo("ensemble");
  }

  @Test
  void refusesALayoutWhereTheCellAtThePositionIsNeitherNamedNorBlank() {
    assertThatThrownBy(
            () ->
                SourceParser.parse(
                    file(
                        List.of("UAI", "", "Autre", "Taux"),
                        new String[] {"0010001W", "", "1", "2"}),
                    LYCEES,
                    null))
        .isInstanceOfSatisfying(
            ImportRefusedException.class,
            refused ->
                assertThat(refused.rejets())
                    .first()
                    .satisfies(
                        rejet -> {
                          assertThat(rejet.ligne()).isEqualTo(1);
                          assertThat(rejet.colonne()).isEqualTo("Poursuite");
                          assertThat(rejet.motif())
                              .contains("colonne obligatoire absente")
                              .contains("la cellule n° 3 n'est pas vide")
                              .contains("disposition de colonnes non reconnue");
                        }));
  }

  @Test
  void readsTheProducersNotAvailableMarkAsEmptyAndRefusesOtherNonIntegers() {
    SourceRows rows =
        SourceParser.parse(
            file(
                List.of("UAI", "Périmètre", "Poursuite", "Taux"),
                new String[] {"0010001W", "ensemble", "ND", "nd"}),
            LYCEES,
            null);
    assertThat(rows.rows().get(0).integer("Poursuite")).isNull();
    assertThat(rows.rows().get(0).integer("Taux")).isNull();

    assertThatThrownBy(
            () ->
                SourceParser.parse(
                    file(
                        List.of("UAI", "Périmètre", "Poursuite", "Taux"),
                        new String[] {"0010001W", "ensemble", "n.d.", "45,5"}),
                    LYCEES,
                    null))
        .isInstanceOfSatisfying(
            ImportRefusedException.class,
            refused ->
                assertThat(refused.getMessage())
                    .contains(
                        "f.csv, ligne 2, colonne « Poursuite » : « n.d. » n'est pas un nombre entier")
                    .contains(
                        "f.csv, ligne 2, colonne « Taux » : « 45,5 » n'est pas un nombre entier"));
  }

  @Test
  void aColumnFoundByNameMakesATypeMoreSpecificThanOneFoundAtABlankCell() {
    assertThat(
            SourceParser.detect(
                "x.csv", List.of("UAI", "Périmètre", "", "Taux"), List.of(CFA, LYCEES)))
        .contains(LYCEES);
    assertThat(
            SourceParser.detect("x.csv", List.of("UAI", "Poursuite", "Taux"), List.of(CFA, LYCEES)))
        .contains(CFA);
  }

  @Test
  void tellsAlikeHeadersApartByTheFileNameOrAsksForTheType() {
    List<String> header = List.of("UAI", "", "", "Taux");

    assertThat(SourceParser.detect("dossier/ij-2018_2019-pro.csv.gz", header, List.of(CFA, LYCEES)))
        .contains(LYCEES);
    assertThat(SourceParser.detect("ij-2018_2019-apprentissage.csv", header, List.of(CFA, LYCEES)))
        .contains(CFA);
    assertThatThrownBy(
            () ->
                SourceParser.detect("ij-2018_2019-professionnel.csv", header, List.of(CFA, LYCEES)))
        .isInstanceOfSatisfying(
            ImportRefusedException.class,
            refused ->
                assertThat(refused.rejets().get(0).motif())
                    .contains("en-tête commun aux types « cfa », « lycees »")
                    .contains("précisez le type du fichier")
                    .doesNotContain("--type"));
  }

  @Test
  void findsColumnsByNameWhateverTheirOrderAndNormalisesCodes() {
    SourceRows rows =
        SourceParser.parse(
            file(List.of("FORMATION_DIPLOME", "MEF"), new String[] {" 4002210a ", "2472210531"}),
            MEF,
            null);

    assertThat(rows.rows().get(0).text("FORMATION_DIPLOME")).isEqualTo("4002210A");
    assertThat(rows.rows().get(0).text("DATE_OUVERTURE")).isNull();
  }

  @Test
  void reportsEveryInvalidValueWithItsLineAndColumn() {
    assertThatThrownBy(
            () ->
                SourceParser.parse(
                    file(
                        List.of("MEF", "FORMATION_DIPLOME", "DATE_OUVERTURE"),
                        new String[] {"2472210531", "4002210", "01/09/2009"},
                        new String[] {"", "40022105", "31/02/2009"}),
                    MEF,
                    null))
        .isInstanceOfSatisfying(
            ImportRefusedException.class,
            refused ->
                assertThat(refused.rejets())
                    .extracting(Rejet::ligne, Rejet::colonne)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "FORMATION_DIPLOME"),
                        org.assertj.core.groups.Tuple.tuple(3, "MEF"),
                        org.assertj.core.groups.Tuple.tuple(3, "DATE_OUVERTURE")));
  }

  @Test
  void listsTheFirstThousandRefusedValuesInLineOrderAndCountsThemAll() {
    // 40,000 lines, each with an invalid CFD: more than two batches of lines to check.
    String[][] rows = new String[40_000][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new String[] {"2472210531", "4002210", ""};
    }
    CsvFile file = file(List.of("MEF", "FORMATION_DIPLOME", "DATE_OUVERTURE"), rows);

    assertThatThrownBy(() -> SourceParser.parse(file, MEF, null))
        .isInstanceOfSatisfying(
            ImportRefusedException.class,
            refused -> {
              assertThat(refused.rejets())
                  .hasSize(1000)
                  .extracting(Rejet::ligne)
                  .isSorted()
                  .startsWith(2, 3)
                  .endsWith(1001);
              assertThat(refused.nombre()).isEqualTo(40_000);
              assertThat(refused.lignes()).isEqualTo(40_000);
              assertThat(refused.getMessage())
                  .contains("(" + fr.education.orion.system.Format.nombre(40_000) + " erreurs)");
            });
  }

  @Test
  void listsMissingColumnsLinesOfTheWrongWidthAndInvalidValuesInOnePass() {
    CsvFile file =
        file(
            List.of("MEF", "FORMATION_DIPLOM", "DATE_OUVERTURE"),
            new String[] {"2472210531", "40022105", "01/09/2009"},
            new String[] {"2472210531", "40022105"},
            new String[] {"247221", "40022105", "31/02/2009"});

    assertThatThrownBy(() -> SourceParser.parse(file, MEF, null))
        .isInstanceOfSatisfying(
            ImportRefusedException.class,
            refused -> {
              assertThat(refused.rejets())
                  .extracting(Rejet::ligne, Rejet::colonne)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple(1, "FORMATION_DIPLOME"),
                      org.assertj.core.groups.Tuple.tuple(3, null),
                      org.assertj.core.groups.Tuple.tuple(4, "MEF"),
                      org.assertj.core.groups.Tuple.tuple(4, "DATE_OUVERTURE"));
              assertThat(refused.rejets().get(0).motif())
                  .contains("colonne obligatoire absente")
                  .contains(
                      "ne lit pas (l'une d'elles est peut-être une colonne attendue mal nommée) : « FORMATION_DIPLOM »");
              assertThat(refused.rejets().get(1).motif())
                  .isEqualTo("2 champs au lieu de 3 (ligne tronquée ?)");
              assertThat(refused.rejets().get(2).motif())
                  .isEqualTo("« 247221 » n'est pas un code MEF de 10 caractères");
              assertThat(refused.nombre()).isEqualTo(4);
              assertThat(refused.lignes()).isEqualTo(2);
            });
  }

  @Test
  void guessesTheClosestTypeOfAHeaderThatFitsNone() {
    assertThat(SourceParser.closest(List.of("MEF", "FORMATION_DIPLOM"), List.of(MEF)))
        .contains(MEF);
    assertThat(SourceParser.closest(List.of("AUTRE", "CHOSE"), List.of(MEF, DISPOSITIF))).isEmpty();
  }
}
