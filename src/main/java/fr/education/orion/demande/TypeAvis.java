package fr.education.orion.demande;

import java.util.List;

/**
 * The kind of avis a demande receives, decided by its step (§4.6): préalable while the proposal is
 * reviewed, consultatif while the project is instructed, final at the vote and after. Each type
 * proposes its usual fonctions of the giver; users may type another.
 */
public enum TypeAvis {
  PREALABLE("prealable", "Préalable", List.of("Région", "Région académique")),
  CONSULTATIF(
      "consultatif",
      "Consultatif",
      List.of(
          "Inspecteur",
          "DO CMQ",
          "Conseiller FP",
          "Coordonnateur CFA-A",
          "DRAIO",
          "Services DOS",
          "DASEN",
          "Région",
          "DRAFPIC",
          "SGRA",
          "Recteur")),
  FINAL("final", "Final", List.of("Région", "CSA", "Recteur"));

  private final String code;
  private final String libelle;
  private final List<String> fonctions;

  TypeAvis(String code, String libelle, List<String> fonctions) {
    this.code = code;
    this.libelle = libelle;
    this.fonctions = fonctions;
  }

  public String code() {
    return code;
  }

  public String libelle() {
    return libelle;
  }

  /** The fonctions the form proposes for a giver of this type of avis. */
  public List<String> fonctions() {
    return fonctions;
  }

  /**
   * The type of avis a demande in {@code statut} receives: steps 0–1 préalable, 2 consultatif, 3–4
   * final.
   *
   * @throws IllegalArgumentException for a deleted demande, which receives none
   */
  public static TypeAvis of(StatutDemande statut) {
    int etape =
        statut
            .etape()
            .orElseThrow(
                () -> new IllegalArgumentException("Une demande supprimée ne reçoit pas d'avis"));
    return etape <= 1 ? PREALABLE : etape == 2 ? CONSULTATIF : FINAL;
  }
}
