package fr.education.orion.campagne;

import java.util.Arrays;

/**
 * A list of motifs a campaign year offers ({@code campagne_motif}): one per family of {@link
 * TypeDemande}, and the motifs of a refusal.
 */
public enum CategorieMotif {
  OUVERTURE("ouverture"),
  FERMETURE("fermeture"),
  TRANSFERT("transfert"),
  COLORATION("coloration"),
  AJUSTEMENT("ajustement"),
  REFUS("refus");

  private final String code;

  CategorieMotif(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static CategorieMotif of(String code) {
    return Arrays.stream(values())
        .filter(categorie -> categorie.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Catégorie de motifs inconnue : " + code));
  }
}
