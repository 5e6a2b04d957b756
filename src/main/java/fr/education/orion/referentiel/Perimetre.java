package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.DIPLOME_PROFESSIONNEL;
import static fr.education.orion.schema.Tables.FAMILLE_METIER;
import static fr.education.orion.schema.Tables.FORMATION;
import static fr.education.orion.schema.Tables.FORMATION_LIGNEE;

import fr.education.orion.schema.tables.FormationLignee;
import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Orion's perimeter of formations, as SQL conditions on a CFD: the official list of vocational
 * diplomas, the classes communes and spécialités of the familles de métiers, and the formations
 * these renovated (their InserJeunes counts still describe the new ones).
 */
public final class Perimetre {

  private Perimetre() {}

  /** The formation of {@code cfd} is taught in the voie scolaire of the perimeter. */
  public static Condition scolaire(Field<String> cfd) {
    return cfd.in(listees())
        .or(
            cfd.in(
                DSL.select(FORMATION_LIGNEE.ANCIEN_CFD)
                    .from(FORMATION_LIGNEE)
                    .where(FORMATION_LIGNEE.NOUVEAU_CFD.in(listees()))));
  }

  /**
   * The formation of {@code cfd} is a classe commune: the first year shared by the spécialités of a
   * famille de métiers, or of the options of a BTS.
   */
  public static Condition classeCommune(Field<String> cfd) {
    return cfd.in(DSL.select(FAMILLE_METIER.CFD_FAMILLE).from(FAMILLE_METIER));
  }

  /**
   * The renovation pair {@code lignee} is a pair of Orion's formation history (a former CFD and the
   * CFD that renovates it), on which the continuum of InserJeunes counts is decided: the former CFD
   * is named in the ANCIEN_DIPLOME_n columns of the new formation's row, the new formation is
   * listed in the perimeter (in either voie), and the former one has an opening date and did not
   * close before 2018.
   */
  public static Condition renovationHistorique(FormationLignee lignee) {
    Table<Record2<String, String>> listees = listeesParVoie().asTable("listees");
    return lignee
        .HISTORIQUE
        .isTrue()
        .and(lignee.NOUVEAU_CFD.in(DSL.select(listees.field(0, String.class)).from(listees)))
        .andExists(
            DSL.selectOne()
                .from(FORMATION)
                .where(FORMATION.CFD.eq(lignee.ANCIEN_CFD))
                .and(FORMATION.DATE_OUVERTURE.isNotNull())
                .and(
                    FORMATION
                        .DATE_FERMETURE
                        .isNull()
                        .or(FORMATION.DATE_FERMETURE.ge(LocalDate.of(2018, 1, 1)))));
  }

  /**
   * The formations listed in the perimeter, each with a voie it is listed in ({@code cfd}, {@code
   * voie}; a formation listed in both voies has two rows): the diploma list (voie scolaire), the
   * apprenticeship CFDs of the catalogue, and the classes communes and spécialités of the familles
   * de métiers (voie scolaire). The predecessors that join the perimeter only through the
   * renovation lineage are not listed: their figures are those the formations they became carry.
   */
  public static Select<Record2<String, String>> listeesParVoie() {
    return DSL.select(DIPLOME_PROFESSIONNEL.CFD, DIPLOME_PROFESSIONNEL.VOIE)
        .from(DIPLOME_PROFESSIONNEL)
        .union(
            DSL.select(
                    FAMILLE_METIER.CFD,
                    DSL.inline(Voie.CODE_SCOLAIRE).as(DIPLOME_PROFESSIONNEL.VOIE))
                .from(FAMILLE_METIER));
  }

  /**
   * The place of {@code cfd} in a famille de métiers: {@code 2nde_commune} for the classe commune
   * of a famille ({@code 1ere_commune} for the first year shared by the options of a BTS), {@code
   * specialite} for one of its spécialités ({@code option} for a BTS option), null otherwise.
   */
  public static Field<String> typeFamille(Field<String> cfd) {
    Condition bts = NiveauDiplome.bts(cfd);
    return DSL.when(
            classeCommune(cfd),
            DSL.when(bts, DSL.inline(TypeFamille.PREMIERE_COMMUNE.code()))
                .otherwise(DSL.inline(TypeFamille.SECONDE_COMMUNE.code())))
        .when(
            cfd.in(DSL.select(FAMILLE_METIER.CFD).from(FAMILLE_METIER)),
            DSL.when(bts, DSL.inline(TypeFamille.OPTION.code()))
                .otherwise(DSL.inline(TypeFamille.SPECIALITE.code())));
  }

  /** The CFDs of the diploma list (voie scolaire) and of the familles de métiers. */
  private static Select<Record1<String>> listees() {
    return DSL.select(DIPLOME_PROFESSIONNEL.CFD)
        .from(DIPLOME_PROFESSIONNEL)
        .where(DIPLOME_PROFESSIONNEL.VOIE.eq(Voie.CODE_SCOLAIRE))
        .union(DSL.select(FAMILLE_METIER.CFD).from(FAMILLE_METIER));
  }
}
