package fr.education.orion.ingestion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The real data files shipped in the jar ({@code donnees/}), in import order as listed by {@code
 * donnees/fichiers.txt}. Their provenance is in {@code donnees/README.md}.
 */
public final class BundledData {

  private static final String FOLDER = "donnees/";

  private BundledData() {}

  public static List<ImportRequest> files() {
    try (InputStream list = open("fichiers.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(BundledData::request)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One bundled file by its path under {@code donnees/}, e.g. {@code bcn/nMef.csv.gz}. */
  public static ImportRequest request(String path) {
    return new ImportRequest(path, () -> open(path), null, null, false);
  }

  private static InputStream open(String path) throws IOException {
    InputStream input = BundledData.class.getClassLoader().getResourceAsStream(FOLDER + path);
    if (input == null) {
      throw new IOException("fichier embarqué introuvable : " + FOLDER + path);
    }
    return input;
  }
}
