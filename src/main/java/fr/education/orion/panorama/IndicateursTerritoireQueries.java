package fr.education.orion.panorama;

import static fr.education.orion.schema.Tables.CHOMAGE_DEPARTEMENT;
import static fr.education.orion.schema.Tables.CHOMAGE_REGION;
import static fr.education.orion.schema.Tables.ETABLISSEMENT;
import static fr.education.orion.schema.Tables.FORMATION;
import static fr.education.orion.schema.Tables.INSERJEUNES_FORMATION_REGION;
import static fr.education.orion.schema.Tables.OFFRE;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import fr.education.orion.indicateur.Offres;
import fr.education.orion.indicateur.PressionOuDemande;
import fr.education.orion.indicateur.Taux;
import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.ingestion.SelonImports;
import fr.education.orion.referentiel.Perimetre;
import fr.education.orion.referentiel.PerimetreTerritorial;
import fr.education.orion.referentiel.Territoire;
import fr.education.orion.referentiel.Voie;
import fr.education.orion.schema.tables.InserjeunesFormationRegion;
import java.math.BigDecimal;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The key figures of a territory (reference-data §3.2–3.7): entry figures from the offers of its
 * établissements, InserJeunes rates from the regional counts, unemployment from INSEE.
 */
@Component
class IndicateursTerritoireQueries {

  private static final InserjeunesFormationRegion IJ = INSERJEUNES_FORMATION_REGION;

  private final DSLContext dsl;
  private final SelonImports<Selection, IndicateursTerritoire> indicateurs;

  IndicateursTerritoireQueries(DSLContext dsl, ImportRuns imports) {
    this.dsl = dsl;
    this.indicateurs = new SelonImports<>(imports, this::lire);
  }

  /** The key figures of a selection, read once per import (data change only through imports). */
  IndicateursTerritoire indicateurs(Selection selection) {
    return indicateurs.get(selection);
  }

  private IndicateursTerritoire lire(Selection selection) {
    Record entree = entree(selection);
    Record sortie = sortie(selection);
    Chomage chomage = chomage(selection);
    Territoire territoire = selection.territoire();
    return new IndicateursTerritoire(
        territoire,
        selection.codeNiveauDiplome(),
        selection.codeNsf(),
        selection.rentreeScolaire(),
        selection.millesime(),
        entree.get(0, Integer.class),
        entree.get(1, Integer.class),
        entree.get(2, Integer.class),
        entree.get(3, Integer.class),
        entree.get(4, Integer.class),
        entree.get(5, BigDecimal.class),
        entree.get(6, BigDecimal.class),
        entree.get(7, BigDecimal.class),
        territoire.codeRegion(),
        sortie.get(0, BigDecimal.class),
        sortie.get(1, BigDecimal.class),
        sortie.get(2, BigDecimal.class),
        chomage == null ? null : chomage.taux(),
        chomage == null ? null : chomage.annee());
  }

  /**
   * Entry figures of the rentrée. The headcount at entry leaves out the classes communes, whose
   * pupils enter a spécialité the year after (reference-data §3.2); the pupils of every year count
   * them. Sums over offers without any headcount stay null.
   */
  private Record entree(Selection selection) {
    Field<Integer> effectifEntree = Offres.effectifEntree();
    Condition avecEffectif =
        OFFRE
            .EFFECTIF_1
            .isNotNull()
            .or(OFFRE.EFFECTIF_2.isNotNull())
            .or(OFFRE.EFFECTIF_3.isNotNull());
    return dsl.select(
            countDistinct(OFFRE.CFD, OFFRE.CODE_DISPOSITIF),
            countDistinct(OFFRE.UAI),
            sum(when(not(Perimetre.classeCommune(OFFRE.CFD)), effectifEntree))
                .cast(SQLDataType.INTEGER),
            sum(when(avecEffectif, Offres.nombreEleves())).cast(SQLDataType.INTEGER),
            sum(OFFRE.CAPACITE).cast(SQLDataType.INTEGER),
            Taux.remplissageAgrege(effectifEntree, OFFRE.CAPACITE),
            PressionOuDemande.PRESSION.agrege(),
            PressionOuDemande.DEMANDE.agrege())
        .from(OFFRE)
        .join(ETABLISSEMENT)
        .on(ETABLISSEMENT.UAI.eq(OFFRE.UAI))
        .join(FORMATION)
        .on(FORMATION.CFD.eq(OFFRE.CFD))
        .where(OFFRE.RENTREE_SCOLAIRE.eq(selection.rentreeScolaire()))
        .and(Portee.offres(selection))
        .fetchSingle();
  }

  /**
   * The three InserJeunes rates of the millésime: Σ counts / Σ counts over the formations of the
   * perimeter in the territory's région, or in every région for the nation (reference-data §3.7),
   * classes communes excluded. Orion's reference also summed the rows a renovated formation carries
   * from its predecessor (the continuum), counting those leavers twice since the predecessor's own
   * row is in the perimeter too; here each leaver counts once.
   */
  private Record sortie(Selection selection) {
    String codeRegion = selection.territoire().codeRegion();
    Condition region =
        codeRegion == null
            ? PerimetreTerritorial.regions(IJ.CODE_REGION)
            : IJ.CODE_REGION.eq(codeRegion);
    return dsl.select(
            Taux.emploi6mois(IJ.NB_EN_EMPLOI_6_MOIS, IJ.NB_SORTANT),
            Taux.poursuite(IJ.NB_POURSUITE_ETUDES, IJ.NB_ANNEE_TERM),
            Taux.devenirFavorable(IJ.NB_POURSUITE_ETUDES, IJ.NB_EN_EMPLOI_6_MOIS, IJ.NB_ANNEE_TERM))
        .from(IJ)
        .join(FORMATION)
        .on(FORMATION.CFD.eq(IJ.CFD))
        .where(IJ.MILLESIME.eq(selection.millesime()))
        .and(IJ.VOIE.eq(Voie.CODE_SCOLAIRE))
        .and(IJ.CFD_CONTINUUM.isNull())
        .and(region)
        .and(Perimetre.scolaire(IJ.CFD))
        .and(not(Perimetre.classeCommune(IJ.CFD)))
        .and(Portee.formations(selection))
        .fetchSingle();
  }

  /** An INSEE unemployment rate, as a fraction, and its year. */
  private record Chomage(BigDecimal taux, String annee) {}

  /**
   * The INSEE unemployment rate of a région or département with its year: the rentrée's when
   * published, else the newest.
   */
  private @Nullable Chomage chomage(Selection selection) {
    Territoire territoire = selection.territoire();
    return switch (territoire.echelon()) {
      case REGION ->
          chomage(
              CHOMAGE_REGION,
              CHOMAGE_REGION.CODE_REGION.eq(territoire.code()),
              CHOMAGE_REGION.ANNEE,
              CHOMAGE_REGION.TAUX_CHOMAGE,
              selection.rentreeScolaire());
      case DEPARTEMENT ->
          chomage(
              CHOMAGE_DEPARTEMENT,
              CHOMAGE_DEPARTEMENT.CODE_DEPARTEMENT.eq(territoire.code()),
              CHOMAGE_DEPARTEMENT.ANNEE,
              CHOMAGE_DEPARTEMENT.TAUX_CHOMAGE,
              selection.rentreeScolaire());
      case NATION, ACADEMIE -> null;
    };
  }

  private @Nullable Chomage chomage(
      Table<?> table,
      Condition territoire,
      TableField<?, String> annee,
      TableField<?, BigDecimal> taux,
      String rentree) {
    // INSEE publishes percentages (6,7): a fraction, as every rate of Orion.
    return dsl.select(taux, annee)
        .from(table)
        .where(territoire)
        .orderBy(DSL.when(annee.eq(rentree), 0).otherwise(1), annee.desc())
        .limit(1)
        .fetchOptional(r -> new Chomage(r.value1().movePointLeft(2), r.value2()))
        .orElse(null);
  }
}
