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
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * A source file read as published: {@code ;}-separated, one record per line, in UTF-8, UTF-8 with
 * BOM or Windows-1252 (detected), optionally gzip-compressed ({@code .gz}). Every record must have
 * as many fields as the header.
 *
 * @param fichier the file name
 * @param encodage the detected encoding
 * @param header the header names, as written
 * @param records the data lines
 */
record CsvFile(String fichier, String encodage, List<String> header, List<Record> records) {

  /** A data record and the number of its first line in the file (the header is line 1). */
  record Record(int line, String[] fields) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern LINE_BREAK = Pattern.compile("\r?\n|\r");

  /** The UTF-8 byte order mark, read one character per byte. */
  private static final String UTF_8_BOM = "\u00EF\u00BB\u00BF";

  static CsvFile read(String fichier, InputStream input) throws IOException {
    return read(fichier, input, header -> null);
  }

  /**
   * Reads the file, decoding only the values of the columns that {@code columnsRead} picks from the
   * header ({@code null}: every column); the others are left empty. The first value of each line is
   * always decoded, so that a blank line is still told from a short one. The encoding is judged on
   * the decoded values.
   */
  static CsvFile read(
      String fichier, InputStream input, Function<List<String>, @Nullable IntPredicate> columnsRead)
      throws IOException {
    byte[] bytes =
        fichier.endsWith(".gz") ? new GZIPInputStream(input).readAllBytes() : input.readAllBytes();
    refuseUnreadable(fichier, bytes);
    // One character per byte: separators, quotes and line breaks, all ASCII, are where they are in
    // the bytes whatever the encoding, and only the fields are decoded.
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    if (text.indexOf('\0') >= 0) {
      throw ImportRefusedException.of(
          fichier, "encodage inconnu : le fichier contient des octets nuls (fichier binaire ?)");
    }
    boolean bom = text.startsWith(UTF_8_BOM);
    Tokenizer utf8 =
        new Tokenizer(
            bytes, text, bom ? UTF_8_BOM.length() : 0, StandardCharsets.UTF_8, columnsRead);
    List<Record> tokenized = utf8.records();
    String encodage = bom ? "UTF-8 (BOM)" : "UTF-8";
    // The JDK decodes a malformed sequence as U+FFFD: only when that character appears is the
    // strict decoder asked whether the file wrote it.
    if (utf8.replaced() && !isValid(StandardCharsets.UTF_8, bytes)) {
      if (bom) {
        throw ImportRefusedException.of(
            fichier, "encodage inconnu : marque UTF-8 présente mais octets non UTF-8");
      }
      // Windows-1252 leaves five bytes undefined, which reveal other encodings.
      if (!isValid(WINDOWS_1252, bytes)) {
        throw ImportRefusedException.of(
            fichier, "encodage inconnu : ni UTF-8 ni Windows-1252 (ISO-8859-1)");
      }
      tokenized = new Tokenizer(bytes, text, 0, WINDOWS_1252, columnsRead).records();
      encodage = "Windows-1252";
    }
    List<String> header = null;
    List<Record> records = new ArrayList<>(tokenized.size());
    List<Rejet> errors = new ArrayList<>();
    for (Record record : tokenized) {
      String[] fields = record.fields();
      if (header == null) {
        header = List.of(fields);
      } else if (fields.length != header.size()) {
        errors.add(new Rejet(record.line(), null, fieldCountProblem(fields.length, header.size())));
      } else {
        records.add(record);
      }
    }
    if (header == null) {
      throw ImportRefusedException.of(fichier, "le fichier est vide (pas de ligne d'en-tête)");
    }
    if (!errors.isEmpty()) {
      throw new ImportRefusedException(fichier, errors);
    }
    return new CsvFile(fichier, encodage, header, records);
  }

  /** A UTF-16 file, which starts with its byte order mark, is not read. */
  private static void refuseUnreadable(String fichier, byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      throw ImportRefusedException.of(
          fichier, "encodage UTF-16 non pris en charge : enregistrez le fichier en UTF-8");
    }
  }

  /**
   * Splits a text into records of {@code ;}-separated fields. Like the producers' own tools, quotes
   * are data (BCN labels hold unbalanced quotes), except around a whole field: a field that starts
   * with a quote and whose closing quote is followed by {@code ;} or the end of the line is a
   * quoted field, where {@code ""} stands for one quote and {@code ;} and line breaks are data (the
   * RNCP kit has a label on five lines). Blank lines are skipped. Line breaks inside a value become
   * {@code \n}.
   */
  static final class Tokenizer {

    private final byte[] bytes;

    /** The bytes, one character each: where to find the delimiters. */
    private final String text;

    private final Charset charset;
    private final Function<List<String>, @Nullable IntPredicate> columnsRead;

    /** The columns whose values are decoded, known once the header is read; null: all. */
    private @Nullable IntPredicate decoded;

    private boolean replaced;
    private int position;
    private int line = 1;

    /** The most fields a record had so far: the room given to the next one. */
    private int width = 8;

    private int nextSemicolon = -1;
    private int nextLineFeed = -1;
    private int nextCarriageReturn = -1;

    Tokenizer(
        byte[] bytes,
        String text,
        int start,
        Charset charset,
        Function<List<String>, @Nullable IntPredicate> columnsRead) {
      this.bytes = bytes;
      this.text = text;
      this.position = start;
      this.charset = charset;
      this.columnsRead = columnsRead;
    }

    /** Some field held U+FFFD once decoded: a malformed sequence, or the character itself. */
    boolean replaced() {
      return replaced;
    }

    private String decode(int from, int to) {
      String value = new String(bytes, from, to - from, charset);
      // Immediate for the fields whose characters are all Latin-1: almost every one.
      if (value.indexOf('\uFFFD') >= 0) {
        replaced = true;
      }
      return value;
    }

    List<Record> records() {
      List<Record> records = new ArrayList<>();
      while (position < text.length()) {
        int first = line;
        List<String> fields = new ArrayList<>(width);
        boolean quoted = false;
        while (true) {
          int closing = closingQuote();
          if (closing >= 0) {
            String value = decode(position + 1, closing);
            line += lineBreaks(value);
            fields.add(LINE_BREAK.matcher(value).replaceAll("\n").replace("\"\"", "\""));
            position = closing + 1;
            quoted = true;
          } else {
            int end = fieldEnd();
            boolean read = decoded == null || fields.isEmpty() || decoded.test(fields.size());
            fields.add(read ? decode(position, end) : "");
            position = end;
          }
          if (position < text.length() && text.charAt(position) == ';') {
            position++;
          } else {
            break;
          }
        }
        skipLineBreak();
        width = Math.max(width, fields.size());
        if (quoted || fields.size() > 1 || !fields.get(0).isBlank()) {
          if (records.isEmpty()) {
            decoded = columnsRead.apply(List.copyOf(fields));
          }
          records.add(new Record(first, fields.toArray(new String[fields.size()])));
        }
      }
      return records;
    }

    /**
     * Where the unquoted field at the current position ends: the next {@code ;} or line break. The
     * next of each is kept, found by {@link String#indexOf}, and looked for again only once passed.
     */
    private int fieldEnd() {
      if (nextSemicolon < position) {
        nextSemicolon = indexOrEnd(';');
      }
      if (nextLineFeed < position) {
        nextLineFeed = indexOrEnd('\n');
      }
      if (nextCarriageReturn < position) {
        nextCarriageReturn = indexOrEnd('\r');
      }
      return Math.min(nextSemicolon, Math.min(nextLineFeed, nextCarriageReturn));
    }

    private int indexOrEnd(char c) {
      int index = text.indexOf(c, position);
      return index < 0 ? text.length() : index;
    }

    /** The closing quote of a quoted field at the current position, or -1 if it is not one. */
    private int closingQuote() {
      if (position >= text.length() || text.charAt(position) != '"') {
        return -1;
      }
      int from = position + 1;
      while (true) {
        int quote = text.indexOf('"', from);
        if (quote < 0) {
          return -1;
        }
        if (quote + 1 < text.length() && text.charAt(quote + 1) == '"') {
          from = quote + 2;
          continue;
        }
        boolean endsField =
            quote + 1 == text.length() || isDelimiterOrBreak(text.charAt(quote + 1));
        return endsField ? quote : -1;
      }
    }

    private void skipLineBreak() {
      if (position < text.length() && text.charAt(position) == '\r') {
        position++;
      }
      if (position < text.length() && text.charAt(position) == '\n') {
        position++;
      }
      line++;
    }

    private static boolean isDelimiterOrBreak(char c) {
      return c == ';' || c == '\n' || c == '\r';
    }

    private static int lineBreaks(String value) {
      return (int) LINE_BREAK.matcher(value).results().count();
    }
  }

  private static String fieldCountProblem(int found, int expected) {
    return found < expected
        ? found + " champs au lieu de " + expected + " (ligne tronquée ?)"
        : found
            + " champs au lieu de "
            + expected
            + " (ligne trop longue ou « ; » dans une valeur ?)";
  }

  private static boolean isValid(Charset charset, byte[] bytes) {
    try {
      charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
