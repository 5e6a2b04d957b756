package fr.education.orion.indicateur;

import static fr.education.orion.schema.Tables.FAMILLE_METIER;
import static fr.education.orion.schema.Tables.FORMATION;
import static fr.education.orion.schema.Tables.INSERJEUNES_ETABLISSEMENT;
import static fr.education.orion.schema.Tables.INSERJEUNES_REGION;
import static fr.education.orion.schema.Tables.MEF;
import static fr.education.orion.schema.Tables.OFFRE;
import static org.jooq.impl.DSL.noCondition;

import fr.education.orion.indicateur.Indicateurs.InserJeunesEtablissement;
import fr.education.orion.indicateur.Indicateurs.InserJeunesFichier;
import fr.education.orion.indicateur.Indicateurs.InserJeunesFormation;
import fr.education.orion.indicateur.Indicateurs.Offre;
import java.math.BigDecimal;
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
   * The regional InserJeunes counts of a formation: voie scolaire rows through the MEFSTAT11 of its
   * dispositifs, apprenticeship rows through its CFD.
   */
  public List<InserJeunesFormation> inserJeunes(
      String cfd, @Nullable String codeRegion, @Nullable String millesime, @Nullable String voie) {
    Table<?> codes =
        dsl.selectDistinct(
                MEF.MEFSTAT11.as("code_formation"),
                DSL.inline("scolaire").as("voie"),
                MEF.CODE_DISPOSITIF.as("code_dispositif"))
            .from(MEF)
            .where(MEF.CFD.eq(cfd).and(MEF.MEFSTAT11.isNotNull()))
            .unionAll(
                DSL.select(
                    DSL.val(cfd).as("code_formation"),
                    DSL.inline("apprentissage").as("voie"),
                    DSL.castNull(String.class).as("code_dispositif")))
            .asTable("codes");
    Field<String> codeDispositif = codes.field("code_dispositif", String.class);
    Condition where =
        given(INSERJEUNES_REGION.CODE_REGION, codeRegion)
            .and(given(INSERJEUNES_REGION.MILLESIME, millesime))
            .and(given(INSERJEUNES_REGION.VOIE, voie));
    return dsl.select(
            INSERJEUNES_REGION.MILLESIME,
            INSERJEUNES_REGION.CODE_REGION,
            INSERJEUNES_REGION.VOIE,
            codeDispositif,
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
        .join(codes)
        .on(
            INSERJEUNES_REGION
                .CODE_FORMATION
                .eq(codes.field("code_formation", String.class))
                .and(INSERJEUNES_REGION.VOIE.eq(codes.field("voie", String.class))))
        .where(where)
        .groupBy(
            INSERJEUNES_REGION.MILLESIME,
            INSERJEUNES_REGION.CODE_REGION,
            INSERJEUNES_REGION.VOIE,
            INSERJEUNES_REGION.CODE_FORMATION,
            codeDispositif)
        .orderBy(
            INSERJEUNES_REGION.MILLESIME.desc(),
            INSERJEUNES_REGION.CODE_REGION,
            INSERJEUNES_REGION.VOIE.desc(),
            codeDispositif)
        .fetch(Records.mapping(InserJeunesFormation::new));
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

  /**
   * The DEPP's InserJeunes indicators of an établissement, newest millésime first; within a
   * millésime, the "pro" file's périmètres (ensemble, scolaires, apprentis) then the CFA's line.
   */
  public List<InserJeunesEtablissement> inserJeunesEtablissement(
      String uai, @Nullable String millesime) {
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
        .where(ie.UAI.eq(uai))
        .and(given(ie.MILLESIME, millesime))
        .orderBy(ie.MILLESIME.desc(), ordrePerimetre)
        .fetch(Records.mapping(InserJeunesEtablissement::new));
  }

  /** The same indicators, grouped by the file they come from, as the établissement page shows. */
  public List<InserJeunesFichier> inserJeunesParFichier(String uai) {
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

  public boolean hasOffres(String uai) {
    return dsl.fetchExists(OFFRE, OFFRE.UAI.eq(uai));
  }

  private static Condition given(Field<String> field, @Nullable String value) {
    return value == null || value.isBlank() ? noCondition() : field.eq(value.trim());
  }
}
