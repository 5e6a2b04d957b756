package fr.education.orion.ingestion;

import java.util.ArrayList;
import java.util.List;

/**
 * The errors of one file, gathered in line order whatever their kind (header, line, value): every
 * one is counted, the first {@link #LISTEES} are kept. A file full of errors is counted to its end,
 * so that its report says how many there are, without its reasons growing with its size.
 */
final class Erreurs {

  /** The most errors listed for one file. */
  static final int LISTEES = 1000;

  private final List<Rejet> listees = new ArrayList<>();
  private int nombre;
  private int lignes;
  private int derniereLigne;

  /** Adds the errors of one line (or of the header), counting the line once. */
  void addAll(List<Rejet> erreurs) {
    for (Rejet erreur : erreurs) {
      nombre++;
      if (listees.size() < LISTEES) {
        listees.add(erreur);
      }
      Integer ligne = erreur.ligne();
      if (ligne != null && ligne > 1 && ligne != derniereLigne) {
        lignes++;
        derniereLigne = ligne;
      }
    }
  }

  void add(Rejet erreur) {
    addAll(List.of(erreur));
  }

  boolean isEmpty() {
    return nombre == 0;
  }

  /** Refuses the file when any error was found: nothing of it is written. */
  void refuseIfAny(String fichier) {
    if (!isEmpty()) {
      throw new ImportRefusedException(fichier, listees, nombre, lignes);
    }
  }
}
