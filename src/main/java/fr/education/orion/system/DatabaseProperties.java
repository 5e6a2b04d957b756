package fr.education.orion.system;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Orion's PostgreSQL is. With no {@code url}, Orion runs an embedded PostgreSQL whose data
 * lives in {@code embeddedDirectory}, so a restart keeps everything.
 *
 * @param url JDBC URL of an external PostgreSQL ({@code ORION_DB_URL})
 * @param user its user ({@code ORION_DB_USER})
 * @param password its password ({@code ORION_DB_PASSWORD})
 * @param embeddedDirectory data folder of the embedded PostgreSQL ({@code ORION_DATA_DIR}); empty
 *     for a throw-away database deleted when Orion stops (tests)
 * @param embeddedPort port of the embedded PostgreSQL on 127.0.0.1 (0 picks a free one)
 */
@ConfigurationProperties("orion.db")
public record DatabaseProperties(
    @Nullable String url,
    @Nullable String user,
    @Nullable String password,
    @Nullable Path embeddedDirectory,
    int embeddedPort) {

  /** The data folder, or null for a throw-away database. */
  @Nullable Path persistentDirectory() {
    return embeddedDirectory == null || embeddedDirectory.toString().isBlank()
        ? null
        : embeddedDirectory;
  }

  boolean isExternal() {
    return url != null && !url.isBlank();
  }
}
