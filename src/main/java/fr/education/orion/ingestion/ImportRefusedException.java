package fr.education.orion.ingestion;

import fr.education.orion.system.Pluriel;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A file that cannot be imported at all: nothing of it is written. It lists the first of its errors
 * and counts them all, with the data lines they are on.
 */
public final class ImportRefusedException extends RuntimeException {

  private static final int SHOWN = 20;
  private final String fichier;
  private final List<Rejet> rejets;
  private final int nombre;
  private final int lignes;

  ImportRefusedException(String fichier, List<Rejet> rejets, int nombre, int lignes) {
    super(describe(fichier, rejets, nombre));
    this.fichier = fichier;
    this.rejets = List.copyOf(rejets);
    this.nombre = nombre;
    this.lignes = lignes;
  }

  ImportRefusedException(String fichier, List<Rejet> rejets) {
    this(fichier, rejets, rejets.size(), lignesDe(rejets));
  }

  public static ImportRefusedException of(String fichier, String motif) {
    return new ImportRefusedException(fichier, List.of(new Rejet(null, null, motif)));
  }

  /** Refuses a file for reasons a loader found in its lines, each naming its line and column. */
  public static ImportRefusedException of(String fichier, List<Rejet> rejets) {
    return new ImportRefusedException(fichier, rejets);
  }

  public String fichier() {
    return fichier;
  }

  /** The errors listed: all of them, or the first {@link Erreurs#LISTEES}. */
  public List<Rejet> rejets() {
    return rejets;
  }

  /** How many errors the file has, listed or not. */
  public int nombre() {
    return nombre;
  }

  /** How many data lines (the header apart) have at least one error. */
  public int lignes() {
    return lignes;
  }

  private static int lignesDe(List<Rejet> rejets) {
    return (int)
        rejets.stream()
            .map(Rejet::ligne)
            .filter(ligne -> ligne != null && ligne > 1)
            .distinct()
            .count();
  }

  private static String describe(String fichier, List<Rejet> rejets, int nombre) {
    String shown =
        rejets.stream()
            .limit(SHOWN)
            .map(rejet -> "  - " + rejet.describe(fichier))
            .collect(Collectors.joining("\n"));
    String more =
        nombre > SHOWN
            ? "\n  … et " + Pluriel.de(nombre - SHOWN, "autre erreur", "autres erreurs")
            : "";
    return "Fichier refusé, aucune ligne importée ("
        + Pluriel.de(nombre, "erreur", "erreurs")
        + ") :\n"
        + shown
        + more;
  }
}
