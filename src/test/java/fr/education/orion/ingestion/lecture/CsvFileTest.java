package fr.education.orion.ingestion.lecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.education.orion.ingestion.BombeGzip;
import fr.education.orion.ingestion.ImportRefusedException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

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
    assertThat(readColumnB("A;B;C\n1;Pâtissier;x\n3\n").records().get(1).fields())
        .containsExactly("3");
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
  void keepsLinesWithTooManyOrTooFewFieldsForTheParserToRefuse() throws IOException {
    byte[] content = "A;B;C\n1;2;3\n1;2\n1;2;3;4\n".getBytes(StandardCharsets.UTF_8);

    assertThat(read("f.csv", content).records())
        .extracting(record -> record.fields().length)
        .containsExactly(3, 2, 4);
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

  private static final String ENTETE = "UAI;LIBELLE";
  private static final String LIGNE = "0010001W;LYCEE PROFESSIONNEL DU BATIMENT";

  private static ImportProperties limites(long tailleMax, int ratioMax) {
    return new ImportProperties(DataSize.ofBytes(tailleMax), ratioMax);
  }

  private static CsvFile read(String name, InputStream content, ImportProperties limites)
      throws IOException {
    return CsvFile.read(name, content, header -> null, limites);
  }

  @Test
  void refusesADecompressionBombPastTheSizeLimitHavingReadNoMoreThanIt() {
    // 1 GB once unpacked, 1 MB allowed; a ratio limit too high to be the one that refuses it.
    byte[] bombe = BombeGzip.octets(ENTETE, LIGNE, 1024L * 1024 * 1024);
    ByteArrayInputStream input = new ByteArrayInputStream(bombe);

    assertThatThrownBy(() -> read("bombe.csv.gz", input, limites(1024 * 1024, 1_000_000)))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining(
            "bombe.csv.gz : fichier trop volumineux une fois décompressé : plus de 1 Mo"
                + " (limite ORION_IMPORT_TAILLE_MAX)");
    // Stopped at the limit: about 1 MB of the 1024 unpacked, so a hundredth of the compressed
    // bytes at most (one gzip member and the read-ahead buffer past it).
    assertThat(bombe.length - input.available()).isLessThan(bombe.length / 100);
  }

  @Test
  void refusesADecompressionBombByItsCompressionRatioBeforeTheSizeLimit() {
    byte[] bombe = BombeGzip.octets(ENTETE, LIGNE, 200L * 1024 * 1024);
    ByteArrayInputStream input = new ByteArrayInputStream(bombe);

    // 100 MB allowed, 100 times its compressed size: checked past 10 MB.
    assertThatThrownBy(() -> read("bombe.csv.gz", input, ImportProperties.PAR_DEFAUT))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining("bombe.csv.gz : taux de compression anormal")
        .hasMessageContaining(
            "plus de 100 fois la taille compressée (limite ORION_IMPORT_RATIO_MAX)");
    assertThat(bombe.length - input.available()).isLessThan(bombe.length / 10);
  }

  @Test
  void readsAGzipThatCompressesWellWhileItIsSmall() throws IOException {
    // 2 MB at a ratio of several hundreds, under the size past which the ratio is checked (10 MB).
    byte[] petit = BombeGzip.octets(ENTETE, LIGNE, 2L * 1024 * 1024);

    CsvFile file =
        read("petit.csv.gz", new ByteArrayInputStream(petit), ImportProperties.PAR_DEFAUT);

    assertThat(file.records()).hasSizeGreaterThan(50_000);
    assertThat(file.records().get(file.records().size() - 1).fields())
        .containsExactly("0010001W", "LYCEE PROFESSIONNEL DU BATIMENT");
  }

  @Test
  void refusesAPlainFileOneByteLargerThanTheLimit() throws IOException {
    byte[] texte = (ENTETE + "\n" + (LIGNE + "\n").repeat(100)).getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(
            () ->
                read("grand.csv", new ByteArrayInputStream(texte), limites(texte.length - 1, 100)))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining("grand.csv : fichier trop volumineux : plus de 4 Ko")
        .hasMessageContaining("(limite ORION_IMPORT_TAILLE_MAX)");
    try (InputStream atTheLimit =
        LimitedInputStream.open(
            "juste.csv", new ByteArrayInputStream(texte), limites(texte.length, 100))) {
      assertThat(atTheLimit.readAllBytes()).isEqualTo(texte);
    }
  }

  @Test
  void refusesLinesThatWouldTakeMoreMemoryThanTheLimit() {
    // 40 kB of one-character lines: under the 64 kB allowed, but each line is an object or three.
    byte[] texte = ("A\n" + "1\n".repeat(20_000)).getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(
            () -> read("court.csv", new ByteArrayInputStream(texte), limites(65_536, 100)))
        .isInstanceOf(ImportRefusedException.class)
        .hasMessageContaining("court.csv : fichier trop volumineux : ses lignes, jusqu'à la ligne")
        .hasMessageContaining("occupent plus de 64 Ko en mémoire (limite ORION_IMPORT_TAILLE_MAX)");
  }

  @Test
  void readsAFileOfSeveralMegabytesWholeAcrossItsChunks() throws IOException {
    // More than three chunks of 1 MB, a line across each boundary.
    StringBuilder texte = new StringBuilder("N;LIBELLE\n");
    int lignes = 150_000;
    for (int i = 0; i < lignes; i++) {
      texte.append(i).append(";Libellé n° ").append(i).append('\n');
    }
    byte[] octets = texte.toString().getBytes(StandardCharsets.UTF_8);

    CsvFile file = read("long.csv", octets);

    assertThat(octets.length).isGreaterThan(3 * 1024 * 1024);
    assertThat(file.records()).hasSize(lignes);
    assertThat(file.records().get(lignes - 1).fields())
        .containsExactly(String.valueOf(lignes - 1), "Libellé n° " + (lignes - 1));
    assertThat(file.records().get(lignes - 1).line()).isEqualTo(lignes + 1);
  }
}
