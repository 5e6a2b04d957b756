package fr.education.orion.ingestion;

import java.util.List;
import java.util.stream.Collectors;

/** A file that cannot be imported at all: nothing of it is written. */
public final class ImportRefusedException extends RuntimeException {

  private static final int SHOWN = 20;
  private final String fichier;
  private final List<Rejet> rejets;

  ImportRefusedException(String fichier, List<Rejet> rejets) {
    super(describe(fichier, rejets));
    this.fichier = fichier;
    this.rejets = List.copyOf(rejets);
  }

  public static ImportRefusedException of(String fichier, String motif) {
    return new ImportRefusedException(fichier, List.of(new Rejet(null, null, motif)));
  }

  /** A file refused for what some of its lines hold, each named with its line and column. */
  public static ImportRefusedException of(String fichier, List<Rejet> rejets) {
    return new ImportRefusedException(fichier, rejets);
  }

  public String fichier() {
    return fichier;
  }

  public List<Rejet> rejets() {
    return rejets;
  }

  private static String describe(String fichier, List<Rejet> rejets) {
    String shown =
        rejets.stream()
            .limit(SHOWN)
            .map(rejet -> "  - " + rejet.describe(fichier))
            .collect(Collectors.joining("\n"));
    String more =
        rejets.size() > SHOWN ? "\n  … et " + (rejets.size() - SHOWN) + " autres erreurs" : "";
    return "Fichier refusé, aucune ligne importée ("
        + rejets.size()
        + (rejets.size() > 1 ? " erreurs" : " erreur")
        + ") :\n"
        + shown
        + more;
  }
}
