package fr.education.orion.indicateur.calcul;

import static fr.education.orion.schema.Tables.AFFELNET_LIGNE;

import fr.education.orion.referentiel.IdentiteEtablissement;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Which Affelnet lines give an offer of the voie scolaire its capacity and first-rank wishes (lines
 * of the voie scolaire, of public établissements, outside census wishes; capacities only between 5
 * and 500), as SQL on {@code affelnet_ligne}.
 */
final class Affelnet {

  /** Fewer places than this is no capacity the rectorat set, but a placeholder. */
  static final int CAPACITE_MINIMALE = 5;

  /**
   * More places than this is no capacity either: the source sometimes writes an arbitrary 900, 999
   * or 1000.
   */
  static final int CAPACITE_MAXIMALE = 500;

  /** The status of an offer of the voie scolaire ({@code AP} is apprenticeship). */
  static final String STATUT_SCOLAIRE = "ST";

  /**
   * A wish that counts pupils (census wishes, {@code O}, record pupils already placed, not
   * choices).
   */
  static final String VOEU_HORS_RECENSEMENT = "N";

  private static final String PRIVE = "PR";

  private Affelnet() {}

  /** The capacity when it lies in [5, 500], else null: unknown. */
  static Field<Integer> capaciteConnue(Field<Integer> capacite) {
    return DSL.when(capacite.between(CAPACITE_MINIMALE, CAPACITE_MAXIMALE), capacite);
  }

  /** A line of an offer of the voie scolaire, of wishes that are choices (not census). */
  static Condition voeuxScolaires() {
    return AFFELNET_LIGNE
        .STATUT
        .eq(STATUT_SCOLAIRE)
        .and(AFFELNET_LIGNE.VOEU_RECENSEMENT.eq(VOEU_HORS_RECENSEMENT));
  }

  /**
   * A line of a private établissement, as the référentiel or the line itself says; private
   * établissements are left out.
   */
  static Condition etablissementPrive() {
    return DSL.exists(
            DSL.selectOne()
                .from(IdentiteEtablissement.etablissements())
                .where(IdentiteEtablissement.uai().eq(AFFELNET_LIGNE.UAI))
                .and(IdentiteEtablissement.secteur().eq(PRIVE)))
        // Most layouts have no Secteur column: null is not private (and must not be unknown).
        .or(AFFELNET_LIGNE.SECTEUR.isNotDistinctFrom(PRIVE));
  }
}
