package fr.education.orion.ingestion;

import fr.education.orion.ingestion.lecture.CsvFile;
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
    return parse(file, format, annee, false);
  }

  /**
   * Checks the whole file in one pass, its header and the number of fields and every value of each
   * line, and refuses it with all of its errors in line order, or gives its lines.
   *
   * @param devine true when no type fits the header and {@code format} is only the closest one: the
   *     file is refused, with what that type would find wrong in it
   */
  static SourceRows parse(
      CsvFile file, SourceFormat format, @Nullable String annee, boolean devine) {
    List<String> names = normalizeHeaders(file.header());
    Erreurs erreurs = new Erreurs();
    if (devine) {
      erreurs.add(
          new Rejet(
              1,
              null,
              "type de fichier non reconnu d'après l'en-tête ; précisez le type du fichier. Le type"
                  + " le plus proche, « "
                  + format.type()
                  + " », est vérifié ci-dessous"
                  + separatorHint(file.header())));
    }
    // The header cells the type does not read are said once, after the first missing column.
    String unread =
        unreadColumns(format, file.header(), names).map(text -> " ; " + text).orElse("");
    for (Column column : missingColumns(format, names)) {
      erreurs.add(new Rejet(1, column.name(), missingColumnReason(format, column, names) + unread));
      unread = "";
    }
    List<Column> columns = format.columns();
    int[] indexes = columns.stream().mapToInt(column -> indexOf(column, names)).toArray();
    Map<String, Integer> indexByColumn = new HashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      indexByColumn.put(columns.get(c).name(), indexes[c]);
    }
    // Lines are checked apart from one another, on every core, by batches; errors are counted in
    // line order, and only the first ones are kept.
    int width = file.header().size();
    List<CsvFile.Record> records = file.records();
    for (int from = 0; from < records.size(); from += LOT) {
      records.subList(from, Math.min(from + LOT, records.size())).parallelStream()
          .map(record -> check(record, width, columns, indexes))
          .toList()
          .forEach(erreurs::addAll);
    }
    erreurs.refuseIfAny(file.fichier());
    List<SourceRow> rows = new ArrayList<>(records.size());
    for (CsvFile.Record record : records) {
      rows.add(new SourceRow(record.line(), record.fields(), indexByColumn));
    }
    return new SourceRows(file.fichier(), annee, rows);
  }

  /**
   * When no type fits the header: the one that finds the most of its required columns by name, if
   * it finds at least half of them and no other finds as many, so that the file's errors can be
   * listed as that type would see them.
   */
  static Optional<SourceFormat> closest(List<String> header, List<SourceFormat> formats) {
    List<String> names = normalizeHeaders(header);
    Map<SourceFormat, Double> found = new LinkedHashMap<>();
    for (SourceFormat format : formats) {
      List<Column> required = format.columns().stream().filter(Column::mustBeInHeader).toList();
      long named = required.stream().filter(column -> namedIndexOf(column, names) >= 0).count();
      if (!required.isEmpty() && named * 2 >= required.size()) {
        found.put(format, (double) named / required.size());
      }
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    double best = Collections.max(found.values());
    List<SourceFormat> closest =
        found.entrySet().stream()
            .filter(entry -> entry.getValue() == best)
            .map(Map.Entry::getKey)
            .toList();
    return closest.size() == 1 ? Optional.of(closest.get(0)) : Optional.empty();
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
  private static List<Rejet> check(
      CsvFile.Record record, int width, List<Column> columns, int[] indexes) {
    String[] fields = record.fields();
    if (fields.length != width) {
      return List.of(new Rejet(record.line(), null, fieldCountProblem(fields.length, width)));
    }
    List<Rejet> errors = List.of();
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

  /**
   * The header cells the type does not read, said when a required column is missing: one of them is
   * often that column misspelt.
   */
  private static Optional<String> unreadColumns(
      SourceFormat format, List<String> header, List<String> names) {
    BitSet read = new BitSet(names.size());
    for (Column column : format.columns()) {
      int index = indexOf(column, names);
      if (index >= 0) {
        read.set(index);
      }
    }
    List<String> unread = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (!read.get(i) && !names.get(i).isEmpty()) {
        unread.add("« " + header.get(i).replace("\uFEFF", "").trim() + " »");
      }
    }
    if (unread.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "colonnes de l'en-tête que le type « "
            + format.type()
            + " » ne lit pas (l'une d'elles est peut-être une colonne attendue mal nommée) : "
            + String.join(", ", unread.subList(0, Math.min(unread.size(), 20)))
            + (unread.size() > 20 ? "…" : ""));
  }

  private static String fieldCountProblem(int found, int expected) {
    return found < expected
        ? found + " champs au lieu de " + expected + " (ligne tronquée ?)"
        : found
            + " champs au lieu de "
            + expected
            + " (ligne trop longue ou « ; » dans une valeur ?)";
  }

  /** A hint when the header reads as one column holding commas or tabs: another separator. */
  static String separatorHint(List<String> header) {
    boolean otherSeparator =
        header.size() == 1 && (header.get(0).contains(",") || header.get(0).contains("\t"));
    return otherSeparator ? " ; le séparateur attendu est « ; »" : "";
  }
}
