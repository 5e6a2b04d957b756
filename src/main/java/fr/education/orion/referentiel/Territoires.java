package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.DEPARTEMENT;
import static fr.education.orion.schema.Tables.REGION;

import org.jooq.Field;
import org.jooq.impl.DSL;

/** The records of territories, and their names for the queries of other modules. */
public final class Territoires {

  private Territoires() {}

  /** The name of the département of {@code code} (null when unknown), for a query's row. */
  public static Field<String> libelleDepartement(Field<String> code) {
    return DSL.field(
        DSL.select(DEPARTEMENT.LIBELLE)
            .from(DEPARTEMENT)
            .where(DEPARTEMENT.CODE_DEPARTEMENT.eq(code)));
  }

  /** The name of the région of {@code code} (null when unknown), for a query's row. */
  public static Field<String> libelleRegion(Field<String> code) {
    return DSL.field(DSL.select(REGION.LIBELLE).from(REGION).where(REGION.CODE_REGION.eq(code)));
  }

  public record Region(CodeRegion codeRegion, String libelle) {}

  public record Academie(CodeAcademie codeAcademie, String libelle, CodeRegion codeRegion) {}

  public record Departement(
      CodeDepartement codeDepartement,
      String libelle,
      CodeAcademie codeAcademie,
      CodeRegion codeRegion) {}
}
