package fr.education.orion.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                List.of("\uFEFFMEF", " formation_diplome "), List.of(DISPOSITIF, MEF)))
        .contains(MEF);
    assertThat(SourceParser.detect(List.of("MEF"), List.of(MEF, DISPOSITIF))).contains(DISPOSITIF);
    assertThat(SourceParser.detect(List.of("AUTRE"), List.of(MEF, DISPOSITIF))).isEmpty();
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
}
