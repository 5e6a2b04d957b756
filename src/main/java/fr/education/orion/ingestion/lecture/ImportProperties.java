package fr.education.orion.ingestion.lecture;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What an import may read of one file. A file is held in memory while it is checked (an import is
 * all or nothing): these limits are what keeps a file, or a decompression bomb, from taking the
 * memory of the whole site.
 *
 * @param tailleMax the most bytes a file may have once unpacked; its decoded lines may not take
 *     more memory than that either ({@code ORION_IMPORT_TAILLE_MAX}; the largest real source, an
 *     ACCE extraction, has about 20 MB)
 * @param ratioMax the most unpacked bytes per compressed byte of a {@code .gz}, checked once past
 *     {@link #ratioAuDela()} ({@code ORION_IMPORT_RATIO_MAX}; real files stay under 15)
 */
@ConfigurationProperties("orion.import")
public record ImportProperties(
    @DefaultValue("100MB") DataSize tailleMax, @DefaultValue("100") int ratioMax) {

  static final String TAILLE_MAX = "ORION_IMPORT_TAILLE_MAX";
  static final String RATIO_MAX = "ORION_IMPORT_RATIO_MAX";

  /** The limits when none is configured (tests, benchmarks). */
  static final ImportProperties PAR_DEFAUT = new ImportProperties(DataSize.ofMegabytes(100), 100);

  /** Past 10 MB, or a tenth of the size limit if less, the ratio is checked. */
  private static final long RATIO_AU_DELA = 10L * 1024 * 1024;

  /** Files are read into one array: past 1 GB, the limit would no longer protect anything. */
  private static final long TAILLE_MAX_POSSIBLE = 1024L * 1024 * 1024;

  public ImportProperties {
    if (tailleMax.toBytes() <= 0 || tailleMax.toBytes() > TAILLE_MAX_POSSIBLE) {
      throw new IllegalArgumentException(
          TAILLE_MAX + " doit être compris entre 1 octet et 1 Go : " + tailleMax);
    }
    if (ratioMax <= 1) {
      throw new IllegalArgumentException(RATIO_MAX + " doit être supérieur à 1 : " + ratioMax);
    }
  }

  /**
   * The unpacked size past which the ratio is checked: a small file may compress very well (a
   * column of blanks) and is harmless anyway.
   */
  long ratioAuDela() {
    return Math.min(RATIO_AU_DELA, tailleMax.toBytes() / 10);
  }

  /**
   * A size as a user reads it: {@code 100 Mo}, {@code 12,5 Mo}, {@code 20 Ko}, {@code 7 octets}.
   */
  public static String taille(long octets) {
    if (octets >= 1024 * 1024) {
      return decimal(octets / (1024.0 * 1024)) + " Mo";
    }
    if (octets >= 1024) {
      return decimal(octets / 1024.0) + " Ko";
    }
    return octets + (octets > 1 ? " octets" : " octet");
  }

  private static String decimal(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    return rounded == Math.rint(rounded)
        ? String.valueOf((long) rounded)
        : String.valueOf(rounded).replace('.', ',');
  }
}
