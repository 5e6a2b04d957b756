package fr.education.orion.demande;

/**
 * A step of the synthèse's stepper. The draft ({@link StatutDemande#BROUILLON}, step 0) comes
 * before the first one and is not drawn.
 */
public enum Etape {
  REVUE_PROPOSITION(1, "Revue de la proposition"),
  INSTRUCTION_PROJET(2, "Instruction du projet"),
  PHASE_VOTE(3, "Phase de vote"),
  RESULTAT(4, "Résultat");

  private final int numero;
  private final String libelle;

  Etape(int numero, String libelle) {
    this.numero = numero;
    this.libelle = libelle;
  }

  public int numero() {
    return numero;
  }

  public String libelle() {
    return libelle;
  }
}
