package fr.education.orion.console;

import fr.education.orion.OrionApplication;
import fr.education.orion.indicateur.Calendrier;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The CSV and XLSX exports of every offer of the nation (établissements console, every rentrée, all
 * columns) through Orion's HTTP routes, each beside PostgreSQL's {@code COPY (query) TO STDOUT} of
 * the same SQL, measured in the same run. Not a test: run on demand by {@code ./mvnw -Pbench
 * -DskipTests verify} (or {@code bench/run.sh}), in a JVM of its own started with {@code -Xmx256m}:
 * the application, its first-start import and the exports all live in that heap, so a run that ends
 * proves the exports stream.
 *
 * <p>Arguments: output file, warm-up rounds, measured rounds.
 */
public final class ExportBenchmark {

  /** One way of producing the file, timed: milliseconds, bytes and lines of each kept round. */
  private static final class Series {
    private final String name;
    private final List<Double> millis = new ArrayList<>();
    private long bytes;
    private long lines;

    Series(String name) {
      this.name = name;
    }

    void add(boolean kept, long start, Counter counter) {
      double elapsed = (System.nanoTime() - start) / 1e6;
      if (kept) {
        millis.add(elapsed);
        bytes = counter.bytes;
        lines = counter.lines;
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
  }

  /** Counts what goes through it and keeps nothing. */
  private static final class Counter extends OutputStream {
    long bytes;
    long lines;

    @Override
    public void write(int b) {
      bytes++;
      if (b == '\n') {
        lines++;
      }
    }

    @Override
    public void write(byte[] buffer, int offset, int length) {
      bytes += length;
      for (int i = offset; i < offset + length; i++) {
        if (buffer[i] == '\n') {
          lines++;
        }
      }
    }
  }

  private final ConsoleQueries queries;
  private final DataSource dataSource;
  private final DSLContext dsl;
  private final String base;
  private final List<String> rentrees;
  private final HttpClient http = HttpClient.newHttpClient();

  private ExportBenchmark(
      ConsoleQueries queries,
      DataSource dataSource,
      DSLContext dsl,
      String base,
      List<String> rentrees) {
    this.queries = queries;
    this.dataSource = dataSource;
    this.dsl = dsl;
    this.base = base;
    this.rentrees = rentrees;
  }

  public static void main(String[] args) throws Exception {
    Path output = Path.of(args.length > 0 ? args[0] : "target/bench/export.md");
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    // The "test" profile: a throw-away embedded PostgreSQL filled by the first-start import, the
    // site on a free loopback port.
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(OrionApplication.class)
            .profiles("test")
            .properties("logging.level.root=warn")
            .run()) {
      // The exports read the snapshot of the établissements console, as on a running Orion once
      // the snapshot of the latest import is computed.
      InstantaneConsole instantane = context.getBean(InstantaneConsole.class);
      while (!instantane.mettreAJour()) {
        Thread.sleep(500);
      }
      ExportBenchmark benchmark =
          new ExportBenchmark(
              context.getBean(ConsoleQueries.class),
              context.getBean(DataSource.class),
              context.getBean(DSLContext.class),
              "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"),
              context.getBean(Calendrier.class).rentrees());
      String table = benchmark.run(warmup, rounds);
      Files.createDirectories(output.toAbsolutePath().getParent());
      Files.writeString(output, table);
      System.out.println(table);
    }
  }

  private String run(int warmup, int rounds) throws Exception {
    Series csv = new Series("Orion CSV");
    Series xlsx = new Series("Orion XLSX");
    Series copy = new Series("PostgreSQL COPY (query) TO STDOUT, CSV");
    for (int round = 0; round < warmup + rounds; round++) {
      boolean kept = round >= warmup;
      // Alternate the order so that none always runs on caches the others warmed.
      List<Runnable> steps =
          new ArrayList<>(
              List.of(
                  () -> http(csv, kept, "csv"),
                  () -> http(xlsx, kept, "xlsx"),
                  () -> copy(copy, kept)));
      for (int i = 0; i < round % 3; i++) {
        steps.add(steps.remove(0));
      }
      steps.forEach(Runnable::run);
    }
    if (csv.lines != copy.lines) {
      throw new IllegalStateException(
          "Orion's CSV has " + csv.lines + " lines, COPY " + copy.lines + ": not the same rows");
    }
    long peakHeap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getPeakUsage)
            .mapToLong(usage -> usage.getUsed())
            .sum();
    StringBuilder out = new StringBuilder();
    out.append("Export benchmark, ")
        .append(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS))
        .append(", Java ")
        .append(System.getProperty("java.version"))
        .append(", max heap ")
        .append(Runtime.getRuntime().maxMemory() >> 20)
        .append(" MiB (sum of the heap pools' peaks: ")
        .append(peakHeap >> 20)
        .append(" MiB), PostgreSQL ")
        .append(dsl.fetchValue("show server_version"))
        .append(", every offer of the nation at rentrées ")
        .append(String.join(", ", rentrees))
        .append(", every column; ")
        .append(warmup)
        .append(" warm-up + ")
        .append(rounds)
        .append(" measured rounds\n\n")
        .append("| export | rows | bytes | median / min | ratio to COPY |\n")
        .append("| --- | ---: | ---: | ---: | ---: |\n");
    for (Series series : List.of(copy, csv, xlsx)) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %,d | %.0f / %.0f ms | %.1f× |%n",
              series.name,
              copy.lines - 1,
              series.bytes,
              series.median(),
              series.min(),
              series.median() / copy.median()));
    }
    out.append("\nEvery kept sample, in ms:\n\n");
    for (Series series : List.of(copy, csv, xlsx)) {
      out.append("- ")
          .append(series.name)
          .append(": ")
          .append(
              series.millis.stream()
                  .map(ms -> String.format(Locale.ROOT, "%.0f", ms))
                  .collect(Collectors.joining(", ")))
          .append('\n');
    }
    return out.toString();
  }

  /** Downloads an export through the site, reading the body as it arrives. */
  private void http(Series series, boolean kept, String extension) {
    UriComponentsBuilder uri =
        UriComponentsBuilder.fromUriString(base + "/api/console/etablissements." + extension);
    rentrees.forEach(r -> uri.queryParam("rentreeScolaire", r));
    HttpRequest request = HttpRequest.newBuilder(uri.build().toUri()).build();
    Counter counter = new Counter();
    long start = System.nanoTime();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        body.transferTo(counter);
      }
      if (response.statusCode() != 200) {
        throw new IllegalStateException(series.name + ": HTTP " + response.statusCode());
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    series.add(kept, start, counter);
  }

  /** PostgreSQL writes the rows of the same query as CSV, without Orion in between. */
  private void copy(Series series, boolean kept) {
    FiltresConsole filtres = queries.completees(FiltresConsole.aucun().pourRentrees(rentrees));
    String sql =
        dsl.renderInlined(
            queries.requete(
                Console.ETABLISSEMENTS, filtres, Tri.of(Console.ETABLISSEMENTS, null, null)));
    Counter counter = new Counter();
    long start = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyOut(
              "copy (" + sql + ") to stdout (format csv, delimiter ';', header true)", counter);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    series.add(kept, start, counter);
  }
}
