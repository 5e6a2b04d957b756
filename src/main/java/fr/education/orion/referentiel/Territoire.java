package fr.education.orion.referentiel;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * A territory figures are aggregated on: the nation, a région, an académie or a département.
 *
 * @param code the code of the région, académie or département; {@code FR} for the nation
 * @param codeRegion the région the territory lies in (itself for a région), null for the nation
 * @param libelleRegion the label of that région
 */
public record Territoire(
    Echelon echelon,
    String code,
    String libelle,
    @Nullable CodeRegion codeRegion,
    @Nullable String libelleRegion) {

  /** The level of a territory. */
  public enum Echelon {
    NATION,
    REGION,
    ACADEMIE,
    DEPARTEMENT
  }

  public static final Territoire NATION =
      new Territoire(Echelon.NATION, "FR", "France", null, null);

  /**
   * The rows located in this territory, given their région, académie and département columns. For
   * the nation: every row of the perimeter of {@link PerimetreTerritorial}.
   */
  public Condition contient(
      Field<String> codeRegion, Field<String> codeAcademie, Field<String> codeDepartement) {
    Condition dedans =
        switch (echelon) {
          case NATION -> DSL.noCondition();
          case REGION -> codeRegion.eq(code);
          case ACADEMIE -> codeAcademie.eq(code);
          case DEPARTEMENT -> codeDepartement.eq(code);
        };
    return dedans.and(PerimetreTerritorial.contient(codeRegion, codeAcademie, codeDepartement));
  }
}
