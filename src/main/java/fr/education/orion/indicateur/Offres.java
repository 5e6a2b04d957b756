package fr.education.orion.indicateur;

import static fr.education.orion.schema.Tables.OFFRE;

import fr.education.orion.referentiel.FamillesMetiers;
import fr.education.orion.referentiel.NiveauDiplome;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** SQL fragments on the {@code offre} table, shared by every page and route that reads offers. */
public final class Offres {

  private Offres() {}

  /**
   * The offer is a spécialité of a famille de métiers (or a BTS option): pupils enter it in its
   * second year, after a classe commune.
   */
  public static Condition specialite() {
    // Uncorrelated, so that PostgreSQL hashes the spécialités once instead of scanning them for
    // every offer (seconds on a national aggregate).
    return OFFRE.CFD.in(FamillesMetiers.specialites());
  }

  /** The headcount at entry: the first year's, or the second's for a spécialité. */
  public static Field<Integer> effectifEntree() {
    return DSL.when(specialite(), OFFRE.EFFECTIF_2).otherwise(OFFRE.EFFECTIF_1);
  }

  /** Every pupil of the offer, all years (the "nombre d'élèves"). */
  public static Field<Integer> nombreEleves() {
    return DSL.coalesce(OFFRE.EFFECTIF_1, 0)
        .plus(DSL.coalesce(OFFRE.EFFECTIF_2, 0))
        .plus(DSL.coalesce(OFFRE.EFFECTIF_3, 0));
  }

  /**
   * The offer has headcounts, from the constat de rentrée; an offer known from Affelnet or
   * Parcoursup only has a capacity and wishes.
   */
  public static Condition avecEffectif() {
    return OFFRE
        .EFFECTIF_1
        .isNotNull()
        .or(OFFRE.EFFECTIF_2.isNotNull())
        .or(OFFRE.EFFECTIF_3.isNotNull());
  }

  /** The offer prepares a BTS. */
  public static Condition bts() {
    return NiveauDiplome.bts(OFFRE.CFD);
  }
}
