package fr.education.orion.indicateur;

import static fr.education.orion.schema.Tables.OFFRE;

import org.jooq.Field;

/**
 * The figures of each offer of {@link OffresSommees#offres()}, for the queries of other modules
 * that show offers one by one or sum them in their own way.
 */
public final class ChiffresOffre {

  private ChiffresOffre() {}

  /** Pupils in the first year; the other years are {@link #effectif2()}, {@link #effectif3()}. */
  public static Field<Integer> effectif1() {
    return OFFRE.EFFECTIF_1;
  }

  public static Field<Integer> effectif2() {
    return OFFRE.EFFECTIF_2;
  }

  public static Field<Integer> effectif3() {
    return OFFRE.EFFECTIF_3;
  }

  /** Places offered at entry. */
  public static Field<Integer> capacite() {
    return OFFRE.CAPACITE;
  }

  /** Wishes ranked first for the offer. */
  public static Field<Integer> premiersVoeux() {
    return OFFRE.PREMIERS_VOEUX;
  }
}
