package fr.education.orion.indicateur;

import static fr.education.orion.schema.Tables.CONSTAT_RENTREE;
import static fr.education.orion.schema.Tables.MEF;
import static fr.education.orion.schema.Tables.OFFRE;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import fr.education.orion.ingestion.ImportCompleted;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the offer of each établissement at a rentrée from the constat: every MEFSTAT11 resolves
 * through N_MEF to a formation, a dispositif and a year of it, and the offer keeps the headcount of
 * each year. Where N_MEF gives a MEFSTAT11 several MEFs, the one open at the rentrée (1 September)
 * wins, then the most recently opened.
 */
@Component
class OffreBuilder {

  static final String VOIE_SCOLAIRE = "scolaire";
  private final DSLContext dsl;

  OffreBuilder(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** N_MEF changed: every rentrée's offer may change with it. */
  @EventListener
  void onImport(ImportCompleted event) {
    if (event.type().equals("bcn_n_mef")) {
      dsl.selectDistinct(CONSTAT_RENTREE.RENTREE_SCOLAIRE)
          .from(CONSTAT_RENTREE)
          .fetch(CONSTAT_RENTREE.RENTREE_SCOLAIRE)
          .forEach(this::rebuild);
    }
  }

  void rebuild(String rentree) {
    LocalDate rentreeDate = LocalDate.of(Integer.parseInt(rentree), 9, 1);
    Field<Boolean> openAtRentree =
        DSL.field(
            MEF.DATE_OUVERTURE
                .le(rentreeDate)
                .or(MEF.DATE_OUVERTURE.isNull())
                .and(MEF.DATE_FERMETURE.gt(rentreeDate).or(MEF.DATE_FERMETURE.isNull())));
    Table<?> mefstat =
        dsl.selectDistinct(MEF.MEFSTAT11, MEF.CFD, MEF.CODE_DISPOSITIF, MEF.ANNEE_DISPOSITIF)
            .on(MEF.MEFSTAT11)
            .from(MEF)
            .where(MEF.MEFSTAT11.isNotNull())
            .orderBy(MEF.MEFSTAT11, openAtRentree.desc(), MEF.DATE_OUVERTURE.desc().nullsLast())
            .asTable("mefstat");
    Field<String> mefstat11 = mefstat.field(MEF.MEFSTAT11);
    Field<String> cfd = mefstat.field(MEF.CFD);
    Field<String> dispositif = mefstat.field(MEF.CODE_DISPOSITIF);
    Field<Short> annee = mefstat.field(MEF.ANNEE_DISPOSITIF);
    dsl.deleteFrom(OFFRE)
        .where(OFFRE.RENTREE_SCOLAIRE.eq(rentree))
        .and(OFFRE.VOIE.eq(VOIE_SCOLAIRE))
        .execute();
    dsl.insertInto(
            OFFRE,
            OFFRE.RENTREE_SCOLAIRE,
            OFFRE.UAI,
            OFFRE.CFD,
            OFFRE.CODE_DISPOSITIF,
            OFFRE.VOIE,
            OFFRE.EFFECTIF_1,
            OFFRE.EFFECTIF_2,
            OFFRE.EFFECTIF_3)
        .select(
            dsl.select(
                    CONSTAT_RENTREE.RENTREE_SCOLAIRE,
                    CONSTAT_RENTREE.UAI,
                    cfd,
                    dispositif,
                    DSL.val(VOIE_SCOLAIRE),
                    effectifOfYear(annee, 1),
                    effectifOfYear(annee, 2),
                    effectifOfYear(annee, 3))
                .from(CONSTAT_RENTREE)
                .join(mefstat)
                .on(mefstat11.eq(CONSTAT_RENTREE.MEFSTAT11))
                .where(CONSTAT_RENTREE.RENTREE_SCOLAIRE.eq(rentree))
                .groupBy(CONSTAT_RENTREE.RENTREE_SCOLAIRE, CONSTAT_RENTREE.UAI, cfd, dispositif))
        .execute();
  }

  private static Field<Integer> effectifOfYear(Field<Short> annee, int year) {
    return sum(when(annee.eq((short) year), CONSTAT_RENTREE.EFFECTIF)).cast(Integer.class);
  }
}
