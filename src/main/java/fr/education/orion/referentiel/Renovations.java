package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.FORMATION_LIGNEE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.select;

import fr.education.orion.schema.tables.FormationLignee;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The renovation lineage (a former CFD, the new one it became) as the queries of other modules read
 * it: the InserJeunes counts of a renovated formation carry on under its new CFD.
 */
public final class Renovations {

  private static final FormationLignee LIGNEE = FORMATION_LIGNEE.as("lignee");

  private static final FormationLignee AUTRE = FORMATION_LIGNEE.as("autre");

  private Renovations() {}

  /** Every pair of the lineage, unaliased, with {@link #colonnes}. */
  public static Table<?> table() {
    return FORMATION_LIGNEE;
  }

  /** The former CFD, the new one and whether the pair is historic: what derived data read. */
  public static Field<?>[] colonnes() {
    return new Field<?>[] {
      FORMATION_LIGNEE.ANCIEN_CFD, FORMATION_LIGNEE.NOUVEAU_CFD, FORMATION_LIGNEE.HISTORIQUE
    };
  }

  /**
   * The pairs under the alias {@code lignee}, read by {@link #ancienCfd} and {@link #nouveauCfd}.
   */
  public static Table<?> lignees() {
    return LIGNEE;
  }

  public static Field<String> ancienCfd() {
    return LIGNEE.ANCIEN_CFD;
  }

  public static Field<String> nouveauCfd() {
    return LIGNEE.NOUVEAU_CFD;
  }

  /**
   * The pair of {@link #lignees} carries the counts over: it is a historic renovation ({@link
   * Perimetre#renovationHistorique}) and neither formation is in another one, so that one
   * formation's counts never go to two others, nor two formations' to one.
   */
  public static Condition continuum() {
    return Perimetre.renovationHistorique(LIGNEE)
        .and(
            DSL.field(
                    select(count())
                        .from(AUTRE)
                        .where(AUTRE.NOUVEAU_CFD.eq(LIGNEE.NOUVEAU_CFD))
                        .and(Perimetre.renovationHistorique(AUTRE)))
                .eq(1))
        .and(
            DSL.field(
                    select(count())
                        .from(AUTRE)
                        .where(AUTRE.ANCIEN_CFD.eq(LIGNEE.ANCIEN_CFD))
                        .and(Perimetre.renovationHistorique(AUTRE)))
                .eq(1));
  }
}
