package fr.education.orion.ingestion;

import org.springframework.stereotype.Service;

/**
 * An administrator refuses the implausible values of a stopped import: nothing is written, the kept
 * file is let go and the run records who cancelled it.
 */
@Service
public class AnnulerImport {

  private final ImportsAConfirmer aConfirmer;

  AnnulerImport(ImportsAConfirmer aConfirmer) {
    this.aConfirmer = aConfirmer;
  }

  public void annuler(long id, String par) {
    if (!aConfirmer.decider(id, ImportStatut.ANNULE, par)) {
      throw ConfirmerImport.plusEnAttente(id);
    }
    aConfirmer.oublier(id);
  }
}
