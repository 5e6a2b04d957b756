package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.DISPOSITIF;
import static fr.education.orion.schema.Tables.FAMILLE_METIER;
import static fr.education.orion.schema.Tables.FORMATION;
import static fr.education.orion.schema.Tables.NIVEAU_DIPLOME;
import static fr.education.orion.schema.Tables.NSF_GROUPE;

import java.time.LocalDate;
import java.util.Collection;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The formations as the queries of other modules join them on a CFD and a dispositif: labels,
 * niveau de diplôme, NSF group, famille de métiers and the words a search looks for ({@link
 * Recherche}). Their place in a famille is {@link Perimetre#typeFamille}.
 */
public final class IdentiteFormation {

  private IdentiteFormation() {}

  public static Table<?> formations() {
    return FORMATION;
  }

  public static Field<String> cfd() {
    return FORMATION.CFD;
  }

  public static Field<String> codeNiveauDiplome() {
    return FORMATION.CODE_NIVEAU_DIPLOME;
  }

  public static Field<String> codeNsf() {
    return FORMATION.CODE_NSF;
  }

  /** The normalised words of the label ({@link Recherche#normalize}). */
  public static Field<String> recherche() {
    return FORMATION.RECHERCHE;
  }

  /**
   * {@code lignes} with, for each row, its formation ({@code cfd}), dispositif, niveau de diplôme,
   * NSF group and famille de métiers, when known: the table whose fields the methods below read.
   */
  public static Table<?> joindre(Table<?> lignes, Field<String> cfd, Field<String> dispositif) {
    return lignes
        .leftJoin(FORMATION)
        .on(FORMATION.CFD.eq(cfd))
        .leftJoin(DISPOSITIF)
        .on(DISPOSITIF.CODE_DISPOSITIF.eq(dispositif))
        .leftJoin(NIVEAU_DIPLOME)
        .on(NIVEAU_DIPLOME.CODE_NIVEAU_DIPLOME.eq(FORMATION.CODE_NIVEAU_DIPLOME))
        .leftJoin(NSF_GROUPE)
        .on(NSF_GROUPE.CODE_NSF.eq(FORMATION.CODE_NSF))
        .leftJoin(FAMILLE_METIER)
        .on(FAMILLE_METIER.CFD.eq(cfd));
  }

  public static Field<String> libelle() {
    return FORMATION.LIBELLE;
  }

  public static Field<String> libelleDispositif() {
    return DISPOSITIF.LIBELLE;
  }

  public static Field<String> libelleNiveauDiplome() {
    return NIVEAU_DIPLOME.LIBELLE;
  }

  /** The NSF group's label as published, else its label. */
  public static Field<String> libelleNsf() {
    return DSL.coalesce(NSF_GROUPE.LIBELLE_EDITION, NSF_GROUPE.LIBELLE);
  }

  /** The famille de métiers the formation belongs to, null outside one. */
  public static Field<String> libelleFamille() {
    return FAMILLE_METIER.LIBELLE_FAMILLE;
  }

  /** The CFD of the classe commune of the formation's famille de métiers. */
  public static Field<String> cfdFamille() {
    return FAMILLE_METIER.CFD_FAMILLE;
  }

  /** The formation of {@code cfd} belongs to one of these familles de métiers. */
  public static Condition deFamilles(Field<String> cfd, Collection<String> cfdFamilles) {
    return cfd.in(
        DSL.select(FAMILLE_METIER.CFD)
            .from(FAMILLE_METIER)
            .where(FAMILLE_METIER.CFD_FAMILLE.in(cfdFamilles)));
  }

  public static Field<LocalDate> dateOuverture() {
    return FORMATION.DATE_OUVERTURE;
  }

  /** The date the formation closes, null while it has none. */
  public static Field<LocalDate> dateFermeture() {
    return FORMATION.DATE_FERMETURE;
  }
}
