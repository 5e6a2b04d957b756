package fr.education.orion.indicateur;

import static fr.education.orion.schema.Tables.FAMILLE_METIER;
import static fr.education.orion.schema.Tables.FORMATION;
import static fr.education.orion.schema.Tables.INSERJEUNES_REGION;
import static fr.education.orion.schema.Tables.INSERJEUNES_UAI;
import static fr.education.orion.schema.Tables.MEF;
import static fr.education.orion.schema.Tables.OFFRE;
import static org.jooq.impl.DSL.noCondition;

import fr.education.orion.indicateur.Indicateurs.InserJeunesFormation;
import fr.education.orion.indicateur.Indicateurs.InserJeunesOffre;
import fr.education.orion.indicateur.Indicateurs.Offre;
import java.math.BigDecimal;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads indicators per formation and per établissement. */
@Component
public class IndicateurQueries {

  private final DSLContext dsl;

  IndicateurQueries(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * The regional InserJeunes counts of a formation: voie scolaire rows through the MEFSTAT11 of its
   * dispositifs, apprenticeship rows through its CFD.
   */
  public List<InserJeunesFormation> inserJeunes(
      String cfd, @Nullable String codeRegion, @Nullable String millesime, @Nullable String voie) {
    FormationMapping formations =
        formations(INSERJEUNES_REGION.VOIE, INSERJEUNES_REGION.CODE_FORMATION, MEF.CFD.eq(cfd));
    Condition where =
        formations
            .cfd()
            .eq(cfd)
            .and(given(INSERJEUNES_REGION.CODE_REGION, codeRegion))
            .and(given(INSERJEUNES_REGION.MILLESIME, millesime))
            .and(given(INSERJEUNES_REGION.VOIE, voie));
    return dsl.select(
            INSERJEUNES_REGION.MILLESIME,
            INSERJEUNES_REGION.CODE_REGION,
            INSERJEUNES_REGION.VOIE,
            formations.codeDispositif(),
            INSERJEUNES_REGION.NB_ANNEE_TERM,
            INSERJEUNES_REGION.NB_SORTANT,
            INSERJEUNES_REGION.NB_POURSUITE_ETUDES,
            INSERJEUNES_REGION.NB_EN_EMPLOI_6_MOIS,
            INSERJEUNES_REGION.NB_EN_EMPLOI_12_MOIS,
            INSERJEUNES_REGION.NB_EN_EMPLOI_24_MOIS,
            Taux.emploi6mois(INSERJEUNES_REGION.NB_EN_EMPLOI_6_MOIS, INSERJEUNES_REGION.NB_SORTANT),
            Taux.poursuite(
                INSERJEUNES_REGION.NB_POURSUITE_ETUDES, INSERJEUNES_REGION.NB_ANNEE_TERM),
            Taux.devenirFavorable(
                INSERJEUNES_REGION.NB_POURSUITE_ETUDES,
                INSERJEUNES_REGION.NB_EN_EMPLOI_6_MOIS,
                INSERJEUNES_REGION.NB_ANNEE_TERM))
        .from(INSERJEUNES_REGION)
        .leftJoin(formations.dispositifs())
        .on(formations.on())
        .where(where)
        .groupBy(
            INSERJEUNES_REGION.MILLESIME,
            INSERJEUNES_REGION.CODE_REGION,
            INSERJEUNES_REGION.VOIE,
            INSERJEUNES_REGION.CODE_FORMATION,
            formations.codeDispositif())
        .orderBy(
            INSERJEUNES_REGION.MILLESIME.desc(),
            INSERJEUNES_REGION.CODE_REGION,
            INSERJEUNES_REGION.VOIE.desc(),
            formations.codeDispositif())
        .fetch(Records.mapping(InserJeunesFormation::new));
  }

  /**
   * The InserJeunes counts of the formations of an établissement, each mapped to its formation the
   * way the regional counts are, with the rates computed from them.
   */
  public List<InserJeunesOffre> inserJeunesEtablissement(
      String uai, @Nullable String millesime, @Nullable String voie) {
    FormationMapping formations =
        formations(
            INSERJEUNES_UAI.VOIE,
            INSERJEUNES_UAI.CODE_FORMATION,
            MEF.MEFSTAT11.in(
                DSL.select(INSERJEUNES_UAI.CODE_FORMATION)
                    .from(INSERJEUNES_UAI)
                    .where(INSERJEUNES_UAI.UAI.eq(uai))));
    return dsl.select(
            INSERJEUNES_UAI.MILLESIME,
            INSERJEUNES_UAI.VOIE,
            formations.cfd(),
            formations.codeDispositif(),
            FORMATION.LIBELLE,
            INSERJEUNES_UAI.CODE_FORMATION,
            INSERJEUNES_UAI.NB_ANNEE_TERM,
            INSERJEUNES_UAI.NB_SORTANT,
            INSERJEUNES_UAI.NB_POURSUITE_ETUDES,
            INSERJEUNES_UAI.NB_EN_EMPLOI_6_MOIS,
            INSERJEUNES_UAI.NB_EN_EMPLOI_12_MOIS,
            INSERJEUNES_UAI.NB_EN_EMPLOI_24_MOIS,
            Taux.emploi6mois(INSERJEUNES_UAI.NB_EN_EMPLOI_6_MOIS, INSERJEUNES_UAI.NB_SORTANT),
            Taux.poursuite(INSERJEUNES_UAI.NB_POURSUITE_ETUDES, INSERJEUNES_UAI.NB_ANNEE_TERM),
            Taux.devenirFavorable(
                INSERJEUNES_UAI.NB_POURSUITE_ETUDES,
                INSERJEUNES_UAI.NB_EN_EMPLOI_6_MOIS,
                INSERJEUNES_UAI.NB_ANNEE_TERM))
        .from(INSERJEUNES_UAI)
        .leftJoin(formations.dispositifs())
        .on(formations.on())
        .leftJoin(FORMATION)
        .on(FORMATION.CFD.eq(formations.cfd()))
        .where(INSERJEUNES_UAI.UAI.eq(uai))
        .and(given(INSERJEUNES_UAI.MILLESIME, millesime))
        .and(given(INSERJEUNES_UAI.VOIE, voie))
        .groupBy(
            INSERJEUNES_UAI.UAI,
            INSERJEUNES_UAI.MILLESIME,
            INSERJEUNES_UAI.VOIE,
            INSERJEUNES_UAI.CODE_FORMATION,
            formations.cfd(),
            formations.codeDispositif(),
            FORMATION.LIBELLE)
        .orderBy(
            INSERJEUNES_UAI.MILLESIME.desc(),
            INSERJEUNES_UAI.VOIE.desc(),
            FORMATION.LIBELLE,
            formations.cfd(),
            formations.codeDispositif(),
            INSERJEUNES_UAI.CODE_FORMATION)
        .fetch(Records.mapping(InserJeunesOffre::new));
  }

  public boolean hasInserJeunes(String uai) {
    return dsl.fetchExists(INSERJEUNES_UAI, INSERJEUNES_UAI.UAI.eq(uai));
  }

  /**
   * How InserJeunes rows meet formations: a voie scolaire row is keyed by the MEFSTAT11 of the
   * final year of a dispositif, which N_MEF maps to a CFD and that dispositif (every MEFSTAT11 of
   * {@code onMef} is listed, only final years meet InserJeunes rows); an apprenticeship row is
   * keyed by its CFD and has no dispositif.
   *
   * @param dispositifs the N_MEF mapping, to left-join {@link #on}
   * @param cfd the formation of the row, null when its MEFSTAT11 is not in N_MEF
   */
  private record FormationMapping(
      Table<?> dispositifs, Condition on, Field<String> cfd, Field<String> codeDispositif) {}

  private FormationMapping formations(
      Field<String> voie, Field<String> codeFormation, Condition onMef) {
    Table<?> dispositifs =
        dsl.selectDistinct(MEF.MEFSTAT11, MEF.CFD, MEF.CODE_DISPOSITIF)
            .from(MEF)
            .where(MEF.MEFSTAT11.isNotNull())
            .and(onMef)
            .asTable("dispositifs");
    Field<String> mefstat = dispositifs.field(MEF.MEFSTAT11);
    Field<String> cfd = dispositifs.field(MEF.CFD);
    // Inlined constants, so that PostgreSQL sees the grouped and selected CFD as one expression.
    return new FormationMapping(
        dispositifs,
        voie.eq(DSL.inline(InserJeunesMesures.SCOLAIRE)).and(mefstat.eq(codeFormation)),
        DSL.coalesce(
            cfd, DSL.when(voie.eq(DSL.inline(InserJeunesMesures.APPRENTISSAGE)), codeFormation)),
        dispositifs.field(MEF.CODE_DISPOSITIF));
  }

  /**
   * The offers of an établissement. The headcount at entry is the first year's, or the second's for
   * a spécialité of a famille de métiers (entered after a 2nde or 1re année commune).
   */
  public List<Offre> offres(String uai, @Nullable String rentreeScolaire) {
    Field<Boolean> specialite =
        DSL.field(
            DSL.exists(
                DSL.selectOne()
                    .from(FAMILLE_METIER)
                    .where(FAMILLE_METIER.CFD.eq(OFFRE.CFD))
                    .and(FAMILLE_METIER.CFD_FAMILLE.ne(OFFRE.CFD))));
    Field<Integer> effectifEntree =
        DSL.when(specialite, OFFRE.EFFECTIF_2).otherwise(OFFRE.EFFECTIF_1);
    Condition bts = OFFRE.CFD.startsWith("320");
    Field<BigDecimal> voeuxParPlace = Taux.voeuxParPlace(OFFRE.PREMIERS_VOEUX, OFFRE.CAPACITE);
    return dsl.select(
            OFFRE.RENTREE_SCOLAIRE,
            OFFRE.CFD,
            OFFRE.CODE_DISPOSITIF,
            FORMATION.LIBELLE,
            OFFRE.VOIE,
            OFFRE.EFFECTIF_1,
            OFFRE.EFFECTIF_2,
            OFFRE.EFFECTIF_3,
            effectifEntree,
            OFFRE.CAPACITE,
            OFFRE.PREMIERS_VOEUX,
            DSL.when(DSL.not(bts), voeuxParPlace),
            DSL.when(bts, voeuxParPlace),
            Taux.remplissage(effectifEntree, OFFRE.CAPACITE))
        .from(OFFRE)
        .leftJoin(FORMATION)
        .on(FORMATION.CFD.eq(OFFRE.CFD))
        .where(OFFRE.UAI.eq(uai))
        .and(given(OFFRE.RENTREE_SCOLAIRE, rentreeScolaire))
        .orderBy(OFFRE.RENTREE_SCOLAIRE.desc(), FORMATION.LIBELLE, OFFRE.CFD, OFFRE.CODE_DISPOSITIF)
        .fetch(Records.mapping(Offre::new));
  }

  public boolean hasOffres(String uai) {
    return dsl.fetchExists(OFFRE, OFFRE.UAI.eq(uai));
  }

  private static Condition given(Field<String> field, @Nullable String value) {
    return value == null || value.isBlank() ? noCondition() : field.eq(value.trim());
  }
}
