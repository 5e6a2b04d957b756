package fr.education.orion;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The packaged jar run in its own process, as a user runs {@code orion import} or {@code orion
 * inserjeunes}, on the database of the application under test (configured the way a deployment is,
 * by ORION_DB_URL).
 */
public final class OrionProcess {

  /** How the process ended and what it printed. */
  public record Run(int exitCode, String out, String err) {}

  /** A site started from the jar, stopped when closed. */
  public record Site(Process process, int port, Path journal) implements AutoCloseable {

    /** What it has logged so far. */
    public String log() throws IOException {
      return Files.readString(journal);
    }

    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private static final Pattern PORT_HTTP = Pattern.compile("Tomcat started on port (\\d+)");

  private OrionProcess() {}

  /**
   * Starts {@code java -jar target/orion.jar} as a site on a free loopback port, with the given
   * environment added, and waits until it answers (at most 3 minutes).
   */
  public static Site demarrer(DataSource dataSource, Path folder, Map<String, String> environment)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        processus(dataSource, List.of("java", "-Xmx512m", "-jar", "target/orion.jar"));
    builder.environment().put("ORION_PORT", "0");
    builder.environment().put("ORION_IMPORT_INITIAL", "false");
    builder.environment().putAll(environment);
    Path journal = folder.resolve("site.log");
    Process process = builder.redirectErrorStream(true).redirectOutput(journal.toFile()).start();
    Site site = null;
    long limite = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (site == null && System.nanoTime() < limite && process.isAlive()) {
      Matcher port = PORT_HTTP.matcher(Files.readString(journal));
      if (port.find()) {
        site = new Site(process, Integer.parseInt(port.group(1)), journal);
      } else {
        Thread.sleep(200);
      }
    }
    if (site == null) {
      process.destroyForcibly();
      throw new IllegalStateException("le site n'a pas démarré :\n" + Files.readString(journal));
    }
    return site;
  }

  /**
   * Runs {@code java -jar target/orion.jar args…} with the given environment added.
   *
   * @param folder where to keep its output
   */
  public static Run run(
      DataSource dataSource, Path folder, Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-jar", "target/orion.jar"));
    command.addAll(List.of(args));
    ProcessBuilder builder = processus(dataSource, command);
    builder.environment().putAll(environment);
    Path out = folder.resolve("out.txt");
    Path err = folder.resolve("err.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("orion " + args[0] + " n'a pas terminé en 3 minutes");
    }
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** The command, on the database of the application under test. */
  private static ProcessBuilder processus(DataSource dataSource, List<String> command) {
    HikariDataSource base = (HikariDataSource) dataSource;
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("ORION_DB_URL", base.getJdbcUrl());
    builder.environment().put("ORION_DB_USER", base.getUsername());
    builder.environment().put("ORION_DB_PASSWORD", base.getPassword());
    return builder;
  }
}
