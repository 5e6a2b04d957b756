package fr.education.orion.demande;

/**
 * The places a demande changes: for each voie the current and future capacity, and how many of them
 * are coloured (given a local colour, e.g. a partner company's trade). The differences are what the
 * form shows and what the transformation rates count.
 */
public record Capacites(
    int scolaireActuelle,
    int scolaire,
    int scolaireColoreeActuelle,
    int scolaireColoree,
    int apprentissageActuelle,
    int apprentissage,
    int apprentissageColoreeActuelle,
    int apprentissageColoree) {

  public static final Capacites AUCUNE = new Capacites(0, 0, 0, 0, 0, 0, 0, 0);

  public Capacites {
    for (int capacite :
        new int[] {
          scolaireActuelle,
          scolaire,
          scolaireColoreeActuelle,
          scolaireColoree,
          apprentissageActuelle,
          apprentissage,
          apprentissageColoreeActuelle,
          apprentissageColoree
        }) {
      if (capacite < 0) {
        throw new IllegalArgumentException(
            "Une capacité est un entier positif ou nul : " + capacite);
      }
    }
  }

  /** Places opened (positive) or closed (negative) in the voie scolaire. */
  public int differenceScolaire() {
    return scolaire - scolaireActuelle;
  }

  public int differenceApprentissage() {
    return apprentissage - apprentissageActuelle;
  }

  public int differenceScolaireColoree() {
    return scolaireColoree - scolaireColoreeActuelle;
  }

  public int differenceApprentissageColoree() {
    return apprentissageColoree - apprentissageColoreeActuelle;
  }

  public int differenceColoree() {
    return differenceScolaireColoree() + differenceApprentissageColoree();
  }

  public int differenceTotale() {
    return differenceScolaire() + differenceApprentissage();
  }

  public int actuelle() {
    return scolaireActuelle + apprentissageActuelle;
  }

  public int future() {
    return scolaire + apprentissage;
  }
}
