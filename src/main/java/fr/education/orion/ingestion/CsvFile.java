package fr.education.orion.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A source file read as published: {@code ;}-separated, one record per line, in UTF-8, UTF-8 with
 * BOM or Windows-1252 (detected), optionally gzip-compressed ({@code .gz}). Every line must have as
 * many fields as the header.
 *
 * @param fichier the file name
 * @param encodage the detected encoding
 * @param header the header names, as written
 * @param records the data lines
 */
record CsvFile(String fichier, String encodage, List<String> header, List<Record> records) {

  /** A data line and its number in the file (the header is line 1). */
  record Record(int line, String[] fields) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern LINE_BREAK = Pattern.compile("\r?\n|\r");

  static CsvFile read(String fichier, InputStream input) throws IOException {
    byte[] bytes =
        fichier.endsWith(".gz") ? new GZIPInputStream(input).readAllBytes() : input.readAllBytes();
    Decoded decoded = decode(fichier, bytes);
    String[] lines = LINE_BREAK.split(decoded.text(), -1);
    List<String> header = null;
    List<Record> records = new ArrayList<>(lines.length);
    List<Rejet> errors = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] fields = split(lines[i]);
      if (header == null) {
        header = List.of(fields);
      } else if (fields.length != header.size()) {
        errors.add(new Rejet(i + 1, null, fieldCountProblem(fields.length, header.size())));
      } else {
        records.add(new Record(i + 1, fields));
      }
    }
    if (header == null) {
      throw ImportRefusedException.of(fichier, "le fichier est vide (pas de ligne d'en-tête)");
    }
    if (!errors.isEmpty()) {
      throw new ImportRefusedException(fichier, errors);
    }
    return new CsvFile(fichier, decoded.encodage(), header, records);
  }

  /**
   * Splits on {@code ;}. Like the producers' own tools, quotes are data, not delimiters (BCN labels
   * hold unbalanced quotes); only a pair wrapping a whole value is removed.
   */
  private static String[] split(String line) {
    String[] fields = line.split(";", -1);
    for (int i = 0; i < fields.length; i++) {
      String field = fields[i];
      if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
        fields[i] = field.substring(1, field.length() - 1).replace("\"\"", "\"");
      }
    }
    return fields;
  }

  private static String fieldCountProblem(int found, int expected) {
    return found < expected
        ? found + " champs au lieu de " + expected + " (ligne tronquée ?)"
        : found
            + " champs au lieu de "
            + expected
            + " (ligne trop longue ou « ; » dans une valeur ?)";
  }

  private record Decoded(String text, String encodage) {}

  /**
   * UTF-8 with BOM, then strict UTF-8, then Windows-1252 (whose five undefined bytes reveal other
   * encodings). A NUL byte or a UTF-16 BOM means the file is not a text file we read.
   */
  private static Decoded decode(String fichier, byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      throw ImportRefusedException.of(
          fichier, "encodage UTF-16 non pris en charge : enregistrez le fichier en UTF-8");
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw ImportRefusedException.of(
            fichier, "encodage inconnu : le fichier contient des octets nuls (fichier binaire ?)");
      }
    }
    if (bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF) {
      String text = strict(StandardCharsets.UTF_8, bytes, 3);
      if (text == null) {
        throw ImportRefusedException.of(
            fichier, "encodage inconnu : marque UTF-8 présente mais octets non UTF-8");
      }
      return new Decoded(text, "UTF-8 (BOM)");
    }
    String utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8");
    }
    String windows = strict(WINDOWS_1252, bytes, 0);
    if (windows != null) {
      return new Decoded(windows, "Windows-1252");
    }
    throw ImportRefusedException.of(
        fichier, "encodage inconnu : ni UTF-8 ni Windows-1252 (ISO-8859-1)");
  }

  private static @org.jspecify.annotations.Nullable String strict(
      Charset charset, byte[] bytes, int offset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
