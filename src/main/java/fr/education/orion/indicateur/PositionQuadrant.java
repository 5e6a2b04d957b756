package fr.education.orion.indicateur;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;

/**
 * Where a formation (in one dispositif) sits in the quadrant of a région for a millésime. The axes
 * are the regional averages of its niveau de diplôme: the taux d'emploi à 6 mois and the taux de
 * poursuite d'études. The order of the constants is the order pages list positions in. Tables,
 * pages, the API and exports write a position by its {@link #code()}.
 */
public enum PositionQuadrant {
  /** Both rates at or above the averages. */
  Q1("Q1"),
  /** The taux d'emploi at or above its average, the taux de poursuite below. */
  Q2("Q2"),
  /** The taux de poursuite at or above its average, the taux d'emploi below. */
  Q3("Q3"),
  /** Both rates below the averages. */
  Q4("Q4"),
  /**
   * A rate of the formation (no counts, or fewer than {@value Taux#SEUIL_INSERJEUNES} leavers) or
   * an average of its niveau is missing: listed, not plotted.
   */
  HORS_QUADRANT("Hors quadrant"),
  /** A classe commune: its pupils leave after a spécialité, never from it. */
  CLASSE_COMMUNE("-");

  private final String code;

  PositionQuadrant(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<PositionQuadrant> duCode(@Nullable String code) {
    return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
  }

  /** Q1 to Q4: the quadrant plots the formation. */
  public boolean tracee() {
    return compareTo(Q4) <= 0;
  }

  /**
   * The position of a formation that has none stored for the région and millésime (it has no
   * InserJeunes counts there): {@link #CLASSE_COMMUNE} for a classe commune, else {@link
   * #HORS_QUADRANT}.
   */
  public static PositionQuadrant sansPositionStockee(boolean classeCommune) {
    return classeCommune ? CLASSE_COMMUNE : HORS_QUADRANT;
  }

  /** {@link #sansPositionStockee(boolean)} in SQL. */
  public static Field<String> sansPositionStockee(Condition classeCommune) {
    return when(classeCommune, inline(CLASSE_COMMUNE.code)).otherwise(inline(HORS_QUADRANT.code));
  }

  /**
   * The placement, in SQL, of a formation given its regional rates and the averages of its niveau:
   * a classe commune first, then {@link #HORS_QUADRANT} when any of the four is unknown, then the
   * quadrant, a rate equal to its average counting as at or above it.
   */
  public static Field<String> placement(
      Condition classeCommune,
      Field<BigDecimal> emploi,
      Field<BigDecimal> poursuite,
      Field<BigDecimal> emploiMoyen,
      Field<BigDecimal> poursuiteMoyenne) {
    return when(classeCommune, inline(CLASSE_COMMUNE.code))
        .when(
            emploi
                .isNull()
                .or(poursuite.isNull())
                .or(emploiMoyen.isNull())
                .or(poursuiteMoyenne.isNull()),
            inline(HORS_QUADRANT.code))
        .when(emploi.ge(emploiMoyen).and(poursuite.ge(poursuiteMoyenne)), inline(Q1.code))
        .when(emploi.ge(emploiMoyen), inline(Q2.code))
        .when(poursuite.ge(poursuiteMoyenne), inline(Q3.code))
        .otherwise(inline(Q4.code));
  }
}
