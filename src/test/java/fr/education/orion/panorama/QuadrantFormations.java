package fr.education.orion.panorama;

import fr.education.orion.panorama.QuadrantTerritoire.Formation;
import fr.education.orion.referentiel.Cfd;
import java.math.BigDecimal;

/** Formations of a quadrant built for the unit tests: only what a test looks at is given. */
final class QuadrantFormations {

  private QuadrantFormations() {}

  static Formation formation(
      String libelle,
      Integer effectif,
      Integer effectifPrecedent,
      String emploi,
      String emploiPrecedent,
      String pression,
      String position) {
    return new Formation(
        new Cfd("4%07d".formatted(libelle.length())),
        "247",
        libelle,
        "BAC PROFESSIONNEL EN 3 ANS",
        decimal(emploi),
        decimal(emploi),
        null,
        effectif,
        position,
        true,
        effectifPrecedent,
        decimal(pression),
        null,
        decimal(emploiPrecedent),
        null);
  }

  private static BigDecimal decimal(String value) {
    return value == null ? null : new BigDecimal(value);
  }
}
