package fr.education.orion.indicateur.calcul;

import static fr.education.orion.schema.Tables.AFFELNET_LIGNE;
import static fr.education.orion.schema.Tables.CONSTAT_RENTREE;
import static fr.education.orion.schema.Tables.OFFRE;
import static fr.education.orion.schema.Tables.PARCOURSUP_LIGNE;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import fr.education.orion.indicateur.RentreeScolaire;
import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.ImportCompleted;
import fr.education.orion.referentiel.FamillesMetiers;
import fr.education.orion.referentiel.NiveauDiplome;
import fr.education.orion.referentiel.NomenclatureMef;
import fr.education.orion.referentiel.Voie;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the offer of each établissement at a rentrée. Every MEFSTAT11 resolves through N_MEF to a
 * formation, a dispositif and a year of it (where N_MEF gives a MEFSTAT11 several MEFs, the one
 * open on 1 September of the rentrée wins, then the most recently opened). The constat gives the
 * headcount of each year; Affelnet (public établissements, scolaire, non-census wishes) and
 * Parcoursup (BTS, scolaire) give the capacity and wishes of the entry year, summed over repeated
 * lines, with the capacities each source leaves unknown ({@link Affelnet}, {@link Parcoursup}). An
 * établissement is private when the référentiel or the Affelnet line says so. Apprenticeship offers
 * ({@link OffreApprentissageBuilder}) are never touched.
 */
@Component
class OffreBuilder {

  /** Imports of one rentrée's entry data: that rentrée's offers change. */
  private static final Set<String> ENTRY_SOURCES =
      Set.of("constat_rentree", "affelnet", "parcoursup_bts");

  /** Imports of referentials the offers are built with: every rentrée's offers may change. */
  private static final Set<String> REFERENTIAL_SOURCES =
      Set.of(
          "bcn_n_mef",
          "orion_familles_metiers",
          "orion_options_bts",
          "acce_etablissements",
          "annuaire_education");

  private static final List<Field<?>> FIELDS =
      List.of(
          OFFRE.RENTREE_SCOLAIRE,
          OFFRE.UAI,
          OFFRE.CFD,
          OFFRE.CODE_DISPOSITIF,
          OFFRE.VOIE,
          OFFRE.EFFECTIF_1,
          OFFRE.EFFECTIF_2,
          OFFRE.EFFECTIF_3,
          OFFRE.CAPACITE,
          OFFRE.PREMIERS_VOEUX);

  /** Columns of the capacity and wishes Affelnet and Parcoursup give an offer. */
  private static final String CAPACITE = "capacite";

  private static final String VOEUX = "voeux";

  /** In the mapping table: the year pupils enter the formation of the MEF. */
  private static final Field<Short> ANNEE_ENTREE = DSL.field(DSL.name("annee_entree"), Short.class);

  private final DSLContext dsl;
  private final BulkWriter writer;
  private final EmpreintesSources empreintes;

  OffreBuilder(DSLContext dsl, BulkWriter writer, EmpreintesSources empreintes) {
    this.dsl = dsl;
    this.writer = writer;
    this.empreintes = empreintes;
  }

  @EventListener
  void onImport(ImportCompleted event) {
    boolean source =
        ENTRY_SOURCES.contains(event.type()) || REFERENTIAL_SOURCES.contains(event.type());
    if (!event.changedSomething() || !source || !empreintes.changed(OFFRE.getName(), event)) {
      return;
    }
    if (ENTRY_SOURCES.contains(event.type()) && event.annee() != null) {
      rebuild(event.annee());
    } else {
      rebuildAll();
    }
  }

  private void rebuildAll() {
    dsl.select(CONSTAT_RENTREE.RENTREE_SCOLAIRE)
        .from(CONSTAT_RENTREE)
        .union(DSL.select(AFFELNET_LIGNE.RENTREE_SCOLAIRE).from(AFFELNET_LIGNE))
        .union(DSL.select(PARCOURSUP_LIGNE.RENTREE_SCOLAIRE).from(PARCOURSUP_LIGNE))
        .fetch(0, String.class)
        .forEach(this::rebuild);
  }

  void rebuild(String rentree) {
    Table<?> mefs = mefsAtRentree(RentreeScolaire.of(rentree).premierSeptembre());
    writer.replace(
        OFFRE,
        FIELDS,
        offers(rentree, mefs),
        OFFRE.RENTREE_SCOLAIRE.eq(rentree).and(OFFRE.VOIE.eq(Voie.CODE_SCOLAIRE)));
    dsl.dropTable(DSL.table(DSL.name("mefs_rentree"))).execute();
  }

  /**
   * The scolaire offers of the rentrée: the headcounts of the constat, beside the capacity and
   * wishes of Affelnet or, for an offer both name, Parcoursup. Any of the three may know an offer
   * the others do not.
   */
  private Select<?> offers(String rentree, Table<?> mefs) {
    Table<?> h = headcounts(rentree, mefs).asTable("h");
    Table<?> a = affelnet(rentree, mefs).asTable("a");
    Table<?> p = parcoursup(rentree, mefs).asTable("p");
    // The key of an offer of the constat or Affelnet, which Parcoursup's are matched against.
    Field<String> uai = DSL.coalesce(key(h, OFFRE.UAI), key(a, OFFRE.UAI));
    Field<String> cfd = DSL.coalesce(key(h, OFFRE.CFD), key(a, OFFRE.CFD));
    Field<String> dispositif =
        DSL.coalesce(key(h, OFFRE.CODE_DISPOSITIF), key(a, OFFRE.CODE_DISPOSITIF));
    Condition parcoursup = key(p, OFFRE.UAI).isNotNull();
    return dsl.select(
            DSL.val(rentree).as(OFFRE.RENTREE_SCOLAIRE.getName()),
            DSL.coalesce(uai, key(p, OFFRE.UAI)).as(OFFRE.UAI.getName()),
            DSL.coalesce(cfd, key(p, OFFRE.CFD)).as(OFFRE.CFD.getName()),
            DSL.coalesce(dispositif, key(p, OFFRE.CODE_DISPOSITIF))
                .as(OFFRE.CODE_DISPOSITIF.getName()),
            DSL.val(Voie.CODE_SCOLAIRE).as(OFFRE.VOIE.getName()),
            h.field(OFFRE.EFFECTIF_1.getName(), Integer.class).as(OFFRE.EFFECTIF_1.getName()),
            h.field(OFFRE.EFFECTIF_2.getName(), Integer.class).as(OFFRE.EFFECTIF_2.getName()),
            h.field(OFFRE.EFFECTIF_3.getName(), Integer.class).as(OFFRE.EFFECTIF_3.getName()),
            DSL.when(parcoursup, p.field(CAPACITE, Integer.class))
                .otherwise(a.field(CAPACITE, Integer.class))
                .as(OFFRE.CAPACITE.getName()),
            DSL.when(parcoursup, p.field(VOEUX, Integer.class))
                .otherwise(a.field(VOEUX, Integer.class))
                .as(OFFRE.PREMIERS_VOEUX.getName()))
        .from(h)
        .fullJoin(a)
        .on(sameOffer(a, key(h, OFFRE.UAI), key(h, OFFRE.CFD), key(h, OFFRE.CODE_DISPOSITIF)))
        .fullJoin(p)
        .on(sameOffer(p, uai, cfd, dispositif));
  }

  /** A column of the offer's key in one of the sources' derived tables. */
  private static Field<String> key(Table<?> source, Field<String> column) {
    return source.field(column.getName(), String.class);
  }

  private static Condition sameOffer(
      Table<?> source, Field<String> uai, Field<String> cfd, Field<String> dispositif) {
    return key(source, OFFRE.UAI)
        .eq(uai)
        .and(key(source, OFFRE.CFD).eq(cfd))
        .and(key(source, OFFRE.CODE_DISPOSITIF).eq(dispositif));
  }

  /**
   * The MEFSTAT11 → (CFD, dispositif, year) mapping at a rentrée, in a temporary table with its
   * statistics, so that the joins below are planned on real row counts.
   */
  private Table<?> mefsAtRentree(LocalDate rentreeDate) {
    Field<Boolean> openAtRentree =
        DSL.field(
            NomenclatureMef.dateOuverture()
                .le(rentreeDate)
                .or(NomenclatureMef.dateOuverture().isNull())
                .and(
                    NomenclatureMef.dateFermeture()
                        .gt(rentreeDate)
                        .or(NomenclatureMef.dateFermeture().isNull())));
    // Pupils enter a spécialité of a famille de métiers, or a BTS option, in its second year.
    Table<?> specialites = FamillesMetiers.specialitesDistinctes().asTable("specialites");
    Field<Short> anneeEntree =
        DSL.when(specialites.field(FamillesMetiers.cfd()).isNotNull(), DSL.inline((short) 2))
            .otherwise(DSL.inline((short) 1));
    Table<?> mefs = DSL.table(DSL.name("mefs_rentree"));
    dsl.dropTableIfExists(mefs).execute();
    dsl.createTemporaryTable(mefs)
        .as(
            dsl.selectDistinct(
                    NomenclatureMef.mefstat11(),
                    NomenclatureMef.cfd(),
                    NomenclatureMef.codeDispositif(),
                    NomenclatureMef.anneeDispositif(),
                    anneeEntree.as(ANNEE_ENTREE.getName()))
                .on(NomenclatureMef.mefstat11())
                .from(NomenclatureMef.mefs())
                .leftJoin(specialites)
                .on(specialites.field(FamillesMetiers.cfd()).eq(NomenclatureMef.cfd()))
                .where(NomenclatureMef.mefstat11().isNotNull())
                .orderBy(
                    NomenclatureMef.mefstat11(),
                    openAtRentree.desc(),
                    NomenclatureMef.dateOuverture().desc().nullsLast()))
        .execute();
    dsl.createIndex()
        .on(mefs, DSL.field(DSL.name(NomenclatureMef.mefstat11().getName())))
        .execute();
    dsl.query("analyze {0}", mefs).execute();
    return mefs.as("mefs");
  }

  /** A column of the mapping table, under its alias. */
  private static <T> Field<T> mef(Field<T> column) {
    return DSL.field(DSL.name("mefs", column.getName()), column.getType());
  }

  /** The headcount of each year of each offer of the constat. */
  private Select<?> headcounts(String rentree, Table<?> mefs) {
    Field<String> cfd = mef(NomenclatureMef.cfd());
    Field<String> dispositif = mef(NomenclatureMef.codeDispositif());
    Field<Short> annee = mef(NomenclatureMef.anneeDispositif());
    return dsl.select(
            CONSTAT_RENTREE.UAI,
            cfd,
            dispositif,
            headcountOfYear(annee, 1).as(OFFRE.EFFECTIF_1.getName()),
            headcountOfYear(annee, 2).as(OFFRE.EFFECTIF_2.getName()),
            headcountOfYear(annee, 3).as(OFFRE.EFFECTIF_3.getName()))
        .from(CONSTAT_RENTREE)
        .join(mefs)
        .on(mef(NomenclatureMef.mefstat11()).eq(CONSTAT_RENTREE.MEFSTAT11))
        .where(CONSTAT_RENTREE.RENTREE_SCOLAIRE.eq(rentree))
        .groupBy(CONSTAT_RENTREE.UAI, cfd, dispositif);
  }

  private static Field<Integer> headcountOfYear(Field<Short> annee, int year) {
    return sum(when(annee.eq((short) year), CONSTAT_RENTREE.EFFECTIF)).cast(Integer.class);
  }

  private Select<Record5<String, String, String, Integer, Integer>> affelnet(
      String rentree, Table<?> mefs) {
    Field<String> cfd = mef(NomenclatureMef.cfd());
    Field<String> dispositif = mef(NomenclatureMef.codeDispositif());
    Field<Integer> capacite = sum(AFFELNET_LIGNE.CAPACITE).cast(Integer.class);
    return dsl.select(
            AFFELNET_LIGNE.UAI,
            cfd,
            dispositif,
            Affelnet.capaciteConnue(capacite).as(CAPACITE),
            sum(AFFELNET_LIGNE.PREMIERS_VOEUX).cast(Integer.class).as(VOEUX))
        .from(AFFELNET_LIGNE)
        .join(mefs)
        .on(mef(NomenclatureMef.mefstat11()).eq(AFFELNET_LIGNE.MEFSTAT11))
        .where(AFFELNET_LIGNE.RENTREE_SCOLAIRE.eq(rentree))
        .and(Affelnet.voeuxScolaires())
        .and(DSL.not(Affelnet.etablissementPrive()))
        .and(mef(NomenclatureMef.anneeDispositif()).eq(mef(ANNEE_ENTREE)))
        .groupBy(AFFELNET_LIGNE.UAI, cfd, dispositif);
  }

  private Select<Record5<String, String, String, Integer, Integer>> parcoursup(
      String rentree, Table<?> mefs) {
    Field<String> cfd = mef(NomenclatureMef.cfd());
    Field<String> dispositif = mef(NomenclatureMef.codeDispositif());
    return dsl.select(
            PARCOURSUP_LIGNE.UAI,
            cfd,
            dispositif,
            sum(Parcoursup.capaciteConnue(PARCOURSUP_LIGNE.CAPACITE))
                .cast(Integer.class)
                .as(CAPACITE),
            sum(PARCOURSUP_LIGNE.VOEUX_CONFIRMES).cast(Integer.class).as(VOEUX))
        .from(PARCOURSUP_LIGNE)
        .join(mefs)
        .on(mef(NomenclatureMef.mefstat11()).eq(PARCOURSUP_LIGNE.MEFSTAT11))
        .where(PARCOURSUP_LIGNE.RENTREE_SCOLAIRE.eq(rentree))
        .and(Parcoursup.scolaire())
        .and(NiveauDiplome.bts(cfd))
        .and(mef(NomenclatureMef.anneeDispositif()).eq(mef(ANNEE_ENTREE)))
        .groupBy(PARCOURSUP_LIGNE.UAI, cfd, dispositif);
  }
}
