package fr.education.orion.ingestion;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Recognises the type of a file from its header and checks every value of every line. */
final class SourceParser {

  private SourceParser() {}

  /** Header names compare without case, surrounding quotes, BOM or repeated spaces. */
  static String normalizeHeader(String name) {
    String text = Normalizer.normalize(name, Normalizer.Form.NFC).replace("\uFEFF", "").trim();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1).trim();
    }
    return text.replace('’', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The format whose required columns are all in the header, the most specific first. */
  static Optional<SourceFormat> detect(List<String> header, List<SourceFormat> formats) {
    List<String> names = header.stream().map(SourceParser::normalizeHeader).toList();
    List<SourceFormat> matching =
        formats.stream()
            .filter(format -> missingColumns(format, names).isEmpty())
            .sorted(Comparator.comparingLong(SourceFormat::requiredColumnCount).reversed())
            .toList();
    return matching.stream().findFirst();
  }

  static SourceRows parse(CsvFile file, SourceFormat format, @Nullable String annee) {
    List<String> names = file.header().stream().map(SourceParser::normalizeHeader).toList();
    List<Column> missing = missingColumns(format, names);
    if (!missing.isEmpty()) {
      throw new ImportRefusedException(
          file.fichier(),
          missing.stream()
              .map(column -> new Rejet(1, column.name(), missingColumnReason(format, names)))
              .toList());
    }
    Map<String, Integer> indexByColumn = new HashMap<>();
    for (Column column : format.columns()) {
      indexByColumn.put(column.name(), indexOf(column, names));
    }
    List<Rejet> errors = new ArrayList<>();
    List<SourceRow> rows = new ArrayList<>(file.records().size());
    for (CsvFile.Record record : file.records()) {
      String[] fields = record.fields();
      for (Column column : format.columns()) {
        int index = indexByColumn.get(column.name());
        if (index < 0) {
          continue;
        }
        String value = column.kind().normalize(fields[index].trim());
        fields[index] = value;
        if (value.isEmpty()) {
          if (column.presence() == Column.Presence.VALUE_REQUIRED) {
            errors.add(new Rejet(record.line(), column.name(), "valeur obligatoire absente"));
          }
          continue;
        }
        String problem = column.kind().problem(value);
        if (problem != null) {
          errors.add(new Rejet(record.line(), column.name(), problem));
        }
      }
      rows.add(new SourceRow(record.line(), fields, indexByColumn));
    }
    if (!errors.isEmpty()) {
      throw new ImportRefusedException(file.fichier(), errors);
    }
    return new SourceRows(file.fichier(), annee, rows);
  }

  private static int indexOf(Column column, List<String> names) {
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

  private static String missingColumnReason(SourceFormat format, List<String> names) {
    return "colonne obligatoire absente de l'en-tête (type « "
        + format.type()
        + " »)"
        + separatorHint(names);
  }

  /** A hint when the header reads as one column holding commas or tabs: another separator. */
  static String separatorHint(List<String> header) {
    boolean otherSeparator =
        header.size() == 1 && (header.get(0).contains(",") || header.get(0).contains("\t"));
    return otherSeparator ? " ; le séparateur attendu est « ; »" : "";
  }
}
