package fr.education.orion.ingestion.confirmation;

import fr.education.orion.ingestion.ImportFile;
import fr.education.orion.ingestion.ImportReport;
import fr.education.orion.ingestion.ImportRequest;
import fr.education.orion.ingestion.ImportStatut;
import fr.education.orion.system.Problems;
import org.springframework.stereotype.Service;

/**
 * An administrator accepts the implausible values of a stopped import: its kept file is imported as
 * it was sent, the new run records who accepted them and which run it follows, and the stopped run
 * records the decision.
 */
@Service
public class ConfirmImport {

  private final ImportFile importFile;
  private final ImportsAConfirmer aConfirmer;

  ConfirmImport(ImportFile importFile, ImportsAConfirmer aConfirmer) {
    this.importFile = importFile;
    this.aConfirmer = aConfirmer;
  }

  /**
   * @param id the stopped run
   * @param par who accepts (an e-mail)
   * @return the report of the import made
   */
  public ImportReport confirm(long id, String par) {
    ImportRequest request = aConfirmer.resume(id, par).orElseThrow(() -> noLongerWaiting(id));
    if (!aConfirmer.decide(id, ImportStatut.CONFIRME, par)) {
      throw noLongerWaiting(id);
    }
    ImportReport report = importFile.importFile(request);
    if (report.succeeded()) {
      aConfirmer.forget(id);
    } else {
      // Refused now (the référentiel changed since): the stopped run waits for another decision.
      aConfirmer.reopen(id);
    }
    return report;
  }

  static RuntimeException noLongerWaiting(long id) {
    return Problems.badRequest(
        "L'import n° " + id + " n'attend plus de décision : il a déjà été confirmé ou annulé.");
  }
}
