package fr.education.orion.ingestion;

import fr.education.orion.system.Problems;
import org.springframework.stereotype.Service;

/**
 * An administrator accepts the implausible values of a stopped import: its kept file is imported as
 * it was sent, the new run records who accepted them and which run it follows, and the stopped run
 * records the decision.
 */
@Service
public class ConfirmerImport {

  private final ImportFile importFile;
  private final ImportsAConfirmer aConfirmer;

  ConfirmerImport(ImportFile importFile, ImportsAConfirmer aConfirmer) {
    this.importFile = importFile;
    this.aConfirmer = aConfirmer;
  }

  /**
   * @param id the stopped run
   * @param par who accepts (an e-mail)
   * @return the report of the import made
   */
  public ImportReport confirmer(long id, String par) {
    ImportRequest request = aConfirmer.reprendre(id, par).orElseThrow(() -> plusEnAttente(id));
    if (!aConfirmer.decider(id, ImportStatut.CONFIRME, par)) {
      throw plusEnAttente(id);
    }
    ImportReport report = importFile.importFile(request);
    if (report.succeeded()) {
      aConfirmer.oublier(id);
    } else {
      // Refused now (the référentiel changed since): the stopped run waits for another decision.
      aConfirmer.rouvrir(id);
    }
    return report;
  }

  static RuntimeException plusEnAttente(long id) {
    return Problems.badRequest(
        "L'import n° " + id + " n'attend plus de décision : il a déjà été confirmé ou annulé.");
  }
}
