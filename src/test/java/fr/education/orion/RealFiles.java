package fr.education.orion;

import fr.education.orion.ingestion.ImportRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The bundled real files, read by tests independently of the importer: to compute expected values
 * by hand, and to make altered copies that the importer must refuse or accept.
 */
public final class RealFiles {

  private RealFiles() {}

  /** The decompressed bytes of a bundled file, e.g. {@code bcn/nMef.csv.gz}. */
  public static byte[] bytes(String path) {
    String resource = "donnees/" + path;
    try (InputStream gz = RealFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (gz == null) {
        throw new IllegalArgumentException("Fichier embarqué absent : " + resource);
      }
      return new GZIPInputStream(gz).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of a bundled file (header first), decoded with the given charset. */
  public static List<String> lines(String path, Charset charset) {
    String text = new String(bytes(path), charset);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new ArrayList<>(List.of(text.split("\r?\n")));
  }

  /** The fields of each data line, split on {@code ;} (header excluded). */
  public static List<String[]> rows(String path, Charset charset) {
    List<String> lines = lines(path, charset);
    return lines.subList(1, lines.size()).stream().map(line -> line.split(";", -1)).toList();
  }

  /** An import of given bytes under a file name. */
  public static ImportRequest request(String fichier, byte[] content) {
    return new ImportRequest(
        fichier, () -> new java.io.ByteArrayInputStream(content), null, null, false);
  }
}
