package fr.education.orion.ingestion.confirmation;

import fr.education.orion.ingestion.ImportStatut;
import org.springframework.stereotype.Service;

/**
 * An administrator refuses the implausible values of a stopped import: nothing is written, the kept
 * file is let go and the run records who cancelled it.
 */
@Service
public class CancelImport {

  private final ImportsAConfirmer aConfirmer;

  CancelImport(ImportsAConfirmer aConfirmer) {
    this.aConfirmer = aConfirmer;
  }

  public void cancel(long id, String par) {
    if (!aConfirmer.decide(id, ImportStatut.ANNULE, par)) {
      throw ConfirmImport.noLongerWaiting(id);
    }
    aConfirmer.forget(id);
  }
}
