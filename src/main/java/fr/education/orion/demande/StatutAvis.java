package fr.education.orion.demande;

import java.util.Arrays;

/** The verdict of an avis. */
public enum StatutAvis {
  FAVORABLE("favorable", "Favorable"),
  RESERVE("reserve", "Réservé"),
  DEFAVORABLE("defavorable", "Défavorable");

  private final String code;
  private final String libelle;

  StatutAvis(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  public String code() {
    return code;
  }

  public String libelle() {
    return libelle;
  }

  public static StatutAvis of(String code) {
    return Arrays.stream(values())
        .filter(statut -> statut.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Statut d'avis inconnu : " + code));
  }
}
