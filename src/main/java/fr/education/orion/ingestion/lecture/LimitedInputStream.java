package fr.education.orion.ingestion.lecture;

import fr.education.orion.ingestion.ImportRefusedException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of a source file as the import reads them, unpacked when the name ends with {@code
 * .gz}, refused as they come once past the limits: a decompression bomb is stopped after at most
 * {@link ImportProperties#tailleMax()} unpacked bytes (far fewer when its compression ratio gives
 * it away), and nothing beyond the limit is ever read, let alone kept.
 */
final class LimitedInputStream extends FilterInputStream {

  private final String fichier;
  private final ImportProperties limites;

  /** The compressed bytes read so far, for a {@code .gz}; null for a plain file. */
  private final @Nullable Counting compressed;

  private long read;

  private LimitedInputStream(
      String fichier,
      InputStream unpacked,
      @Nullable Counting compressed,
      ImportProperties limites) {
    super(unpacked);
    this.fichier = fichier;
    this.compressed = compressed;
    this.limites = limites;
  }

  /** The file's bytes, unpacked if it is a {@code .gz}, within the limits. */
  static LimitedInputStream open(String fichier, InputStream raw, ImportProperties limites)
      throws IOException {
    if (!fichier.endsWith(".gz")) {
      return new LimitedInputStream(fichier, raw, null, limites);
    }
    Counting compressed = new Counting(raw);
    return new LimitedInputStream(
        fichier, new GZIPInputStream(compressed, 8 * 1024), compressed, limites);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  private void count(long n) {
    read += n;
    if (read > limites.tailleMax().toBytes()) {
      throw ImportRefusedException.of(
          fichier,
          (compressed == null
                  ? "fichier trop volumineux : plus de "
                  : "fichier trop volumineux une fois décompressé : plus de ")
              + ImportProperties.taille(limites.tailleMax().toBytes())
              + " (limite "
              + ImportProperties.TAILLE_MAX
              + ")");
    }
    // Past the threshold, a ratio that real files never reach (theirs is under 15) marks a bomb:
    // refused long before the size limit.
    if (compressed != null
        && read > limites.ratioAuDela()
        && read > compressed.count * limites.ratioMax()) {
      throw ImportRefusedException.of(
          fichier,
          "taux de compression anormal, signe d'une bombe de décompression : "
              + ImportProperties.taille(read)
              + " décompressés pour "
              + ImportProperties.taille(compressed.count)
              + " compressés, plus de "
              + limites.ratioMax()
              + " fois la taille compressée (limite "
              + ImportProperties.RATIO_MAX
              + ")");
    }
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Counts the bytes read through it: the compressed bytes under the unpacking. */
  private static final class Counting extends FilterInputStream {

    private long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
