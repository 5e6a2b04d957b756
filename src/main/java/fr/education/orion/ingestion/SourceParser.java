package fr.education.orion.ingestion;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Recognises the type of a file from its header and checks every value of every line. */
final class SourceParser {

  /**
   * The most refused values listed for one file; the lines are checked by batches of {@link #LOT}.
   */
  static final int ERREURS_MAX = 1000;

  private static final int LOT = 16_384;

  private SourceParser() {}

  /** Header names compare without case, surrounding quotes, BOM or repeated spaces. */
  static String normalizeHeader(String name) {
    String text = Normalizer.normalize(name, Normalizer.Form.NFC).replace("\uFEFF", "").trim();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1).trim();
    }
    return text.replace('’', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * The type of a file: among the formats whose required columns are all in the header, the one
   * that finds most of them by name (a column found at a blank header cell says less); on a tie,
   * the one whose file name pattern matches the name of the file.
   *
   * @throws ImportRefusedException when several types fit and the name does not tell them apart
   */
  static Optional<SourceFormat> detect(
      String fichier, List<String> header, List<SourceFormat> formats) {
    List<String> names = normalizeHeaders(header);
    Map<SourceFormat, Long> namedColumns = new LinkedHashMap<>();
    for (SourceFormat format : formats) {
      if (missingColumns(format, names).isEmpty()) {
        namedColumns.put(
            format,
            format.columns().stream()
                .filter(Column::mustBeInHeader)
                .filter(column -> namedIndexOf(column, names) >= 0)
                .count());
      }
    }
    if (namedColumns.isEmpty()) {
      return Optional.empty();
    }
    long best = Collections.max(namedColumns.values());
    List<SourceFormat> fitting =
        namedColumns.entrySet().stream()
            .filter(entry -> entry.getValue() == best)
            .map(Map.Entry::getKey)
            .sorted(Comparator.comparing(SourceFormat::type))
            .toList();
    if (fitting.size() == 1) {
      return Optional.of(fitting.get(0));
    }
    List<SourceFormat> named =
        fitting.stream().filter(f -> f.nameMatches(SourceRows.nomPublie(fichier))).toList();
    if (named.size() == 1) {
      return Optional.of(named.get(0));
    }
    throw new ImportRefusedException(
        fichier,
        List.of(
            new Rejet(
                1,
                null,
                "en-tête commun aux types "
                    + fitting.stream()
                        .map(format -> "« " + format.type() + " »")
                        .collect(Collectors.joining(", "))
                    + ", que le nom du fichier ne départage pas : précisez le type du fichier")));
  }

  static SourceRows parse(CsvFile file, SourceFormat format, @Nullable String annee) {
    List<String> names = normalizeHeaders(file.header());
    List<Column> missing = missingColumns(format, names);
    if (!missing.isEmpty()) {
      throw new ImportRefusedException(
          file.fichier(),
          missing.stream()
              .map(
                  column -> new Rejet(1, column.name(), missingColumnReason(format, column, names)))
              .toList());
    }
    List<Column> columns = format.columns();
    int[] indexes = columns.stream().mapToInt(column -> indexOf(column, names)).toArray();
    Map<String, Integer> indexByColumn = new HashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      indexByColumn.put(columns.get(c).name(), indexes[c]);
    }
    // Lines are checked apart from one another, on every core; errors are reported in line order.
    // Checked by batches, so that a file full of errors stops once it has enough of them to be
    // refused: its reasons are not let grow with its size.
    List<CsvFile.Record> records = file.records();
    List<Rejet> errors = new ArrayList<>();
    for (int from = 0; from < records.size() && errors.size() <= ERREURS_MAX; from += LOT) {
      records.subList(from, Math.min(from + LOT, records.size())).parallelStream()
          .map(record -> check(record, columns, indexes))
          .toList()
          .forEach(errors::addAll);
    }
    if (errors.size() > ERREURS_MAX) {
      errors = new ArrayList<>(errors.subList(0, ERREURS_MAX));
      errors.add(
          new Rejet(
              null,
              null,
              "plus de " + ERREURS_MAX + " valeurs refusées : les suivantes ne sont pas listées"));
    }
    if (!errors.isEmpty()) {
      throw new ImportRefusedException(file.fichier(), errors);
    }
    List<SourceRow> rows = new ArrayList<>(file.records().size());
    for (CsvFile.Record record : file.records()) {
      rows.add(new SourceRow(record.line(), record.fields(), indexByColumn));
    }
    return new SourceRows(file.fichier(), annee, rows);
  }

  /** The columns of the header that the format reads: the only values worth decoding. */
  static IntPredicate columnsRead(SourceFormat format, List<String> header) {
    List<String> names = normalizeHeaders(header);
    BitSet read = new BitSet(header.size());
    for (Column column : format.columns()) {
      int index = indexOf(column, names);
      if (index >= 0) {
        read.set(index);
      }
    }
    return read::get;
  }

  /**
   * Normalises the values of the line in place (trimmed, absent markers emptied, codes in their
   * canonical form) and says what is wrong with them.
   */
  private static List<Rejet> check(CsvFile.Record record, List<Column> columns, int[] indexes) {
    List<Rejet> errors = List.of();
    String[] fields = record.fields();
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      int index = indexes[c];
      if (index < 0) {
        continue;
      }
      String written = fields[index].trim();
      String value = column.kind().normalize(written);
      if (column.isAbsentMarker(value)) {
        value = "";
      }
      fields[index] = value;
      String problem;
      if (value.isEmpty()) {
        boolean required = column.presence() == Column.Presence.VALUE_REQUIRED;
        problem = required ? "valeur obligatoire absente" : null;
      } else {
        problem = column.kind().problem(value, written);
      }
      if (problem != null) {
        if (errors.isEmpty()) {
          errors = new ArrayList<>();
        }
        errors.add(new Rejet(record.line(), column.name(), problem));
      }
    }
    return errors;
  }

  private static List<String> normalizeHeaders(List<String> header) {
    return header.stream().map(SourceParser::normalizeHeader).toList();
  }

  /** Where the column is: by name, else at its position if that header cell is blank; or -1. */
  private static int indexOf(Column column, List<String> names) {
    int named = namedIndexOf(column, names);
    if (named >= 0) {
      return named;
    }
    Integer position = column.blankHeaderPosition();
    if (position != null && position <= names.size() && names.get(position - 1).isEmpty()) {
      return position - 1;
    }
    return -1;
  }

  private static int namedIndexOf(Column column, List<String> names) {
    for (String candidate : column.names()) {
      int index = names.indexOf(normalizeHeader(candidate));
      if (index >= 0) {
        return index;
      }
    }
    return -1;
  }

  private static List<Column> missingColumns(SourceFormat format, List<String> names) {
    return format.columns().stream()
        .filter(Column::mustBeInHeader)
        .filter(column -> indexOf(column, names) < 0)
        .toList();
  }

  private static String missingColumnReason(
      SourceFormat format, Column column, List<String> names) {
    String reason = "colonne obligatoire absente de l'en-tête (type « " + format.type() + " »)";
    if (column.blankHeaderPosition() != null) {
      reason +=
          " : aucune cellule d'en-tête ne porte ce nom et la cellule n° "
              + column.blankHeaderPosition()
              + " n'est pas vide ; disposition de colonnes non reconnue";
    }
    return reason + separatorHint(names);
  }

  /** A hint when the header reads as one column holding commas or tabs: another separator. */
  static String separatorHint(List<String> header) {
    boolean otherSeparator =
        header.size() == 1 && (header.get(0).contains(",") || header.get(0).contains("\t"));
    return otherSeparator ? " ; le séparateur attendu est « ; »" : "";
  }
}
