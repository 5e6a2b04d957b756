package fr.education.orion.ingestion.lecture;

import fr.education.orion.ingestion.ImportRefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A source file read as published: {@code ;}-separated, one record per line, in UTF-8, UTF-8 with
 * BOM or Windows-1252 (detected), optionally gzip-compressed ({@code .gz}). Records with another
 * number of fields than the header are kept as they are: the import refuses them with the other
 * errors of the file.
 *
 * @param fichier the file name
 * @param encodage the detected encoding
 * @param header the header names, as written
 * @param records the data lines
 */
public record CsvFile(String fichier, String encodage, List<String> header, List<Record> records) {

  /** A data record and the number of its first line in the file (the header is line 1). */
  public record Record(int line, String[] fields) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern LINE_BREAK = Pattern.compile("\r?\n|\r");

  /** Bytes are read by chunks of this size, so that a refused file never costs a copy of it. */
  private static final int CHUNK = 1 << 20;

  static CsvFile read(String fichier, InputStream input) throws IOException {
    return read(fichier, input, header -> null, ImportProperties.PAR_DEFAUT);
  }

  static CsvFile read(
      String fichier, InputStream input, Function<List<String>, @Nullable IntPredicate> columnsRead)
      throws IOException {
    return read(fichier, input, columnsRead, ImportProperties.PAR_DEFAUT);
  }

  /**
   * Reads the file, decoding only the values of the columns that {@code columnsRead} picks from the
   * header ({@code null}: every column); the others are left empty. The first value of each line is
   * always decoded, so that a blank line is still told from a short one. The encoding is judged on
   * the decoded values.
   *
   * <p>What the reading holds is bounded by {@code limites} whatever the file: its unpacked bytes
   * (refused as they come past {@link ImportProperties#tailleMax()}, or past the ratio of a {@code
   * .gz}), then its decoded lines, whose estimated size may not pass the same limit either.
   */
  public static CsvFile read(
      String fichier,
      InputStream input,
      Function<List<String>, @Nullable IntPredicate> columnsRead,
      ImportProperties limites)
      throws IOException {
    Octets octets = readBytes(LimitedInputStream.open(fichier, input, limites));
    byte[] bytes = octets.bytes();
    int length = octets.length();
    refuseUnreadable(fichier, bytes, length);
    // Separators, quotes and line breaks, all ASCII, are where they are in the bytes whatever the
    // encoding, and only the fields are decoded.
    if (indexOf(bytes, 0, length, (byte) 0) >= 0) {
      throw ImportRefusedException.of(
          fichier, "encodage inconnu : le fichier contient des octets nuls (fichier binaire ?)");
    }
    boolean bom =
        length >= 3
            && bytes[0] == (byte) 0xEF
            && bytes[1] == (byte) 0xBB
            && bytes[2] == (byte) 0xBF;
    Tokenizer utf8 =
        new Tokenizer(
            fichier,
            bytes,
            length,
            bom ? 3 : 0,
            StandardCharsets.UTF_8,
            columnsRead,
            limites.tailleMax().toBytes());
    List<Record> tokenized = utf8.records();
    String encodage = bom ? "UTF-8 (BOM)" : "UTF-8";
    // The JDK decodes a malformed sequence as U+FFFD: only when that character appears is the
    // strict decoder asked whether the file wrote it.
    if (utf8.replaced() && !isValid(StandardCharsets.UTF_8, bytes, length)) {
      if (bom) {
        throw ImportRefusedException.of(
            fichier, "encodage inconnu : marque UTF-8 présente mais octets non UTF-8");
      }
      // Windows-1252 leaves five bytes undefined, which reveal other encodings.
      if (!isValid(WINDOWS_1252, bytes, length)) {
        throw ImportRefusedException.of(
            fichier, "encodage inconnu : ni UTF-8 ni Windows-1252 (ISO-8859-1)");
      }
      // The lines decoded as UTF-8 are let go before those of the right encoding are made.
      tokenized = List.of();
      tokenized =
          new Tokenizer(
                  fichier,
                  bytes,
                  length,
                  0,
                  WINDOWS_1252,
                  columnsRead,
                  limites.tailleMax().toBytes())
              .records();
      encodage = "Windows-1252";
    }
    if (tokenized.isEmpty()) {
      throw ImportRefusedException.of(fichier, "le fichier est vide (pas de ligne d'en-tête)");
    }
    List<String> header = List.of(tokenized.get(0).fields());
    List<Record> records = tokenized.subList(1, tokenized.size());
    return new CsvFile(fichier, encodage, header, records);
  }

  /** The bytes of a file and how many of them the array holds. */
  private record Octets(byte[] bytes, int length) {}

  /**
   * Reads every byte, by chunks: a file refused past the limit has cost no more than the limit, and
   * the one array of an accepted file is filled chunk by chunk, each let go once copied.
   */
  private static Octets readBytes(InputStream input) throws IOException {
    List<byte[]> chunks = new ArrayList<>();
    byte[] chunk = new byte[CHUNK];
    int filled = 0;
    long total = 0;
    while (true) {
      int n = input.readNBytes(chunk, filled, chunk.length - filled);
      filled += n;
      total += n;
      if (filled < chunk.length) {
        break;
      }
      chunks.add(chunk);
      chunk = new byte[CHUNK];
      filled = 0;
    }
    if (chunks.isEmpty()) {
      return new Octets(chunk, filled);
    }
    if (total > Integer.MAX_VALUE - 16) {
      throw new IOException("fichier de plus de 2 Go");
    }
    byte[] bytes = new byte[(int) total];
    int at = 0;
    for (int i = 0; i < chunks.size(); i++) {
      System.arraycopy(chunks.get(i), 0, bytes, at, CHUNK);
      chunks.set(i, null);
      at += CHUNK;
    }
    System.arraycopy(chunk, 0, bytes, at, filled);
    return new Octets(bytes, (int) total);
  }

  /** A UTF-16 file, which starts with its byte order mark, is not read. */
  private static void refuseUnreadable(String fichier, byte[] bytes, int length) {
    if (length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      throw ImportRefusedException.of(
          fichier, "encodage UTF-16 non pris en charge : enregistrez le fichier en UTF-8");
    }
  }

  private static int indexOf(byte[] bytes, int from, int to, byte wanted) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Splits the bytes into records of {@code ;}-separated fields. Like the producers' own tools,
   * quotes are data (BCN labels hold unbalanced quotes), except around a whole field: a field that
   * starts with a quote and whose closing quote is followed by {@code ;} or the end of the line is
   * a quoted field, where {@code ""} stands for one quote and {@code ;} and line breaks are data
   * (the RNCP kit has a label on five lines). Blank lines are skipped. Line breaks inside a value
   * become {@code \n}.
   */
  static final class Tokenizer {

    /**
     * What a record costs beyond its values, estimated: the record, its array, the row it becomes.
     */
    private static final int RECORD_COST = 64;

    /** What a decoded value costs beyond its characters, estimated: the string and its array. */
    private static final int VALUE_COST = 40;

    private final String fichier;
    private final byte[] bytes;
    private final int end;
    private final Charset charset;
    private final Function<List<String>, @Nullable IntPredicate> columnsRead;

    /** The most memory the records may take, estimated; a file whose lines take more is refused. */
    private final long budget;

    /** The columns whose values are decoded, known once the header is read; null: all. */
    private @Nullable IntPredicate decoded;

    private boolean replaced;
    private int position;
    private int line = 1;
    private long held;

    /** The most fields a record had so far: the room given to the next one. */
    private int width = 8;

    Tokenizer(
        String fichier,
        byte[] bytes,
        int end,
        int start,
        Charset charset,
        Function<List<String>, @Nullable IntPredicate> columnsRead,
        long budget) {
      this.fichier = fichier;
      this.bytes = bytes;
      this.end = end;
      this.position = start;
      this.charset = charset;
      this.columnsRead = columnsRead;
      this.budget = budget;
    }

    /** Some field held U+FFFD once decoded: a malformed sequence, or the character itself. */
    boolean replaced() {
      return replaced;
    }

    private String decode(int from, int to) {
      if (from == to) {
        return "";
      }
      String value = new String(bytes, from, to - from, charset);
      // Immediate for the fields whose characters are all Latin-1: almost every one.
      if (value.indexOf('\uFFFD') >= 0) {
        replaced = true;
      }
      held += VALUE_COST + value.length();
      return value;
    }

    List<Record> records() {
      List<Record> records = new ArrayList<>();
      while (position < end) {
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
            int fieldEnd = fieldEnd();
            boolean read = decoded == null || fields.isEmpty() || decoded.test(fields.size());
            fields.add(read ? decode(position, fieldEnd) : "");
            position = fieldEnd;
          }
          if (position < end && bytes[position] == ';') {
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
          held += RECORD_COST + 4L * fields.size();
          if (held > budget) {
            throw ImportRefusedException.of(
                fichier,
                "fichier trop volumineux : ses lignes, jusqu'à la ligne "
                    + first
                    + ", occupent plus de "
                    + ImportProperties.taille(budget)
                    + " en mémoire (limite "
                    + ImportProperties.TAILLE_MAX
                    + ")");
          }
        }
      }
      return records;
    }

    /** Where the unquoted field at the current position ends: the next {@code ;} or line break. */
    private int fieldEnd() {
      int i = position;
      while (i < end) {
        byte b = bytes[i];
        if (b == ';' || b == '\n' || b == '\r') {
          return i;
        }
        i++;
      }
      return end;
    }

    /** The closing quote of a quoted field at the current position, or -1 if it is not one. */
    private int closingQuote() {
      if (position >= end || bytes[position] != '"') {
        return -1;
      }
      int from = position + 1;
      while (true) {
        int quote = indexOf(bytes, from, end, (byte) '"');
        if (quote < 0) {
          return -1;
        }
        if (quote + 1 < end && bytes[quote + 1] == '"') {
          from = quote + 2;
          continue;
        }
        boolean endsField = quote + 1 == end || isDelimiterOrBreak(bytes[quote + 1]);
        return endsField ? quote : -1;
      }
    }

    private void skipLineBreak() {
      if (position < end && bytes[position] == '\r') {
        position++;
      }
      if (position < end && bytes[position] == '\n') {
        position++;
      }
      line++;
    }

    private static boolean isDelimiterOrBreak(byte b) {
      return b == ';' || b == '\n' || b == '\r';
    }

    private static int lineBreaks(String value) {
      return (int) LINE_BREAK.matcher(value).results().count();
    }
  }

  /**
   * Whether the bytes are all valid in this charset, decoded through a small buffer: a check of the
   * whole file costs no copy of it.
   */
  private static boolean isValid(Charset charset, byte[] bytes, int length) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return false;
      }
      if (result.isUnderflow()) {
        break;
      }
      out.clear();
    }
    out.clear();
    return !decoder.flush(out).isError();
  }
}
