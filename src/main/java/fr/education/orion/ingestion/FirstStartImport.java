package fr.education.orion.ingestion;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an empty database, imports the bundled real data so that a first start ends on a usable site.
 * A bundled file that is refused is a defect of the build: start-up stops with its report.
 */
@Component
@Profile("!" + ImportCommand.PROFILE)
@ConditionalOnProperty(name = "orion.import-initial", havingValue = "true", matchIfMissing = true)
@Order(0)
class FirstStartImport implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstStartImport.class);

  private final ImportFile importFile;
  private final ImportRuns runs;

  FirstStartImport(ImportFile importFile, ImportRuns runs) {
    this.importFile = importFile;
    this.runs = runs;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    if (runs.anySucceeded()) {
      return;
    }
    List<ImportRequest> files = BundledData.files();
    log.info("Base vide : import des {} fichiers de données réelles embarqués", files.size());
    long start = System.nanoTime();
    for (int i = 0; i < files.size(); i++) {
      ImportReport report = importFile.importFile(files.get(i));
      if (!report.succeeded()) {
        throw new IllegalStateException("Import initial interrompu. " + report.summary());
      }
      log.info("Import initial {}/{} — {}", i + 1, files.size(), report.summary());
    }
    log.info("Import initial terminé en {} s", (System.nanoTime() - start) / 1_000_000_000);
  }
}
