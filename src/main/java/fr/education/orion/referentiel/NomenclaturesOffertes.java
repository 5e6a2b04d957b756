package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.DISPOSITIF;
import static fr.education.orion.schema.Tables.FAMILLE_METIER;
import static fr.education.orion.schema.Tables.FORMATION;
import static fr.education.orion.schema.Tables.NIVEAU_DIPLOME;
import static fr.education.orion.schema.Tables.NSF_GROUPE;

import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * The entries of the nomenclatures that some formations or dispositifs use, as (code, label) in the
 * order of their labels: the choices of another module's filters, read from what it offers.
 */
public final class NomenclaturesOffertes {

  private NomenclaturesOffertes() {}

  /** The niveaux de diplôme of the formations of {@code cfds}. */
  public static Select<Record2<String, String>> niveauxDiplome(
      Select<? extends Record1<String>> cfds) {
    return DSL.selectDistinct(NIVEAU_DIPLOME.CODE_NIVEAU_DIPLOME, NIVEAU_DIPLOME.LIBELLE)
        .from(NIVEAU_DIPLOME)
        .join(FORMATION)
        .on(FORMATION.CODE_NIVEAU_DIPLOME.eq(NIVEAU_DIPLOME.CODE_NIVEAU_DIPLOME))
        .where(FORMATION.CFD.in(cfds))
        .orderBy(NIVEAU_DIPLOME.LIBELLE);
  }

  /** The dispositifs of {@code codes}. */
  public static Select<Record2<String, String>> dispositifs(
      Select<? extends Record1<String>> codes) {
    return DSL.selectDistinct(DISPOSITIF.CODE_DISPOSITIF, DISPOSITIF.LIBELLE)
        .from(DISPOSITIF)
        .where(DISPOSITIF.CODE_DISPOSITIF.in(codes))
        .orderBy(DISPOSITIF.LIBELLE);
  }

  /** The NSF groups of the formations of {@code cfds}, by their label as published. */
  public static Select<Record2<String, String>> domainesNsf(
      Select<? extends Record1<String>> cfds) {
    var libelle = IdentiteFormation.libelleNsf();
    return DSL.selectDistinct(NSF_GROUPE.CODE_NSF, libelle)
        .from(NSF_GROUPE)
        .join(FORMATION)
        .on(FORMATION.CODE_NSF.eq(NSF_GROUPE.CODE_NSF))
        .where(FORMATION.CFD.in(cfds))
        .orderBy(libelle);
  }

  /** Every famille de métiers, by the CFD of its classe commune. */
  public static Select<Record2<String, String>> famillesMetiers() {
    return DSL.selectDistinct(FAMILLE_METIER.CFD_FAMILLE, FAMILLE_METIER.LIBELLE_FAMILLE)
        .from(FAMILLE_METIER)
        .orderBy(FAMILLE_METIER.LIBELLE_FAMILLE);
  }
}
