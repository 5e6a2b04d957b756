package fr.education.orion.ingestion;

/** How an import run ended. */
public enum ImportStatut {
  REUSSI("réussi"),
  SIMULATION("simulation réussie, rien n'a été écrit"),
  REFUSE("refusé, rien n'a été écrit");

  private final String libelle;

  ImportStatut(String libelle) {
    this.libelle = libelle;
  }

  public String libelle() {
    return libelle;
  }

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
