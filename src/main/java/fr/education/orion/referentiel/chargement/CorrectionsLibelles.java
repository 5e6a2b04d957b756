package fr.education.orion.referentiel.chargement;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Orion's corrections of labels the sources misspell (« constuction » in the BCN), committed in
 * {@code referentiel/corrections-libelles.csv} and applied by the loader of the source as it
 * imports it: each line names the source type, the code, the label as the source writes it, the
 * corrected label and why. A correction applies only while the source still writes the label it
 * corrects, so a source that fixes its typo, or changes the label, wins.
 */
final class CorrectionsLibelles {

  static final String FICHIER = "referentiel/corrections-libelles.csv";

  /** A line of the file. */
  record Correction(
      String nomenclature,
      String code,
      String libelleSource,
      String libelleCorrige,
      String motif) {}

  private static final List<Correction> CORRECTIONS = lire();

  private CorrectionsLibelles() {}

  static List<Correction> toutes() {
    return CORRECTIONS;
  }

  /**
   * The label Orion shows for a label of a source: the correction's when the file corrects this
   * label of this code, else the source's own.
   *
   * @param nomenclature the source type, as {@link fr.education.orion.ingestion.SourceFormat} names
   *     it ({@code bcn_n_groupe_specialite})
   */
  static @Nullable String corrige(String nomenclature, String code, @Nullable String libelle) {
    return CORRECTIONS.stream()
        .filter(
            c ->
                c.nomenclature().equals(nomenclature)
                    && c.code().equals(code)
                    && c.libelleSource().equals(libelle))
        .map(Correction::libelleCorrige)
        .findFirst()
        .orElse(libelle);
  }

  private static List<Correction> lire() {
    try (InputStream flux =
            Objects.requireNonNull(
                CorrectionsLibelles.class.getClassLoader().getResourceAsStream(FICHIER), FICHIER);
        CsvReader<NamedCsvRecord> csv =
            CsvReader.builder()
                .fieldSeparator(';')
                .ofNamedCsvRecord(new InputStreamReader(flux, StandardCharsets.UTF_8))) {
      return csv.stream()
          .map(
              l ->
                  new Correction(
                      l.getField("nomenclature"),
                      l.getField("code"),
                      l.getField("libelle_source"),
                      l.getField("libelle_corrige"),
                      l.getField("motif")))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
