package fr.education.orion.console;

import de.siegmar.fastcsv.writer.CsvWriter;
import fr.education.orion.console.Colonne.Nature;
import fr.education.orion.system.Tableur;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes console rows to a CSV or XLSX file as they come: each row is written to the output as soon
 * as the query hands it over, so an export of every offer of the nation holds one row at a time in
 * memory. Headers are the columns' French labels.
 */
final class Export {

  /** The two formats and their media types. */
  enum Format {
    CSV("csv", "text/csv;charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    final String extension;
    final String mediaType;

    Format(String extension, String mediaType) {
      this.extension = extension;
      this.mediaType = mediaType;
    }
  }

  /** Rows written to the worksheet before they are flushed to the output. */
  private static final int LOT_XLSX = 500;

  private static final DateTimeFormatter JOUR = DateTimeFormatter.BASIC_ISO_DATE;
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private Export() {}

  /**
   * The file name: what (console, rentrées, territory) and when (the day), e.g. {@code
   * orion-offres-2020-84-20261128.csv}.
   */
  static String nomDeFichier(Console console, FiltresConsole filtres, Format format) {
    StringBuilder nom = new StringBuilder("orion-").append(console.prefixeExport());
    filtres.rentreeScolaire().forEach(r -> nom.append('-').append(r));
    for (List<String> codes :
        List.of(
            filtres.codeRegion(),
            filtres.codeAcademie(),
            filtres.codeDepartement(),
            filtres.uai())) {
      codes.forEach(code -> nom.append('-').append(code));
    }
    String nomSur = nom.toString().replaceAll("[^A-Za-z0-9-]", "");
    return nomSur + "-" + JOUR.format(LocalDate.now(PARIS)) + "." + format.extension;
  }

  /**
   * Writes a CSV file: UTF-8 with a byte order mark (so that spreadsheets read the accents), {@code
   * ;}-separated, decimals with a comma, indicators rounded in the unit their header names ({@link
   * fr.education.orion.indicateur.Unite#exportee}), text cells never read as formulas ({@link
   * Tableur#texte}). The columns are documented in {@code docs/exports.md}.
   *
   * @param lignes calls its argument with each row, in order
   */
  static void csv(
      OutputStream sortie, List<Colonne> colonnes, Consumer<Consumer<LigneConsole>> lignes)
      throws IOException {
    BufferedWriter texte =
        new BufferedWriter(new OutputStreamWriter(sortie, StandardCharsets.UTF_8), 1 << 16);
    texte.write('\uFEFF');
    CsvWriter csv = Tableur.csv(texte);
    csv.writeRecord(colonnes.stream().map(Colonne::enTete).toList());
    String[] valeurs = new String[colonnes.size()];
    lignes.accept(
        ligne -> {
          for (int i = 0; i < valeurs.length; i++) {
            valeurs[i] = texte(colonnes.get(i), colonnes.get(i).de(ligne));
          }
          csv.writeRecord(valeurs);
        });
    csv.flush();
    texte.flush();
  }

  /**
   * Writes an XLSX workbook of one sheet, streamed by fastexcel: header row frozen, numbers as
   * numbers, indicators as the CSV's rounded numbers with a number format of their unit.
   */
  static void xlsx(
      OutputStream sortie,
      String feuille,
      List<Colonne> colonnes,
      Consumer<Consumer<LigneConsole>> lignes)
      throws IOException {
    Workbook classeur = new Workbook(sortie, "Orion", "1.0");
    Worksheet ws = classeur.newWorksheet(feuille);
    for (int c = 0; c < colonnes.size(); c++) {
      ws.value(0, c, colonnes.get(c).enTete());
      ws.style(0, c).bold().wrapText(true).set();
      ws.width(c, colonnes.get(c).nature() == Nature.TEXTE ? 28 : 14);
    }
    ws.freezePane(0, 1);
    int[] ligneCourante = {1};
    lignes.accept(
        ligne -> {
          int r = ligneCourante[0]++;
          for (int c = 0; c < colonnes.size(); c++) {
            cellule(ws, r, c, colonnes.get(c), colonnes.get(c).de(ligne));
          }
          if (r % LOT_XLSX == 0) {
            try {
              ws.flush();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
    ws.finish();
    classeur.finish();
  }

  private static void cellule(
      Worksheet ws, int r, int c, Colonne colonne, @Nullable Object valeur) {
    if (valeur == null) {
      return;
    }
    switch (colonne.nature()) {
      case NOMBRE -> ws.value(r, c, (Number) valeur);
      case MESURE -> {
        ws.value(r, c, colonne.unite().exportee((BigDecimal) valeur));
        ws.style(r, c).format(colonne.unite().formatTableur()).set();
      }
      case OUI_NON -> ws.value(r, c, Boolean.TRUE.equals(valeur) ? "Oui" : "Non");
      case TEXTE -> ws.value(r, c, valeur.toString());
    }
  }

  private static String texte(Colonne colonne, @Nullable Object valeur) {
    if (valeur == null) {
      return "";
    }
    return switch (colonne.nature()) {
      case MESURE -> Tableur.decimal(colonne.unite().exportee((BigDecimal) valeur));
      case OUI_NON -> Boolean.TRUE.equals(valeur) ? "Oui" : "Non";
      case NOMBRE -> valeur.toString();
      // Labels come from imported files: never a formula in a spreadsheet.
      case TEXTE -> Tableur.texte(valeur.toString());
    };
  }
}
