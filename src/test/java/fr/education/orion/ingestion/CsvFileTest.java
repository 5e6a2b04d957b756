package fr.education.orion.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class CsvFileTest {

  private static CsvFile read(String name, byte[] content) throws IOException {
    return CsvFile.read(name, new ByteArrayInputStream(content));
  }

  @Test
  void detectsUtf8WithBomUtf8AndWindows1252() throws IOException {
    String text = "CODE;LIBELLE\n001;Pâtissier\n";
    byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);

    assertThat(read("a.csv", bom).encodage()).isEqualTo("UTF-8 (BOM)");
    assertThat(read("a.csv", text.getBytes(StandardCharsets.UTF_8)).encodage()).isEqualTo("UTF-8");
    CsvFile windows = read("a.csv", text.getBytes(Charset.forName("windows-1252")));
    assertThat(windows.encodage()).isEqualTo("Windows-1252");
    assertThat(windows.records().get(0).fields()[1]).isEqualTo("Pâtissier");
  }

  @Test
  void keepsCharactersBeyondLatin1AndAReplacementCharacterTheFileWrote() throws IOException {
    String text = "CODE;LIBELLE\n001;Cœur d\u2019ouvrage \uFFFD\n002;Mécanique\n";

    CsvFile file = read("a.csv", text.getBytes(StandardCharsets.UTF_8));

    assertThat(file.encodage()).isEqualTo("UTF-8");
    assertThat(file.records().get(0).fields()[1]).isEqualTo("Cœur d\u2019ouvrage \uFFFD");
    assertThat(file.records().get(1).fields()[1]).isEqualTo("Mécanique");
  }

  @Test
  void refusesBytesThatAreNeitherUtf8NorWindows1252() {
    // 0x81 is undefined in Windows-1252 and cannot start a UTF-8 character.
    byte[] neither = {'A', ';', 'B', '\n', '1', ';', (byte) 0x81, '\n'};
    byte[] bomThenLatin1 = {
      (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'A', ';', 'B', '\n', '1', ';', (byte) 0xE9, '\n'
    };

    assertThatThrownBy(() -> read("f.csv", neither))
        .hasMessageContaining("ni UTF-8 ni Windows-1252");
    assertThatThrownBy(() -> read("f.csv", bomThenLatin1))
        .hasMessageContaining("marque UTF-8 présente mais octets non UTF-8");
  }

  private static CsvFile readColumnB(String text) throws IOException {
    return CsvFile.read(
        "a.csv",
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        header -> index -> header.get(index).equals("B"));
  }

  @Test
  void decodesOnlyTheColumnsAskedForAndAlwaysTheFirstOne() throws IOException {
    CsvFile file = readColumnB("A;B;C\n1;Pâtissier;x\n\n2;Cœur;y\n");

    assertThat(file.header()).containsExactly("A", "B", "C");
    assertThat(file.records()).extracting(CsvFile.Record::line).containsExactly(2, 4);
    assertThat(file.records().get(0).fields()).containsExactly("1", "Pâtissier", "");
    assertThat(file.records().get(1).fields()).containsExactly("2", "Cœur", "");
    // A line of one value is not taken for a blank one.
    assertThatThrownBy(() -> readColumnB("A;B;C\n1;Pâtissier;x\n3\n"))
        .hasMessageContaining("a.csv, ligne 3 : 1 champs au lieu de 3");
  }

  @Test
  void readsGzipCompressedFiles() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write("A;B\n1;2\n".getBytes(StandardCharsets.UTF_8));
    }

    CsvFile file = read("a.csv.gz", gz.toByteArray());

    assertThat(file.header()).containsExactly("A", "B");
    assertThat(file.records()).hasSize(1);
  }

  @Test
  void keepsQuotesInsideValuesAndRemovesThoseAroundThem() throws IOException {
    CsvFile file =
        read(
            "a.csv",
            "\"A\";B\n\"0010001W\";\"Diplome d'etat\" en 4 ans\n".getBytes(StandardCharsets.UTF_8));

    assertThat(file.header()).containsExactly("A", "B");
    assertThat(file.records().get(0).fields())
        .containsExactly("0010001W", "\"Diplome d'etat\" en 4 ans");
  }

  @Test
  void readsAQuotedFieldSpanningLinesAndNumbersRecordsByTheirFirstLine() throws IOException {
    // The shape of the RNCP kit: a quoted label on several CRLF lines, doubled quotes inside.
    String text =
        "Code;Libellé;RNCP\r\n"
            + "13511418;\"MÉTIERS (MECI)\r\nSPÉCIALITÉS :\r\n- PISE\";RNCP23315\r\n"
            + "45023201;\"TAILLEUR \"\"MH\"\" (BP)\";RNCP36849\r\n";

    CsvFile file = read("kit.csv", text.getBytes(StandardCharsets.UTF_8));

    assertThat(file.records()).extracting(CsvFile.Record::line).containsExactly(2, 5);
    assertThat(file.records().get(0).fields())
        .containsExactly("13511418", "MÉTIERS (MECI)\nSPÉCIALITÉS :\n- PISE", "RNCP23315");
    assertThat(file.records().get(1).fields()[1]).isEqualTo("TAILLEUR \"MH\" (BP)");
  }

  @Test
  void keepsASemicolonInsideAQuotedFieldAndAQuoteThatDoesNotCloseAField() throws IOException {
    CsvFile file =
        read("a.csv", "A;B;C\n\"x;y\";\"ab\"c;\"\n1;\"\";\"z\n".getBytes(StandardCharsets.UTF_8));

    assertThat(file.records().get(0).fields()).containsExactly("x;y", "\"ab\"c", "\"");
    assertThat(file.records().get(1).fields()).containsExactly("1", "", "\"z");
  }

  @Test
  void keepsAQuoteThatIsNeverClosedAsDataOnItsOwnLine() throws IOException {
    CsvFile file = read("f.csv", "A;B\n1;\"ouvert\n2;3\n".getBytes(StandardCharsets.UTF_8));

    assertThat(file.records()).extracting(CsvFile.Record::line).containsExactly(2, 3);
    assertThat(file.records().get(0).fields()).containsExactly("1", "\"ouvert");
  }

  @Test
  void keepsBlankHeaderCellsInPlace() throws IOException {
    CsvFile file =
        read(
            "a.csv",
            "\"UAI\";;\"\";\"Taux\";\n\"0010001W\";\"ensemble\";49;47;\n"
                .getBytes(StandardCharsets.UTF_8));

    assertThat(file.header()).containsExactly("UAI", "", "", "Taux", "");
    assertThat(file.records().get(0).fields())
        .containsExactly("0010001W", "ensemble", "49", "47", "");
  }

  @Test
  void numbersLinesFromTheHeaderAndSkipsBlankLines() throws IOException {
    CsvFile file = read("a.csv", "A;B\r\n1;2\r\n\r\n3;4\r\n".getBytes(StandardCharsets.UTF_8));

    assertThat(file.records()).extracting(CsvFile.Record::line).containsExactly(2, 4);
  }

  @Test
  void refusesLinesWithTooManyOrTooFewFields() {
    byte[] content = "A;B;C\n1;2;3\n1;2\n1;2;3;4\n".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> read("f.csv", content))
        .isInstanceOfSatisfying(
            ImportRefusedException.class,
            refused -> {
              assertThat(refused.rejets()).extracting(Rejet::ligne).containsExactly(3, 4);
              assertThat(refused.getMessage())
                  .contains("f.csv, ligne 3 : 2 champs au lieu de 3")
                  .contains("f.csv, ligne 4 : 4 champs au lieu de 3");
            });
  }

  @Test
  void refusesBinaryAndUtf16Files() {
    assertThatThrownBy(() -> read("f.csv", new byte[] {'A', 0, 'B'}))
        .hasMessageContaining("encodage inconnu");
    assertThatThrownBy(() -> read("f.csv", "A;B".getBytes(StandardCharsets.UTF_16)))
        .hasMessageContaining("UTF-16");
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> read("vide.csv", new byte[0])).hasMessageContaining("vide");
  }
}
