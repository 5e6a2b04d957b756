package fr.education.orion.system;

/**
 * The French plural of a count, in one place for every page: a word agrees in the plural from two
 * on, so that « 0 ligne » and « 1 ligne » are singular and « 2 lignes » plural (English would say «
 * 0 lines »).
 */
public final class Pluriel {

  private Pluriel() {}

  /** Whether a word counting {@code nombre} things takes the plural. */
  public static boolean pluriel(long nombre) {
    return Math.abs(nombre) >= 2;
  }

  /** The word that agrees with the count: {@code accord(0, "ligne", "lignes")} → {@code ligne}. */
  public static String accord(long nombre, String singulier, String pluriel) {
    return pluriel(nombre) ? pluriel : singulier;
  }

  /** The count written fr-FR and its word: {@code 1234 lignes}, {@code 0 ligne}. */
  public static String de(long nombre, String singulier, String pluriel) {
    return Format.nombre(nombre) + " " + accord(nombre, singulier, pluriel);
  }
}
