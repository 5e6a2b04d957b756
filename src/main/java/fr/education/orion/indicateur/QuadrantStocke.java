package fr.education.orion.indicateur;

import static fr.education.orion.schema.Tables.QUADRANT_MOYENNE;
import static fr.education.orion.schema.Tables.QUADRANT_POSITION;

import java.math.BigDecimal;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The quadrant stored after each import ({@link QuadrantBuilder}) as other modules read it whole:
 * the positions of a région's formations with their own rates, under a name of the caller's choice
 * so that one query can join two millésimes, and the regional averages of each niveau ({@link
 * #moyennes()}). {@link PositionsCalculees} joins a single position to a row instead.
 */
public record QuadrantStocke(Table<?> positions) {

  /** The positions, under the table's own name. */
  public static QuadrantStocke of() {
    return new QuadrantStocke(QUADRANT_POSITION);
  }

  /** The positions, under another name. */
  public static QuadrantStocke as(String nom) {
    return new QuadrantStocke(QUADRANT_POSITION.as(nom));
  }

  public Field<String> millesime() {
    return positions.field(QUADRANT_POSITION.MILLESIME);
  }

  public Field<String> codeRegion() {
    return positions.field(QUADRANT_POSITION.CODE_REGION);
  }

  public Field<String> cfd() {
    return positions.field(QUADRANT_POSITION.CFD);
  }

  public Field<String> codeDispositif() {
    return positions.field(QUADRANT_POSITION.CODE_DISPOSITIF);
  }

  public Field<String> codeNiveauDiplome() {
    return positions.field(QUADRANT_POSITION.CODE_NIVEAU_DIPLOME);
  }

  /** Q1…Q4, {@code Hors quadrant} or {@code -} ({@link PositionQuadrant}). */
  public Field<String> position() {
    return positions.field(QUADRANT_POSITION.POSITION);
  }

  public Field<BigDecimal> tauxEmploi() {
    return positions.field(QUADRANT_POSITION.TAUX_EMPLOI_6_MOIS);
  }

  public Field<BigDecimal> tauxPoursuite() {
    return positions.field(QUADRANT_POSITION.TAUX_POURSUITE);
  }

  public Field<BigDecimal> tauxDevenirFavorable() {
    return positions.field(QUADRANT_POSITION.TAUX_DEVENIR_FAVORABLE);
  }

  /** The averages of each millésime, région and niveau: the axes of its quadrant. */
  public static Table<?> moyennes() {
    return QUADRANT_MOYENNE;
  }

  public static Field<String> millesimeMoyenne() {
    return QUADRANT_MOYENNE.MILLESIME;
  }

  public static Field<String> codeRegionMoyenne() {
    return QUADRANT_MOYENNE.CODE_REGION;
  }

  public static Field<String> codeNiveauDiplomeMoyenne() {
    return QUADRANT_MOYENNE.CODE_NIVEAU_DIPLOME;
  }

  public static Field<BigDecimal> moyenneEmploi() {
    return QUADRANT_MOYENNE.TAUX_EMPLOI_6_MOIS;
  }

  public static Field<BigDecimal> moyennePoursuite() {
    return QUADRANT_MOYENNE.TAUX_POURSUITE;
  }

  public static Field<BigDecimal> moyenneDevenirFavorable() {
    return QUADRANT_MOYENNE.TAUX_DEVENIR_FAVORABLE;
  }
}
