package fr.education.orion.indicateur.calcul;

/**
 * The headers of the catalogue des formations en apprentissage that its loader reads and that the
 * warnings on its lines name, whether the loader or the offers built from the lines raise them.
 */
public final class ColonnesCatalogue {

  public static final String CFD = "Formation: code CFD";
  public static final String UAI_LIEU = "Lieu: UAI";
  public static final String UAI_FORMATEUR = "Formateur: UAI";
  public static final String UAI_RESPONSABLE = "Responsable: UAI";
  public static final String CODES_MEF = "Formation: codes MEF";
  public static final String DUREE = "Formation: durée collectée";

  private ColonnesCatalogue() {}
}
