package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.FAMILLE_METIER;

import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;

/**
 * The spécialités of the familles de métiers (and the options of a BTS), as the queries of other
 * modules read them: pupils enter them in their second year, after a classe commune.
 */
public final class FamillesMetiers {

  private FamillesMetiers() {}

  /** The CFD of each spécialité, in the column {@link #cfd}. */
  public static SelectConditionStep<Record1<String>> specialites() {
    return DSL.select(FAMILLE_METIER.CFD)
        .from(FAMILLE_METIER)
        .where(FAMILLE_METIER.CFD_FAMILLE.ne(FAMILLE_METIER.CFD));
  }

  /** The CFD of each spécialité once, in the column {@link #cfd}. */
  public static SelectConditionStep<Record1<String>> specialitesDistinctes() {
    return DSL.selectDistinct(FAMILLE_METIER.CFD)
        .from(FAMILLE_METIER)
        .where(FAMILLE_METIER.CFD.ne(FAMILLE_METIER.CFD_FAMILLE));
  }

  /** The column of {@link #specialites}, to find it in a table built from them. */
  public static Field<String> cfd() {
    return FAMILLE_METIER.CFD;
  }
}
