package fr.education.orion.indicateur.calcul;

import static fr.education.orion.schema.Tables.INSERJEUNES_FORMATION_REGION;
import static fr.education.orion.schema.Tables.QUADRANT_MILLESIME;
import static fr.education.orion.schema.Tables.QUADRANT_MOYENNE;
import static fr.education.orion.schema.Tables.QUADRANT_POSITION;
import static org.jooq.impl.DSL.inline;

import fr.education.orion.indicateur.PositionQuadrant;
import fr.education.orion.indicateur.Taux;
import fr.education.orion.referentiel.IdentiteFormation;
import fr.education.orion.referentiel.Perimetre;
import fr.education.orion.referentiel.Voie;
import fr.education.orion.schema.tables.InserjeunesFormationRegion;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The quadrant of formations, per millésime and région. For each niveau de diplôme, the regional
 * averages of the taux d'emploi à 6 mois and of the taux de poursuite d'études are the axes; each
 * formation of the perimeter sits in Q1 (both rates at or above the averages), Q2 (employment
 * only), Q3 (further study only) or Q4 (neither), in "Hors quadrant" when a rate or an average is
 * missing, and at "-" when it is a classe commune.
 *
 * <p>A millésime is recomputed only when its own counts changed (a digest of them is kept), so
 * importing a later millésime, or a new diploma list, never moves the positions of an earlier one.
 */
@Component
class QuadrantBuilder {

  private static final InserjeunesFormationRegion IJ = INSERJEUNES_FORMATION_REGION;

  private final DSLContext dsl;

  QuadrantBuilder(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Recomputes the millésimes whose counts changed since they were last computed. */
  void recompute() {
    Map<String, String> digests = digestsOfCounts();
    Map<String, String> computed =
        dsl.select(QUADRANT_MILLESIME.MILLESIME, QUADRANT_MILLESIME.EMPREINTE)
            .from(QUADRANT_MILLESIME)
            .fetchMap(QUADRANT_MILLESIME.MILLESIME, QUADRANT_MILLESIME.EMPREINTE);
    computed.keySet().stream().filter(m -> !digests.containsKey(m)).forEach(this::forget);
    digests.forEach(
        (millesime, digest) -> {
          if (!Objects.equals(computed.get(millesime), digest)) {
            compute(millesime, digest);
          }
        });
  }

  private Map<String, String> digestsOfCounts() {
    Field<String> line =
        DSL.function(
            "concat_ws",
            String.class,
            inline("|"),
            IJ.CODE_REGION,
            IJ.CFD,
            IJ.CODE_DISPOSITIF,
            IJ.NB_ANNEE_TERM,
            IJ.NB_SORTANT,
            IJ.NB_POURSUITE_ETUDES,
            IJ.NB_EN_EMPLOI_6_MOIS);
    Field<String> digest =
        DSL.md5(
            DSL.listAgg(line, ",").withinGroupOrderBy(IJ.CODE_REGION, IJ.CFD, IJ.CODE_DISPOSITIF));
    return dsl.select(IJ.MILLESIME, digest)
        .from(IJ)
        .where(IJ.VOIE.eq(Voie.CODE_SCOLAIRE))
        .groupBy(IJ.MILLESIME)
        .fetchMap(IJ.MILLESIME, digest);
  }

  private void forget(String millesime) {
    dsl.deleteFrom(QUADRANT_POSITION).where(QUADRANT_POSITION.MILLESIME.eq(millesime)).execute();
    dsl.deleteFrom(QUADRANT_MOYENNE).where(QUADRANT_MOYENNE.MILLESIME.eq(millesime)).execute();
    dsl.deleteFrom(QUADRANT_MILLESIME).where(QUADRANT_MILLESIME.MILLESIME.eq(millesime)).execute();
  }

  private void compute(String millesime, String digest) {
    forget(millesime);
    Condition rows =
        IJ.MILLESIME
            .eq(millesime)
            .and(IJ.VOIE.eq(Voie.CODE_SCOLAIRE))
            .and(Perimetre.scolaire(IJ.CFD));
    insertAverages(rows);
    insertPositions(millesime, rows);
    dsl.insertInto(QUADRANT_MILLESIME)
        .set(QUADRANT_MILLESIME.MILLESIME, millesime)
        .set(QUADRANT_MILLESIME.EMPREINTE, digest)
        .set(QUADRANT_MILLESIME.CALCULE_LE, OffsetDateTime.now())
        .execute();
  }

  /**
   * Summed counts of every formation of a niveau in the région, classes communes and renovated
   * formations included; kept only when the three rates are known and non-zero.
   */
  private void insertAverages(Condition rows) {
    Field<BigDecimal> emploi = emploi();
    Field<BigDecimal> poursuite = poursuite();
    Field<BigDecimal> devenir = devenirFavorable();
    dsl.insertInto(
            QUADRANT_MOYENNE,
            QUADRANT_MOYENNE.MILLESIME,
            QUADRANT_MOYENNE.CODE_REGION,
            QUADRANT_MOYENNE.CODE_NIVEAU_DIPLOME,
            QUADRANT_MOYENNE.TAUX_EMPLOI_6_MOIS,
            QUADRANT_MOYENNE.TAUX_POURSUITE,
            QUADRANT_MOYENNE.TAUX_DEVENIR_FAVORABLE)
        .select(
            dsl.select(
                    IJ.MILLESIME,
                    IJ.CODE_REGION,
                    IdentiteFormation.codeNiveauDiplome(),
                    emploi,
                    poursuite,
                    devenir)
                .from(IJ)
                .join(IdentiteFormation.formations())
                .on(IdentiteFormation.cfd().eq(IJ.CFD))
                .where(rows)
                .groupBy(IJ.MILLESIME, IJ.CODE_REGION, IdentiteFormation.codeNiveauDiplome())
                .having(known(emploi).and(known(poursuite)).and(known(devenir))))
        .execute();
  }

  private void insertPositions(String millesime, Condition rows) {
    Field<BigDecimal> emploi = emploi();
    Field<BigDecimal> poursuite = poursuite();
    Field<BigDecimal> emploiMoyen = QUADRANT_MOYENNE.TAUX_EMPLOI_6_MOIS;
    Field<BigDecimal> poursuiteMoyenne = QUADRANT_MOYENNE.TAUX_POURSUITE;
    Field<String> position =
        PositionQuadrant.placement(
            Perimetre.classeCommune(IJ.CFD), emploi, poursuite, emploiMoyen, poursuiteMoyenne);
    dsl.insertInto(
            QUADRANT_POSITION,
            QUADRANT_POSITION.MILLESIME,
            QUADRANT_POSITION.CODE_REGION,
            QUADRANT_POSITION.CFD,
            QUADRANT_POSITION.CODE_DISPOSITIF,
            QUADRANT_POSITION.CODE_NIVEAU_DIPLOME,
            QUADRANT_POSITION.POSITION,
            QUADRANT_POSITION.TAUX_EMPLOI_6_MOIS,
            QUADRANT_POSITION.TAUX_POURSUITE,
            QUADRANT_POSITION.TAUX_DEVENIR_FAVORABLE)
        .select(
            dsl.select(
                    IJ.MILLESIME,
                    IJ.CODE_REGION,
                    IJ.CFD,
                    IJ.CODE_DISPOSITIF,
                    IdentiteFormation.codeNiveauDiplome(),
                    position,
                    emploi,
                    poursuite,
                    devenirFavorable())
                .from(IJ)
                .join(IdentiteFormation.formations())
                .on(IdentiteFormation.cfd().eq(IJ.CFD))
                .leftJoin(QUADRANT_MOYENNE)
                .on(QUADRANT_MOYENNE.MILLESIME.eq(millesime))
                .and(QUADRANT_MOYENNE.CODE_REGION.eq(IJ.CODE_REGION))
                .and(QUADRANT_MOYENNE.CODE_NIVEAU_DIPLOME.eq(IdentiteFormation.codeNiveauDiplome()))
                .where(rows)
                .groupBy(
                    IJ.MILLESIME,
                    IJ.CODE_REGION,
                    IJ.VOIE,
                    IJ.CFD,
                    IJ.CODE_DISPOSITIF,
                    IdentiteFormation.codeNiveauDiplome(),
                    emploiMoyen,
                    poursuiteMoyenne))
        .execute();
  }

  private static Condition known(Field<BigDecimal> rate) {
    return rate.isNotNull().and(rate.ne(BigDecimal.ZERO));
  }

  private static Field<BigDecimal> emploi() {
    return Taux.emploi6mois(IJ.NB_EN_EMPLOI_6_MOIS, IJ.NB_SORTANT);
  }

  private static Field<BigDecimal> poursuite() {
    return Taux.poursuite(IJ.NB_POURSUITE_ETUDES, IJ.NB_ANNEE_TERM);
  }

  private static Field<BigDecimal> devenirFavorable() {
    return Taux.devenirFavorable(IJ.NB_POURSUITE_ETUDES, IJ.NB_EN_EMPLOI_6_MOIS, IJ.NB_ANNEE_TERM);
  }
}
