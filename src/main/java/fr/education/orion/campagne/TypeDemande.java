package fr.education.orion.campagne;

import java.util.Arrays;

/**
 * What a demande asks for one formation of one établissement. Which types a campaign year offers is
 * data ({@code campagne_type_demande}); the list of motifs a type draws from is its {@link
 * CategorieMotif}. The two "avec compensation" types existed in 2023 only.
 */
public enum TypeDemande {
  OUVERTURE_NETTE("ouverture_nette", "Ouverture", CategorieMotif.OUVERTURE),
  OUVERTURE_COMPENSATION(
      "ouverture_compensation", "Ouverture avec compensation", CategorieMotif.OUVERTURE),
  AUGMENTATION_NETTE("augmentation_nette", "Augmentation", CategorieMotif.OUVERTURE),
  AUGMENTATION_COMPENSATION(
      "augmentation_compensation", "Augmentation avec compensation", CategorieMotif.OUVERTURE),
  FERMETURE("fermeture", "Fermeture", CategorieMotif.FERMETURE),
  DIMINUTION("diminution", "Diminution", CategorieMotif.FERMETURE),
  TRANSFERT("transfert", "Transfert", CategorieMotif.TRANSFERT),
  COLORATION("coloration", "Coloration", CategorieMotif.COLORATION),
  AJUSTEMENT("ajustement", "Ajustement de rentrée", CategorieMotif.AJUSTEMENT);

  private final String code;
  private final String libelle;
  private final CategorieMotif motifs;

  TypeDemande(String code, String libelle, CategorieMotif motifs) {
    this.code = code;
    this.libelle = libelle;
    this.motifs = motifs;
  }

  /** The code stored and shown in the API, e.g. {@code ouverture_nette}. */
  public String code() {
    return code;
  }

  public String libelle() {
    return libelle;
  }

  /** The list of motifs a demande of this type chooses from. */
  public CategorieMotif motifs() {
    return motifs;
  }

  /** The type of a code; {@link IllegalArgumentException} for an unknown one. */
  public static TypeDemande of(String code) {
    return Arrays.stream(values())
        .filter(type -> type.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Type de demande inconnu : " + code));
  }
}
