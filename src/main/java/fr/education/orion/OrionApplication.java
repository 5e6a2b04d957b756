package fr.education.orion;

import fr.education.orion.ingestion.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Orion: data for the transformation of the carte des formations of vocational education.
 *
 * <p>{@code java -jar orion.jar} serves the site and the API; {@code java -jar orion.jar import …}
 * runs the import command line against the same database, without a web server.
 */
@SpringBootApplication
@EnableScheduling
public class OrionApplication {

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(OrionApplication.class);
    if (args.length > 0 && ImportCommand.NAME.equals(args[0])) {
      application.setWebApplicationType(WebApplicationType.NONE);
      application.setAdditionalProfiles(ImportCommand.PROFILE);
      application.setLogStartupInfo(false);
      System.exit(SpringApplication.exit(application.run(args)));
    }
    application.run(args);
  }
}
