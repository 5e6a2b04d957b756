package fr.education.orion.panorama;

/** Arithmetic on InserJeunes millésimes ({@code 2021_2022}: leavers of two school years). */
final class Millesimes {

  private Millesimes() {}

  /** The millésime one year before: {@code 2021_2022} → {@code 2020_2021}. */
  static String precedent(String millesime) {
    String[] annees = millesime.split("_");
    return (Integer.parseInt(annees[0]) - 1) + "_" + (Integer.parseInt(annees[1]) - 1);
  }
}
