package fr.education.orion.ingestion;

/** How an import run ended. */
public enum ImportStatut {
  REUSSI("réussi"),
  SIMULATION("simulation réussie, rien n'a été écrit"),
  REFUSE("refusé, rien n'a été écrit"),
  /** Valid, but with implausible values: stopped before writing until someone decides. */
  A_CONFIRMER("valeurs invraisemblables à confirmer, rien n'a été écrit"),
  /** Stopped for implausible values, then imported when an administrator confirmed them. */
  CONFIRME("valeurs invraisemblables confirmées, fichier importé par un autre import"),
  /** Stopped for implausible values, then cancelled by an administrator. */
  ANNULE("annulé, rien n'a été écrit");

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
