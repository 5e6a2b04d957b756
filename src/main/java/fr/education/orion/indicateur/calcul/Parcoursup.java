package fr.education.orion.indicateur.calcul;

import static fr.education.orion.schema.Tables.PARCOURSUP_LIGNE;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Which Parcoursup lines give a BTS of the voie scolaire its capacity and confirmed wishes (lines
 * of the voie scolaire for the year pupils enter, capacities of 0 or 999 unknown), as SQL on {@code
 * parcoursup_ligne}.
 */
final class Parcoursup {

  /** The status of an offer of the voie scolaire. */
  static final String STATUT_SCOLAIRE = "Scolaire";

  /** Capacities the source writes when it does not know the number of places. */
  static final int CAPACITE_NON_RENSEIGNEE = 0;

  static final int CAPACITE_INCONNUE = 999;

  private Parcoursup() {}

  /** The capacity, or null when it is 0 or 999: unknown. */
  static Field<Integer> capaciteConnue(Field<Integer> capacite) {
    return DSL.when(capacite.notIn(CAPACITE_NON_RENSEIGNEE, CAPACITE_INCONNUE), capacite);
  }

  /** A line of an offer of the voie scolaire. */
  static Condition scolaire() {
    return PARCOURSUP_LIGNE.STATUT.eq(STATUT_SCOLAIRE);
  }
}
