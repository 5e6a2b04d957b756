package fr.education.orion.indicateur.calcul;

import static fr.education.orion.schema.Tables.INSERJEUNES_FORMATION_REGION;
import static fr.education.orion.schema.Tables.INSERJEUNES_REGION;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import fr.education.orion.ingestion.ImportCompleted;
import fr.education.orion.referentiel.NomenclatureMef;
import fr.education.orion.referentiel.Renovations;
import fr.education.orion.referentiel.Voie;
import fr.education.orion.schema.tables.InserjeunesFormationRegion;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Derives the InserJeunes counts of each formation (CFD and dispositif) per région from the counts
 * as published: voie scolaire rows are keyed by the MEFSTAT11 of the final year, which N_MEF
 * resolves to a CFD and a dispositif; apprenticeship rows are keyed by the CFD. Then the continuum
 * of renovated formations: a formation without counts of its own for a dispositif, millésime,
 * région and voie carries those of its predecessor for that dispositif (the counts are looked up
 * per dispositif, by the MEFSTAT11 of its last year) when the renovation is one-to-one in both
 * directions, marked with the predecessor's CFD.
 */
@Component
class InserJeunesFormationBuilder {

  /** Imports that change the counts, the MEFSTAT11 → CFD mapping or the renovation lineage. */
  private static final Set<String> SOURCES =
      Set.of(
          "inserjeunes_region",
          "bcn_n_mef",
          "bcn_n_formation_diplome",
          "bcn_v_formation_diplome",
          "diplomes_professionnels",
          "orion_familles_metiers",
          "orion_options_bts");

  private static final String SANS_DISPOSITIF = "";
  private static final InserjeunesFormationRegion IJ = INSERJEUNES_FORMATION_REGION;

  private final DSLContext dsl;
  private final QuadrantBuilder quadrant;
  private final EmpreintesSources empreintes;

  InserJeunesFormationBuilder(
      DSLContext dsl, QuadrantBuilder quadrant, EmpreintesSources empreintes) {
    this.dsl = dsl;
    this.quadrant = quadrant;
    this.empreintes = empreintes;
  }

  @EventListener
  void onImport(ImportCompleted event) {
    if (event.changedSomething()
        && SOURCES.contains(event.type())
        && empreintes.changed(IJ.getName(), event)) {
      rebuild();
    }
  }

  void rebuild() {
    dsl.deleteFrom(IJ).execute();
    insertScolaire();
    insertApprentissage();
    insertContinuum();
    dsl.execute("analyze " + IJ.getName());
    quadrant.recompute();
  }

  /** Several MEFSTAT11 may lead to the same CFD and dispositif: their counts add up. */
  private void insertScolaire() {
    var mefs = NomenclatureMef.dispositifsParMefstat11().asTable("mefs");
    Field<String> cfd = mefs.field(NomenclatureMef.cfd());
    Field<String> dispositif = mefs.field(NomenclatureMef.codeDispositif());
    dsl.insertInto(IJ, columns())
        .select(
            dsl.select(
                    INSERJEUNES_REGION.MILLESIME,
                    INSERJEUNES_REGION.CODE_REGION,
                    INSERJEUNES_REGION.VOIE,
                    cfd,
                    dispositif,
                    sum(INSERJEUNES_REGION.NB_ANNEE_TERM).cast(SQLDataType.INTEGER),
                    sum(INSERJEUNES_REGION.NB_SORTANT).cast(SQLDataType.INTEGER),
                    sum(INSERJEUNES_REGION.NB_POURSUITE_ETUDES).cast(SQLDataType.INTEGER),
                    sum(INSERJEUNES_REGION.NB_EN_EMPLOI_6_MOIS).cast(SQLDataType.INTEGER),
                    sum(INSERJEUNES_REGION.NB_EN_EMPLOI_12_MOIS).cast(SQLDataType.INTEGER),
                    sum(INSERJEUNES_REGION.NB_EN_EMPLOI_24_MOIS).cast(SQLDataType.INTEGER),
                    DSL.castNull(SQLDataType.VARCHAR(8)))
                .from(INSERJEUNES_REGION)
                .join(mefs)
                .on(mefs.field(NomenclatureMef.mefstat11()).eq(INSERJEUNES_REGION.CODE_FORMATION))
                .where(INSERJEUNES_REGION.VOIE.eq(Voie.CODE_SCOLAIRE))
                .groupBy(
                    INSERJEUNES_REGION.MILLESIME,
                    INSERJEUNES_REGION.CODE_REGION,
                    INSERJEUNES_REGION.VOIE,
                    cfd,
                    dispositif))
        .execute();
  }

  private void insertApprentissage() {
    dsl.insertInto(IJ, columns())
        .select(
            dsl.select(
                    INSERJEUNES_REGION.MILLESIME,
                    INSERJEUNES_REGION.CODE_REGION,
                    INSERJEUNES_REGION.VOIE,
                    INSERJEUNES_REGION.CODE_FORMATION,
                    inline(SANS_DISPOSITIF),
                    INSERJEUNES_REGION.NB_ANNEE_TERM,
                    INSERJEUNES_REGION.NB_SORTANT,
                    INSERJEUNES_REGION.NB_POURSUITE_ETUDES,
                    INSERJEUNES_REGION.NB_EN_EMPLOI_6_MOIS,
                    INSERJEUNES_REGION.NB_EN_EMPLOI_12_MOIS,
                    INSERJEUNES_REGION.NB_EN_EMPLOI_24_MOIS,
                    DSL.castNull(SQLDataType.VARCHAR(8)))
                .from(INSERJEUNES_REGION)
                .where(INSERJEUNES_REGION.VOIE.eq(Voie.CODE_APPRENTISSAGE)))
        .execute();
  }

  /**
   * One step of renovation only, as the DEPP lineage is read: the predecessor's own counts, never
   * counts it carries itself. Its dispositif is kept when the new formation has it, else replaced
   * by the new formation's only dispositif (a mention complémentaire becoming a certificat de
   * spécialisation changes dispositif).
   */
  private void insertContinuum() {
    InserjeunesFormationRegion ancien = IJ.as("ancien");
    InserjeunesFormationRegion nouveau = IJ.as("nouveau");
    Table<?> mef = NomenclatureMef.mefs().as("mef_nouveau");
    Field<String> mefCfd = mef.field(NomenclatureMef.cfd());
    Field<String> mefDispositif = mef.field(NomenclatureMef.codeDispositif());
    Field<String> nouveauCfd = Renovations.nouveauCfd();
    Field<String> dispositif =
        when(ancien.VOIE.eq(Voie.CODE_APPRENTISSAGE), inline(SANS_DISPOSITIF))
            .when(
                DSL.exists(
                    selectOne()
                        .from(mef)
                        .where(mefCfd.eq(nouveauCfd))
                        .and(mefDispositif.eq(ancien.CODE_DISPOSITIF))),
                ancien.CODE_DISPOSITIF)
            .when(
                DSL.field(
                        dsl.select(countDistinct(mefDispositif))
                            .from(mef)
                            .where(mefCfd.eq(nouveauCfd)))
                    .eq(1),
                DSL.field(dsl.select(min(mefDispositif)).from(mef).where(mefCfd.eq(nouveauCfd))))
            .otherwise(ancien.CODE_DISPOSITIF);
    dsl.insertInto(IJ, columns())
        .select(
            dsl.select(
                    ancien.MILLESIME,
                    ancien.CODE_REGION,
                    ancien.VOIE,
                    nouveauCfd,
                    dispositif,
                    ancien.NB_ANNEE_TERM,
                    ancien.NB_SORTANT,
                    ancien.NB_POURSUITE_ETUDES,
                    ancien.NB_EN_EMPLOI_6_MOIS,
                    ancien.NB_EN_EMPLOI_12_MOIS,
                    ancien.NB_EN_EMPLOI_24_MOIS,
                    ancien.CFD)
                .from(ancien)
                .join(Renovations.lignees())
                .on(Renovations.ancienCfd().eq(ancien.CFD))
                .where(ancien.CFD_CONTINUUM.isNull())
                .and(Renovations.continuum())
                .andNotExists(
                    selectOne()
                        .from(nouveau)
                        .where(nouveau.CFD.eq(nouveauCfd))
                        .and(nouveau.CODE_DISPOSITIF.eq(dispositif))
                        .and(nouveau.MILLESIME.eq(ancien.MILLESIME))
                        .and(nouveau.CODE_REGION.eq(ancien.CODE_REGION))
                        .and(nouveau.VOIE.eq(ancien.VOIE))))
        .onConflictDoNothing()
        .execute();
  }

  private static List<Field<?>> columns() {
    return List.of(
        IJ.MILLESIME,
        IJ.CODE_REGION,
        IJ.VOIE,
        IJ.CFD,
        IJ.CODE_DISPOSITIF,
        IJ.NB_ANNEE_TERM,
        IJ.NB_SORTANT,
        IJ.NB_POURSUITE_ETUDES,
        IJ.NB_EN_EMPLOI_6_MOIS,
        IJ.NB_EN_EMPLOI_12_MOIS,
        IJ.NB_EN_EMPLOI_24_MOIS,
        IJ.CFD_CONTINUUM);
  }
}
