package fr.education.orion;

import fr.education.orion.indicateur.chargement.InserJeunesCommand;
import fr.education.orion.ingestion.ImportCommand;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Orion: data for the transformation of the carte des formations of vocational education.
 *
 * <p>{@code java -jar orion.jar} serves the site and the API; {@code java -jar orion.jar import …}
 * and {@code java -jar orion.jar inserjeunes …} run the import command lines against the same
 * database, without a web server.
 */
@SpringBootApplication
@EnableScheduling
public class OrionApplication {

  /** The first arguments that run a command against the database instead of the site. */
  private static final Set<String> COMMANDS = Set.of(ImportCommand.NAME, InserJeunesCommand.NAME);

  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(OrionApplication.class);
    if (args.length > 0 && COMMANDS.contains(args[0])) {
      application.setWebApplicationType(WebApplicationType.NONE);
      application.setAdditionalProfiles(ImportCommand.PROFILE);
      application.setLogStartupInfo(false);
      System.exit(SpringApplication.exit(application.run(args)));
    }
    application.run(args);
  }
}
