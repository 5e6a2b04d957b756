package fr.education.orion.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL, kept in a folder between runs.
 *
 * <p>When a PostgreSQL already runs on that folder (Orion's server while {@code orion import} runs
 * beside it), we connect to it rather than start a second one, which PostgreSQL would refuse.
 */
final class EmbeddedDatabase implements AutoCloseable {

  static final String USER = "postgres";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

  private final @Nullable EmbeddedPostgres postgres;
  private final int port;

  private EmbeddedDatabase(@Nullable EmbeddedPostgres postgres, int port) {
    this.postgres = postgres;
    this.port = port;
  }

  static EmbeddedDatabase none() {
    return new EmbeddedDatabase(null, -1);
  }

  static EmbeddedDatabase start(@Nullable Path directory, int port) {
    try {
      if (directory == null) {
        EmbeddedPostgres throwAway = builder().setPort(freePort(port)).start();
        return new EmbeddedDatabase(throwAway, throwAway.getPort());
      }
      Files.createDirectories(directory);
      Integer running = portOfRunningServer(directory);
      if (running != null) {
        log.info(
            "PostgreSQL embarqué déjà démarré sur {} (port {}) : connexion", directory, running);
        return new EmbeddedDatabase(null, running);
      }
      log.info("Démarrage du PostgreSQL embarqué, données dans {}", directory.toAbsolutePath());
      EmbeddedPostgres.Builder builder =
          builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(false)
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("max_connections", "50")
              .setServerConfig("fsync", "on");
      builder.setPort(freePort(port));
      EmbeddedPostgres postgres = builder.start();
      return new EmbeddedDatabase(postgres, postgres.getPort());
    } catch (IOException e) {
      throw new UncheckedIOException("Impossible de démarrer le PostgreSQL embarqué", e);
    }
  }

  /**
   * A new database sorts text by its bytes (collation {@code C}). For UTF-8 that is the order of
   * code points, the order of {@code C.UTF-8}, but PostgreSQL compares and sorts {@code C} itself
   * instead of calling the system's locale for every comparison: filling N_MEF and building its
   * indexes took 30 ms instead of 47 (docs/benchmarks.md). Upper and lower case still follow the
   * system's character classes. A folder created before keeps its collation.
   */
  private static EmbeddedPostgres.Builder builder() {
    return EmbeddedPostgres.builder().setLocaleConfig("lc-collate", "C");
  }

  private static int freePort(int port) throws IOException {
    if (port > 0) {
      return port;
    }
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Reads postmaster.pid: its 4th line is the port, and the process must still be alive. */
  private static @Nullable Integer portOfRunningServer(Path directory) throws IOException {
    Path pidFile = directory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return null;
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.size() < 4) {
      return null;
    }
    long pid = Long.parseLong(lines.get(0).trim());
    boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    return alive ? Integer.valueOf(lines.get(3).trim()) : null;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  @Override
  public void close() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }
}
