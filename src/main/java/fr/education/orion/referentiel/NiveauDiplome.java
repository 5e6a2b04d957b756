package fr.education.orion.referentiel;

import org.jooq.Condition;
import org.jooq.Field;

/**
 * The niveaux de diplôme Orion treats apart. A niveau is the first three characters of a CFD (BCN
 * N_NIVEAU_FORMATION_DIPLOME).
 */
public final class NiveauDiplome {

  /**
   * The BTS: its wishes come from Parcoursup (a taux de demande, not de pression), and the year its
   * options share is a 1re année commune.
   */
  public static final String BTS = "320";

  private NiveauDiplome() {}

  /** The formation of {@code cfd} prepares a BTS. */
  public static boolean bts(String cfd) {
    return cfd.startsWith(BTS);
  }

  /** {@link #bts(String)} in SQL. */
  public static Condition bts(Field<String> cfd) {
    return cfd.startsWith(BTS);
  }
}
