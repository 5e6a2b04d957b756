package fr.education.orion.indicateur;

import static fr.education.orion.schema.Tables.INSERJEUNES_ETABLISSEMENT;
import static fr.education.orion.schema.Tables.INSERJEUNES_FORMATION_REGION;
import static fr.education.orion.schema.Tables.INSERJEUNES_UAI;
import static fr.education.orion.schema.Tables.OFFRE;
import static org.jooq.impl.DSL.noCondition;

import fr.education.orion.indicateur.Indicateurs.InserJeunesEtablissement;
import fr.education.orion.indicateur.Indicateurs.InserJeunesFichier;
import fr.education.orion.indicateur.Indicateurs.InserJeunesFormation;
import fr.education.orion.indicateur.Indicateurs.InserJeunesOffre;
import fr.education.orion.indicateur.Indicateurs.Offre;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.IdentiteFormation;
import fr.education.orion.referentiel.NomenclatureMef;
import fr.education.orion.referentiel.Uai;
import fr.education.orion.referentiel.Voie;
import fr.education.orion.schema.tables.InserjeunesFormationRegion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
   * The regional InserJeunes counts of a formation (voie scolaire per dispositif, apprenticeship
   * per CFD), its own or, for a renovated formation without any, its predecessor's.
   */
  public List<InserJeunesFormation> inserJeunes(
      Cfd cfd, @Nullable String codeRegion, @Nullable String millesime, @Nullable String voie) {
    InserjeunesFormationRegion ij = INSERJEUNES_FORMATION_REGION;
    return dsl.select(
            ij.MILLESIME,
            ij.CODE_REGION.convert(CodeRegion.CONVERTER),
            ij.VOIE,
            DSL.nullif(ij.CODE_DISPOSITIF, ""),
            ij.NB_ANNEE_TERM,
            ij.NB_SORTANT,
            ij.NB_POURSUITE_ETUDES,
            ij.NB_EN_EMPLOI_6_MOIS,
            ij.NB_EN_EMPLOI_12_MOIS,
            ij.NB_EN_EMPLOI_24_MOIS,
            Taux.emploi6mois(ij.NB_EN_EMPLOI_6_MOIS, ij.NB_SORTANT),
            Taux.poursuite(ij.NB_POURSUITE_ETUDES, ij.NB_ANNEE_TERM),
            Taux.devenirFavorable(ij.NB_POURSUITE_ETUDES, ij.NB_EN_EMPLOI_6_MOIS, ij.NB_ANNEE_TERM),
            ij.CFD_CONTINUUM.convert(Cfd.CONVERTER))
        .from(ij)
        .where(ij.CFD.eq(cfd.code()))
        .and(given(ij.CODE_REGION, codeRegion))
        .and(given(ij.MILLESIME, millesime))
        .and(given(ij.VOIE, voie))
        // The rates are aggregates; grouping by the primary key keeps one row each.
        .groupBy(ij.MILLESIME, ij.CODE_REGION, ij.VOIE, ij.CFD, ij.CODE_DISPOSITIF)
        .orderBy(ij.MILLESIME.desc(), ij.CODE_REGION, ij.VOIE.desc(), ij.CODE_DISPOSITIF)
        .fetch(Records.mapping(InserJeunesFormation::new));
  }

  /**
   * The InserJeunes counts of the formations of an établissement, each mapped to its formation the
   * way the regional counts are, with the rates computed from them.
   */
  public List<InserJeunesOffre> inserJeunesFormationsEtablissement(
      Uai uai, @Nullable String millesime, @Nullable String voie) {
    FormationMapping formations =
        formations(
            INSERJEUNES_UAI.VOIE,
            INSERJEUNES_UAI.CODE_FORMATION,
            NomenclatureMef.mefstat11()
                .in(
                    DSL.select(INSERJEUNES_UAI.CODE_FORMATION)
                        .from(INSERJEUNES_UAI)
                        .where(INSERJEUNES_UAI.UAI.eq(uai.code()))));
    return dsl.select(
            INSERJEUNES_UAI.MILLESIME,
            INSERJEUNES_UAI.VOIE,
            formations.cfd(),
            formations.codeDispositif(),
            IdentiteFormation.libelle(),
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
        .leftJoin(IdentiteFormation.formations())
        .on(IdentiteFormation.cfd().eq(formations.cfd()))
        .where(INSERJEUNES_UAI.UAI.eq(uai.code()))
        .and(given(INSERJEUNES_UAI.MILLESIME, millesime))
        .and(given(INSERJEUNES_UAI.VOIE, voie))
        .groupBy(
            INSERJEUNES_UAI.UAI,
            INSERJEUNES_UAI.MILLESIME,
            INSERJEUNES_UAI.VOIE,
            INSERJEUNES_UAI.CODE_FORMATION,
            formations.cfd(),
            formations.codeDispositif(),
            IdentiteFormation.libelle())
        .orderBy(
            INSERJEUNES_UAI.MILLESIME.desc(),
            INSERJEUNES_UAI.VOIE.desc(),
            IdentiteFormation.libelle(),
            formations.cfd(),
            formations.codeDispositif(),
            INSERJEUNES_UAI.CODE_FORMATION)
        .fetch(Records.mapping(InserJeunesOffre::new));
  }

  public boolean hasInserJeunes(Uai uai) {
    return dsl.fetchExists(INSERJEUNES_UAI, INSERJEUNES_UAI.UAI.eq(uai.code()));
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
        NomenclatureMef.dispositifsParMefstat11().and(onMef).asTable("dispositifs");
    Field<String> mefstat = dispositifs.field(NomenclatureMef.mefstat11());
    Field<String> cfd = dispositifs.field(NomenclatureMef.cfd());
    // Inlined constants, so that PostgreSQL sees the grouped and selected CFD as one expression.
    return new FormationMapping(
        dispositifs,
        voie.eq(DSL.inline(Voie.CODE_SCOLAIRE)).and(mefstat.eq(codeFormation)),
        DSL.coalesce(cfd, DSL.when(voie.eq(DSL.inline(Voie.CODE_APPRENTISSAGE)), codeFormation)),
        dispositifs.field(NomenclatureMef.codeDispositif()));
  }

  /**
   * The offers of an établissement. The headcount at entry is the first year's, or the second's for
   * a spécialité of a famille de métiers (entered after a 2nde or 1re année commune).
   */
  public List<Offre> offres(Uai uai, @Nullable String rentreeScolaire) {
    Field<Integer> effectifEntree = Offres.effectifEntree();
    return dsl.select(
            OFFRE.RENTREE_SCOLAIRE,
            OFFRE.CFD.convert(Cfd.CONVERTER),
            OFFRE.CODE_DISPOSITIF,
            IdentiteFormation.libelle(),
            OFFRE.VOIE,
            OFFRE.EFFECTIF_1,
            OFFRE.EFFECTIF_2,
            OFFRE.EFFECTIF_3,
            effectifEntree,
            OFFRE.CAPACITE,
            OFFRE.PREMIERS_VOEUX,
            PressionOuDemande.PRESSION.parOffre(),
            PressionOuDemande.DEMANDE.parOffre(),
            Taux.remplissage(effectifEntree, OFFRE.CAPACITE))
        .from(OFFRE)
        .leftJoin(IdentiteFormation.formations())
        .on(IdentiteFormation.cfd().eq(OFFRE.CFD))
        .where(OFFRE.UAI.eq(uai.code()))
        .and(given(OFFRE.RENTREE_SCOLAIRE, rentreeScolaire))
        .orderBy(
            OFFRE.RENTREE_SCOLAIRE.desc(),
            IdentiteFormation.libelle(),
            OFFRE.CFD,
            OFFRE.CODE_DISPOSITIF)
        .fetch(Records.mapping(Offre::new));
  }

  /**
   * The DEPP's InserJeunes indicators of an établissement, newest millésime first; within a
   * millésime, the "pro" file's périmètres (ensemble, scolaires, apprentis) then the CFA's line.
   */
  public List<InserJeunesEtablissement> inserJeunesEtablissement(
      Uai uai, @Nullable String millesime) {
    var ie = INSERJEUNES_ETABLISSEMENT;
    Field<Integer> ordrePerimetre =
        DSL.case_(ie.PERIMETRE)
            .when(DSL.inline("ensemble"), DSL.inline(1))
            .when(DSL.inline("scolaires"), DSL.inline(2))
            .when(DSL.inline("apprentis"), DSL.inline(3))
            .else_(DSL.inline(4));
    return dsl.select(
            ie.MILLESIME,
            ie.PERIMETRE,
            Taux.publie(ie.TAUX_POURSUITE),
            Taux.publie(ie.TAUX_EMPLOI_6_MOIS),
            Taux.publie(ie.TAUX_ATTENDU),
            Taux.publie(ie.VALEUR_AJOUTEE),
            Taux.publie(ie.PART_POURSUITE),
            Taux.publie(ie.PART_EMPLOI_6_MOIS),
            Taux.publie(ie.PART_AUTRES_SITUATIONS),
            ie.FICHIER)
        .from(ie)
        .where(ie.UAI.eq(uai.code()))
        .and(given(ie.MILLESIME, millesime))
        .orderBy(ie.MILLESIME.desc(), ordrePerimetre)
        .fetch(Records.mapping(InserJeunesEtablissement::new));
  }

  /** The same indicators, grouped by the file they come from, as the établissement page shows. */
  public List<InserJeunesFichier> inserJeunesParFichier(Uai uai) {
    Map<List<String>, List<InserJeunesEtablissement>> byFile = new LinkedHashMap<>();
    for (InserJeunesEtablissement ligne : inserJeunesEtablissement(uai, null)) {
      byFile
          .computeIfAbsent(List.of(ligne.millesime(), ligne.fichier()), key -> new ArrayList<>())
          .add(ligne);
    }
    return byFile.entrySet().stream()
        .map(
            entry ->
                new InserJeunesFichier(
                    entry.getKey().get(0), entry.getKey().get(1), List.copyOf(entry.getValue())))
        .toList();
  }

  public boolean hasOffres(Uai uai) {
    return dsl.fetchExists(OFFRE, OFFRE.UAI.eq(uai.code()));
  }

  private static Condition given(Field<String> field, @Nullable String value) {
    return value == null || value.isBlank() ? noCondition() : field.eq(value.trim());
  }
}
