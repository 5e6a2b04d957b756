package fr.education.orion.indicateur;

import static fr.education.orion.schema.Tables.QUADRANT_POSITION;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The quadrant positions computed after each import ({@code calcul.QuadrantBuilder}), for the
 * queries of other modules that join them to their rows: one per millésime, région, formation and
 * dispositif.
 */
public final class PositionsCalculees {

  private PositionsCalculees() {}

  public static Table<?> positions() {
    return QUADRANT_POSITION;
  }

  /** The row of {@link #positions()} of this formation in this région for this millésime. */
  public static Condition de(
      String millesime, Field<String> codeRegion, Field<String> cfd, Field<String> dispositif) {
    return QUADRANT_POSITION
        .MILLESIME
        .eq(millesime)
        .and(QUADRANT_POSITION.CODE_REGION.eq(codeRegion))
        .and(QUADRANT_POSITION.CFD.eq(cfd))
        .and(QUADRANT_POSITION.CODE_DISPOSITIF.eq(dispositif));
  }

  /** The stored position (Q1…Q4, Hors quadrant); null where no row joins. */
  public static Field<String> position() {
    return QUADRANT_POSITION.POSITION;
  }
}
