package fr.education.orion.ingestion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A decompression bomb made by the test: a header, then one line repeated until the unpacked text
 * has the size asked, as a gzip of a few bytes per kilobyte. One block of lines is compressed once
 * and its member written again and again (gzip readers unpack concatenated members as one file), so
 * that a bomb of gigabytes costs milliseconds to make.
 */
public final class BombeGzip {

  private static final int BLOC = 1 << 20;

  private BombeGzip() {}

  /** The bomb in memory. */
  public static byte[] octets(String entete, String ligne, long taille) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ecrire(out, entete, ligne, taille);
    return out.toByteArray();
  }

  /** The bomb written to a file. */
  public static Path fichier(Path fichier, String entete, String ligne, long taille) {
    try (OutputStream out = Files.newOutputStream(fichier)) {
      ecrire(out, entete, ligne, taille);
      return fichier;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void ecrire(OutputStream out, String entete, String ligne, long taille) {
    try {
      byte[] tete = (entete + "\n").getBytes(StandardCharsets.UTF_8);
      out.write(gzip(tete));
      byte[] une = (ligne + "\n").getBytes(StandardCharsets.UTF_8);
      byte[] bloc = new byte[BLOC - BLOC % une.length];
      for (int i = 0; i < bloc.length; i += une.length) {
        System.arraycopy(une, 0, bloc, i, une.length);
      }
      byte[] membre = gzip(bloc);
      for (long ecrit = tete.length; ecrit < taille; ecrit += bloc.length) {
        out.write(membre);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] gzip(byte[] contenu) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip =
        new GZIPOutputStream(out) {
          {
            def.setLevel(Deflater.BEST_COMPRESSION);
          }
        }) {
      gzip.write(contenu);
    }
    return out.toByteArray();
  }
}
