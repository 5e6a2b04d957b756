package fr.education.orion;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The packaged jar run in its own process, as a user runs {@code orion import} or {@code orion
 * inserjeunes}, on the database of the application under test (configured the way a deployment is,
 * by ORION_DB_URL).
 */
public final class OrionProcess {

  /** How the process ended and what it printed. */
  public record Run(int exitCode, String out, String err) {}

  private OrionProcess() {}

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
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("ORION_DB_URL", ((HikariDataSource) dataSource).getJdbcUrl());
    builder.environment().put("ORION_DB_USER", "postgres");
    builder.environment().put("ORION_DB_PASSWORD", "");
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
}
