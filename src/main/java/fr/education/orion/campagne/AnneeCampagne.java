package fr.education.orion.campagne;

import fr.education.orion.indicateur.RentreeScolaire;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The year of a campaign. The campaign of year N prepares the rentrées N + 1 to N + 5; an
 * ajustement de rentrée, an emergency change for the rentrée under way, targets N itself. The first
 * campaign was 2023's.
 */
public record AnneeCampagne(int annee) implements Comparable<AnneeCampagne> {

  public static final int PREMIERE = 2023;

  /** How many rentrées ahead a demande may target. */
  private static final int HORIZON = 5;

  public AnneeCampagne {
    if (annee < PREMIERE || annee > 9999) {
      throw new IllegalArgumentException(
          "Une campagne a lieu une année de 4 chiffres, " + PREMIERE + " ou après : " + annee);
    }
  }

  /** The rentrées a demande of this campaign may target, ajustement apart: N + 1 to N + 5. */
  public List<RentreeScolaire> rentreesPreparees() {
    return IntStream.rangeClosed(1, HORIZON)
        .mapToObj(ecart -> new RentreeScolaire(annee + ecart))
        .toList();
  }

  /** The rentrée an ajustement de rentrée of this campaign targets: the one of year N. */
  public RentreeScolaire rentreeAjustee() {
    return new RentreeScolaire(annee);
  }

  public String code() {
    return String.valueOf(annee);
  }

  @Override
  public String toString() {
    return code();
  }

  @Override
  public int compareTo(AnneeCampagne autre) {
    return Integer.compare(annee, autre.annee);
  }
}
