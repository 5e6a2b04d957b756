package fr.education.orion.campagne;

import java.util.Arrays;

/**
 * Where a campaign, national or regional, stands: en attente (nothing may be entered yet), en cours
 * (demandes are created and edited), terminée (read only).
 */
public enum StatutCampagne {
  EN_ATTENTE("en_attente", "En attente"),
  EN_COURS("en_cours", "En cours"),
  TERMINEE("terminee", "Terminée");

  private final String code;
  private final String libelle;

  StatutCampagne(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** The code stored and shown in the API, e.g. {@code en_cours}. */
  public String code() {
    return code;
  }

  public String libelle() {
    return libelle;
  }

  /** The statut of a code; {@link IllegalArgumentException} for an unknown one. */
  public static StatutCampagne of(String code) {
    return Arrays.stream(values())
        .filter(statut -> statut.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Statut de campagne inconnu : " + code));
  }
}
