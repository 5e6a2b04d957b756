package fr.education.orion.bench;

import fr.education.orion.OrionApplication;
import fr.education.orion.ingestion.BundledData;
import fr.education.orion.ingestion.ImportFile;
import fr.education.orion.ingestion.ImportReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Import speed of two BCN files and a constat de rentrée beside PostgreSQL's own {@code COPY} of
 * the same bytes, measured in the same run so that a busy machine slows both alike. Not a test: run
 * on demand by {@code ./mvnw -Pbench -DskipTests verify} or {@code bench/run.sh}; it writes a
 * Markdown table.
 *
 * <p>Each round measures, per file and in alternating order: PostgreSQL {@code COPY} into a freshly
 * created UNLOGGED table of text columns (the floor: no parsing, no types, no WAL); Orion's import
 * into an emptied table (every row inserted, but the same rows as the derived tables were built
 * from, so these are not rebuilt); the same with the digests of those rows forgotten, so that the
 * derived tables are rebuilt as after a file that really changed; Orion's import again (same
 * content: 0 rows changed). The first rounds warm the JIT and are discarded; medians and minimums
 * of the others are kept, and each way of loading is compared with COPY twice: the ratio of the
 * medians, and the median of the ratios within each round.
 *
 * <p>Arguments: output file, warm-up rounds, measured rounds.
 */
public final class ImportBenchmark {

  /** A bundled file and the Orion table its import fills. */
  private record Source(String label, String path, String table) {}

  private static final List<Source> SOURCES =
      List.of(
          new Source("N_MEF", "bcn/nMef.csv.gz", "mef"),
          new Source("V_FORMATION_DIPLOME", "bcn/vFormationDiplome_.csv.gz", "formation"),
          // After N_MEF, so that the offers are built from the constat (mapping included).
          new Source("CONSTAT_2020", "constat/constat_2020.csv.gz", "constat_rentree"));

  /** One timed load: elapsed milliseconds and rows loaded. */
  private record Sample(double millis, long rows) {}

  /** A way of loading one file, timed. */
  @FunctionalInterface
  private interface Measure {
    Sample run() throws Exception;
  }

  /** The kept samples of one way of loading one file. */
  private static final class Series {
    private final String name;
    private final Measure measure;
    private final List<Double> millis = new ArrayList<>();
    private long rows;

    Series(String name, Measure measure) {
      this.name = name;
      this.measure = measure;
    }

    void measure(boolean kept) throws Exception {
      Sample sample = measure.run();
      if (kept) {
        millis.add(sample.millis());
        rows = sample.rows();
      }
    }

    double median() {
      double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      int middle = sorted.length / 2;
      return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    double min() {
      return millis.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    String cell() {
      return String.format(
          Locale.ROOT,
          "%.0f / %.0f ms (%,d rows/s)",
          median(),
          min(),
          Math.round(rows / (median() / 1000)));
    }

    /**
     * The median, over the rounds, of this series' time divided by the reference's in the same
     * round: a slow spell of the machine slows both samples of a round alike.
     */
    double pairedRatio(Series reference) {
      double[] ratios = new double[millis.size()];
      for (int i = 0; i < ratios.length; i++) {
        ratios[i] = millis.get(i) / reference.millis.get(i);
      }
      Arrays.sort(ratios);
      int middle = ratios.length / 2;
      return ratios.length % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
    }

    String samples() {
      return name
          + ": "
          + millis.stream()
              .map(ms -> String.format(Locale.ROOT, "%.0f", ms))
              .collect(Collectors.joining(", "));
    }
  }

  private final ImportFile importFile;
  private final DataSource dataSource;
  private final DSLContext dsl;

  private ImportBenchmark(ImportFile importFile, DataSource dataSource, DSLContext dsl) {
    this.importFile = importFile;
    this.dataSource = dataSource;
    this.dsl = dsl;
  }

  public static void main(String[] args) throws Exception {
    Path output = Path.of(args.length > 0 ? args[0] : "target/bench/import.md");
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 9;
    // The "test" profile gives a throw-away embedded PostgreSQL on a free loopback port; without
    // the first-start import the two tables hold only what this benchmark writes.
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(OrionApplication.class)
            .profiles("test")
            .properties("orion.import-initial=false", "logging.level.root=warn")
            .run()) {
      ImportBenchmark benchmark =
          new ImportBenchmark(
              context.getBean(ImportFile.class),
              context.getBean(DataSource.class),
              context.getBean(DSLContext.class));
      String table = benchmark.run(warmup, rounds);
      Files.createDirectories(output.toAbsolutePath().getParent());
      Files.writeString(output, table);
      System.out.println(table);
    }
  }

  private String run(int warmup, int rounds) throws Exception {
    StringBuilder out = new StringBuilder();
    out.append("Import benchmark, ")
        .append(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS))
        .append(", Java ")
        .append(System.getProperty("java.version"))
        .append(", max heap ")
        .append(Runtime.getRuntime().maxMemory() >> 20)
        .append(" MiB, PostgreSQL ")
        .append(dsl.fetchValue("show server_version"))
        .append(", ")
        .append(warmup)
        .append(" warm-up + ")
        .append(rounds)
        .append(" measured rounds, times in ms (median / min); each ratio to COPY is the ratio of")
        .append(" the medians, then the median of the ratios within each round\n\n")
        .append("| file | rows | PostgreSQL COPY, unlogged | Orion, first import")
        .append(" | ratio | Orion, first import, derived tables rebuilt | ratio")
        .append(" | Orion, re-import unchanged | ratio |\n")
        .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    List<String> raw = new ArrayList<>();
    for (Source source : SOURCES) {
      byte[] csv = decompressed(source.path());
      List<String> header = header(csv);
      Series copy = new Series(source.label() + ", COPY", () -> copy(source, csv, header));
      Series first =
          new Series(source.label() + ", first import", () -> orion(source, true, false));
      Series rebuilt =
          new Series(source.label() + ", first import, rebuilt", () -> orion(source, true, true));
      Series again = new Series(source.label() + ", re-import", () -> orion(source, false, false));
      for (int round = 0; round < warmup + rounds; round++) {
        boolean kept = round >= warmup;
        // Alternate which comes first, so that neither always runs on a just-warmed cache; the
        // re-import always follows a first import, so it finds the same content in place.
        if (round % 2 == 0) {
          copy.measure(kept);
          first.measure(kept);
          rebuilt.measure(kept);
          again.measure(kept);
        } else {
          rebuilt.measure(kept);
          first.measure(kept);
          again.measure(kept);
          copy.measure(kept);
        }
      }
      if (copy.rows != first.rows) {
        throw new IllegalStateException(
            source.label() + ": COPY read " + copy.rows + " rows, Orion " + first.rows);
      }
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %s | %s | %s | %s | %s | %s | %s |%n",
              source.label(),
              first.rows,
              copy.cell(),
              first.cell(),
              ratios(first, copy),
              rebuilt.cell(),
              ratios(rebuilt, copy),
              again.cell(),
              ratios(again, copy)));
      raw.add(copy.samples());
      raw.add(first.samples());
      raw.add(rebuilt.samples());
      raw.add(again.samples());
    }
    out.append("\nRows/s are rows divided by the median time. Every kept sample, in ms:\n\n");
    raw.forEach(line -> out.append("- ").append(line).append('\n'));
    return out.toString();
  }

  /**
   * PostgreSQL's own load of the decompressed file. The table is created outside the timing. The
   * sources' quotes are data, not delimiters (see CsvFile): a quote character that never occurs
   * makes COPY read them the same way.
   */
  private Sample copy(Source source, byte[] csv, List<String> header)
      throws SQLException, IOException {
    String table = dsl.render(DSL.name("bench_copy_" + source.table()));
    String columns =
        header.stream()
            .map(name -> dsl.render(DSL.name(name.toLowerCase(Locale.ROOT))) + " text")
            .collect(Collectors.joining(", "));
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("drop table if exists " + table);
      statement.execute("create unlogged table " + table + " (" + columns + ")");
      long start = System.nanoTime();
      long rows =
          connection
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn(
                  "copy "
                      + table
                      + " from stdin (format csv, delimiter ';', header true, quote e'\\x01')",
                  new ByteArrayInputStream(csv));
      return new Sample(elapsed(start), rows);
    }
  }

  /**
   * Orion's import use case, end to end, into an emptied table or over identical content. With
   * {@code rebuild}, the digests of the rows the derived tables were built from are forgotten
   * first, so that they are rebuilt as after a file that changed.
   */
  private Sample orion(Source source, boolean emptyFirst, boolean rebuild) {
    if (emptyFirst) {
      dsl.truncate(DSL.table(DSL.name(source.table()))).execute();
    }
    if (rebuild) {
      dsl.truncate(DSL.table(DSL.name("empreinte_source"))).execute();
    }
    long start = System.nanoTime();
    ImportReport report = importFile.importFile(BundledData.request(source.path()));
    double millis = elapsed(start);
    if (!report.succeeded() || (!emptyFirst && report.lignesModifiees() != 0)) {
      throw new IllegalStateException("unexpected import: " + report.summary());
    }
    return new Sample(millis, report.lignesLues());
  }

  private static String ratios(Series series, Series copy) {
    return String.format(
        Locale.ROOT, "%.1f× / %.1f×", series.median() / copy.median(), series.pairedRatio(copy));
  }

  private static double elapsed(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private static byte[] decompressed(String path) throws IOException {
    try (InputStream gzip =
        new GZIPInputStream(
            BundledData.class.getClassLoader().getResourceAsStream("donnees/" + path))) {
      return gzip.readAllBytes();
    }
  }

  private static List<String> header(byte[] csv) {
    String text = new String(csv, StandardCharsets.UTF_8);
    String first = text.substring(0, text.indexOf('\n')).strip().replace("\uFEFF", "");
    return Arrays.asList(first.split(";", -1));
  }
}
