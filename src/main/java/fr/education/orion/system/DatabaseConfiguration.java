package fr.education.orion.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one data source: the external PostgreSQL when configured, otherwise the embedded one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
    return properties.isExternal()
        ? EmbeddedDatabase.none()
        : EmbeddedDatabase.start(properties.persistentDirectory(), properties.embeddedPort());
  }

  @Bean
  DataSource dataSource(DatabaseProperties properties, EmbeddedDatabase embedded) {
    HikariConfig config = new HikariConfig();
    if (properties.isExternal()) {
      config.setJdbcUrl(properties.url());
      config.setUsername(properties.user());
      config.setPassword(properties.password());
    } else {
      config.setJdbcUrl(embedded.jdbcUrl());
      config.setUsername(EmbeddedDatabase.USER);
      config.setPassword(embedded.password());
    }
    config.setPoolName("orion");
    config.setMaximumPoolSize(10);
    return new HikariDataSource(config);
  }
}
