package fr.education.orion.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL as a local process would try it: a connection without the password, or
 * with a wrong one, is refused, over TCP; the password is in a file only its owner may read; no
 * access rule trusts anyone; {@code orion import} beside a running server connects with it; a
 * folder made by an earlier Orion, which trusted every local connection, is secured at its next
 * start and keeps its data.
 */
class EmbeddedDatabaseIT {

  @TempDir Path dossier;

  @Test
  void aNewFolderRefusesEveryConnectionWithoutItsPassword() throws Exception {
    Path donnees = dossier.resolve("postgres");
    try (EmbeddedDatabase base = EmbeddedDatabase.start(donnees, 0)) {
      assertRefused(base.jdbcUrl(), null);
      assertRefused(base.jdbcUrl(), "postgres");
      assertThat(lireUn(base.jdbcUrl(), base.password())).isEqualTo(1);

      Path secret = donnees.resolve(EmbeddedDatabase.SECRET_FILE);
      assertThat(Files.readString(secret)).isEqualTo(base.password());
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
          .isEqualTo("rw-------");
      assertThat(reglesActives(donnees)).isNotEmpty().noneMatch(regle -> regle.contains("trust"));
    }
    // A restart reads the password it kept.
    try (EmbeddedDatabase base = EmbeddedDatabase.start(donnees, 0)) {
      assertRefused(base.jdbcUrl(), null);
      assertThat(lireUn(base.jdbcUrl(), base.password())).isEqualTo(1);
    }
  }

  @Test
  void aToolBesideTheRunningServerConnectsWithTheKeptPassword() throws Exception {
    Path donnees = dossier.resolve("postgres");
    try (EmbeddedDatabase serveur = EmbeddedDatabase.start(donnees, 0);
        EmbeddedDatabase outil = EmbeddedDatabase.start(donnees, 0)) {
      assertThat(outil.jdbcUrl()).isEqualTo(serveur.jdbcUrl());
      assertThat(lireUn(outil.jdbcUrl(), outil.password())).isEqualTo(1);
    }
  }

  @Test
  void aFolderThatTrustedLocalConnectionsIsSecuredAtItsNextStart() throws Exception {
    Path donnees = dossier.resolve("postgres");
    // As an earlier Orion made it: initdb's "trust" for every local connection.
    try (EmbeddedPostgres ancienne =
        EmbeddedPostgres.builder()
            .setDataDirectory(donnees)
            .setCleanDataDirectory(false)
            .setPort(0)
            .start()) {
      String url = "jdbc:postgresql://127.0.0.1:" + ancienne.getPort() + "/postgres";
      try (Connection sansMotDePasse = connecter(url, null);
          Statement sql = sansMotDePasse.createStatement()) {
        sql.execute("create table gardee (valeur int); insert into gardee values (42)");
      }
    }

    try (EmbeddedDatabase base = EmbeddedDatabase.start(donnees, 0)) {
      assertRefused(base.jdbcUrl(), null);
      assertThat(reglesActives(donnees)).noneMatch(regle -> regle.contains("trust"));
      try (Connection connexion = connecter(base.jdbcUrl(), base.password());
          Statement sql = connexion.createStatement();
          ResultSet ligne = sql.executeQuery("select valeur from gardee")) {
        assertThat(ligne.next()).isTrue();
        assertThat(ligne.getInt(1)).isEqualTo(42);
      }
    }
    try (EmbeddedDatabase base = EmbeddedDatabase.start(donnees, 0)) {
      assertRefused(base.jdbcUrl(), null);
      assertThat(lireUn(base.jdbcUrl(), base.password())).isEqualTo(1);
    }
  }

  @Test
  void aThrowAwayDatabaseAsksForAPasswordToo() throws Exception {
    try (EmbeddedDatabase base = EmbeddedDatabase.start(null, 0)) {
      assertRefused(base.jdbcUrl(), null);
      assertThat(lireUn(base.jdbcUrl(), base.password())).isEqualTo(1);
    }
  }

  private static void assertRefused(String url, @Nullable String motDePasse) {
    assertThatThrownBy(() -> connecter(url, motDePasse).close())
        .isInstanceOf(SQLException.class)
        .satisfies(
            refus ->
                assertThat(((SQLException) refus).getSQLState())
                    .as("refus d'authentification, pas une autre erreur")
                    .isIn("28P01", "28000", "08004"));
  }

  private static int lireUn(String url, @Nullable String motDePasse) throws SQLException {
    try (Connection connexion = connecter(url, motDePasse);
        Statement sql = connexion.createStatement();
        ResultSet un = sql.executeQuery("select 1")) {
      un.next();
      return un.getInt(1);
    }
  }

  private static Connection connecter(String url, @Nullable String motDePasse) throws SQLException {
    Properties proprietes = new Properties();
    proprietes.setProperty("user", EmbeddedDatabase.USER);
    if (motDePasse != null) {
      proprietes.setProperty("password", motDePasse);
    }
    return DriverManager.getConnection(url, proprietes);
  }

  private static java.util.List<String> reglesActives(Path donnees) throws Exception {
    return Files.readAllLines(donnees.resolve("pg_hba.conf")).stream()
        .map(String::strip)
        .filter(ligne -> !ligne.isEmpty() && !ligne.startsWith("#"))
        .toList();
  }
}
