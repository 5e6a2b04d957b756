package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.DIPLOME_PROFESSIONNEL;
import static fr.education.orion.schema.Tables.DISPOSITIF;
import static fr.education.orion.schema.Tables.FORMATION_LIGNEE;
import static fr.education.orion.schema.Tables.MEF;
import static fr.education.orion.schema.Tables.NIVEAU_DIPLOME;
import static fr.education.orion.schema.Tables.NSF_GROUPE;

import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The nomenclatures around a formation — niveaux de diplôme, NSF groups, dispositifs, MEF — and the
 * diploma list, for the queries of other modules that list or filter on them rather than join them
 * to a formation ({@link IdentiteFormation} does that).
 */
public final class NomenclaturesFormation {

  private NomenclaturesFormation() {}

  public static Table<?> niveaux() {
    return NIVEAU_DIPLOME;
  }

  public static Field<String> codeNiveau() {
    return NIVEAU_DIPLOME.CODE_NIVEAU_DIPLOME;
  }

  public static Field<String> libelleNiveau() {
    return NIVEAU_DIPLOME.LIBELLE;
  }

  /** The short label ("CAP", "BAC PRO"), null for some niveaux. */
  public static Field<String> libelleCourtNiveau() {
    return NIVEAU_DIPLOME.LIBELLE_COURT;
  }

  public static Table<?> groupesNsf() {
    return NSF_GROUPE;
  }

  public static Field<String> codeGroupeNsf() {
    return NSF_GROUPE.CODE_NSF;
  }

  public static Field<String> libelleGroupeNsf() {
    return NSF_GROUPE.LIBELLE;
  }

  /** The label as published, null for the groups that have none. */
  public static Field<String> libelleEditionGroupeNsf() {
    return NSF_GROUPE.LIBELLE_EDITION;
  }

  public static Table<?> dispositifs() {
    return DISPOSITIF;
  }

  public static Field<String> codeDispositif() {
    return DISPOSITIF.CODE_DISPOSITIF;
  }

  /** The number of years of a formation under a dispositif: the last year of its MEF. */
  public static Field<Integer> duree(Field<String> cfd, Field<String> dispositif) {
    return DSL.field(
        DSL.select(DSL.max(MEF.ANNEE_DISPOSITIF).cast(Integer.class))
            .from(MEF)
            .where(MEF.CFD.eq(cfd))
            .and(MEF.CODE_DISPOSITIF.eq(dispositif)));
  }

  /** The title of a formation in the diploma list, null when it is not listed. */
  public static Field<String> intituleListe(Field<String> cfd) {
    return DSL.field(
        DSL.select(DSL.max(DIPLOME_PROFESSIONNEL.INTITULE))
            .from(DIPLOME_PROFESSIONNEL)
            .where(DIPLOME_PROFESSIONNEL.CFD.eq(cfd)));
  }

  /** The formation renovates an older one: it is the new CFD of a lineage. */
  public static Field<Boolean> renovee(Field<String> cfd) {
    return DSL.field(
        DSL.exists(
            DSL.selectOne().from(FORMATION_LIGNEE).where(FORMATION_LIGNEE.NOUVEAU_CFD.eq(cfd))));
  }
}
