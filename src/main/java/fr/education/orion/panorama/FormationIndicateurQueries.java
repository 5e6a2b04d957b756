package fr.education.orion.panorama;

import static fr.education.orion.indicateur.PositionQuadrant.sansPositionStockee;
import static fr.education.orion.schema.Tables.ETABLISSEMENT;
import static fr.education.orion.schema.Tables.INSERJEUNES_FORMATION_REGION;
import static fr.education.orion.schema.Tables.OFFRE;
import static fr.education.orion.schema.Tables.QUADRANT_POSITION;

import fr.education.orion.indicateur.Offres;
import fr.education.orion.indicateur.PressionOuDemande;
import fr.education.orion.indicateur.Taux;
import fr.education.orion.panorama.IndicateursFormation.EntreeRentree;
import fr.education.orion.panorama.IndicateursFormation.IndicateursRegions;
import fr.education.orion.panorama.IndicateursFormation.IndicateursTerritoire;
import fr.education.orion.panorama.IndicateursFormation.LigneIndicateurs;
import fr.education.orion.panorama.IndicateursFormation.PositionQuadrant;
import fr.education.orion.panorama.IndicateursFormation.TauxInserJeunes;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.Perimetre;
import fr.education.orion.referentiel.TerritoireQueries;
import fr.education.orion.referentiel.Territoires.Region;
import fr.education.orion.referentiel.Voie;
import fr.education.orion.schema.tables.InserjeunesFormationRegion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.GroupField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a formation's indicators: its offers (headcounts, capacities, wishes) summed over the
 * établissements of a territory, and its InserJeunes counts summed over its dispositifs and the
 * régions of a scope, with the rates of {@link Taux} computed from the sums. The nation's
 * InserJeunes figures are the sum of the régions' (reference-data §3.7); an académie or a
 * département has its région's.
 */
@Component
class FormationIndicateurQueries {

  private static final InserjeunesFormationRegion IJ = INSERJEUNES_FORMATION_REGION;

  /** The key of figures summed over the whole scope rather than per région. */
  private static final String ENSEMBLE = "";

  private final DSLContext dsl;
  private final TerritoireQueries territoires;

  FormationIndicateurQueries(DSLContext dsl, TerritoireQueries territoires) {
    this.dsl = dsl;
    this.territoires = territoires;
  }

  /** A formation's indicators in a territory, for one voie or both. */
  IndicateursTerritoire territoire(String cfd, TerritoireChoisi territoire, @Nullable String voie) {
    List<EntreeRentree> entree =
        entree(cfd, territoire.etablissements().and(voieOffre(voie)), false)
            .getOrDefault(ENSEMBLE, List.of());
    Condition region =
        territoire.national() ? DSL.noCondition() : IJ.CODE_REGION.eq(territoire.codeRegion());
    List<TauxInserJeunes> inserJeunes =
        inserJeunes(cfd, region.and(voieInserJeunes(voie)), false)
            .getOrDefault(ENSEMBLE, List.of());
    String codeRegion = territoire.codeRegion();
    List<PositionQuadrant> quadrant =
        codeRegion == null || Voie.CODE_APPRENTISSAGE.equals(voie)
            ? List.of()
            : positions(cfd, List.of(codeRegion), millesimes()).get(codeRegion);
    return new IndicateursTerritoire(
        cfd,
        territoire,
        voie,
        new Cfd(cfd).niveau().bts(),
        entree,
        territoire.codeRegion(),
        inserJeunes,
        quadrant);
  }

  /**
   * A formation's indicators nationally and in each région where it has offers or InserJeunes
   * counts, for one voie: per millésime, per rentrée, and the quadrant of the newest millésime.
   */
  IndicateursRegions regions(String cfd, String voie) {
    List<String> millesimes = millesimes();
    String millesimeQuadrant = millesimes.isEmpty() ? null : millesimes.get(0);
    Map<String, List<TauxInserJeunes>> inserJeunes = inserJeunes(cfd, voieInserJeunes(voie), true);
    Map<String, List<EntreeRentree>> entree = entree(cfd, voieOffre(voie), true);
    List<Region> avecChiffres =
        territoires.regions().stream()
            .filter(
                r -> inserJeunes.containsKey(r.codeRegion()) || entree.containsKey(r.codeRegion()))
            .toList();
    boolean quadrant = voie.equals(Voie.CODE_SCOLAIRE) && millesimeQuadrant != null;
    Map<String, List<PositionQuadrant>> positions =
        quadrant
            ? positions(
                cfd,
                avecChiffres.stream().map(Region::codeRegion).toList(),
                List.of(millesimeQuadrant))
            : Map.of();
    List<LigneIndicateurs> regions = new ArrayList<>();
    for (Region region : avecChiffres) {
      String code = region.codeRegion();
      regions.add(
          ligne(
              code,
              region.libelle(),
              inserJeunes.getOrDefault(code, List.of()),
              entree.getOrDefault(code, List.of()),
              positions.getOrDefault(code, List.of())));
    }
    List<EntreeRentree> entreeNationale =
        entree(cfd, voieOffre(voie), false).getOrDefault(ENSEMBLE, List.of());
    LigneIndicateurs national =
        ligne(
            null,
            "France (somme des régions)",
            inserJeunes(cfd, voieInserJeunes(voie), false).getOrDefault(ENSEMBLE, List.of()),
            entreeNationale,
            List.of());
    return new IndicateursRegions(
        cfd,
        voie,
        new Cfd(cfd).niveau().bts(),
        millesimes,
        quadrant ? millesimeQuadrant : null,
        entreeNationale.stream()
            .filter(rentree -> rentree.effectifEntree() != null)
            .map(EntreeRentree::rentreeScolaire)
            .toList(),
        entreeNationale.stream()
            .filter(rentree -> rentree.capacite() != null)
            .map(EntreeRentree::rentreeScolaire)
            .toList(),
        national,
        regions);
  }

  private LigneIndicateurs ligne(
      @Nullable String codeRegion,
      String libelle,
      List<TauxInserJeunes> inserJeunes,
      List<EntreeRentree> entree,
      List<PositionQuadrant> quadrant) {
    Map<String, TauxInserJeunes> parMillesime = new LinkedHashMap<>();
    inserJeunes.forEach(taux -> parMillesime.put(taux.millesime(), taux));
    Map<String, Integer> effectifs = new LinkedHashMap<>();
    Map<String, BigDecimal> pression = new LinkedHashMap<>();
    for (EntreeRentree rentree : entree) {
      if (rentree.effectifEntree() != null) {
        effectifs.put(rentree.rentreeScolaire(), rentree.effectifEntree());
      }
      BigDecimal taux =
          rentree.tauxPression() != null ? rentree.tauxPression() : rentree.tauxDemande();
      if (taux != null) {
        pression.put(rentree.rentreeScolaire(), taux);
      }
    }
    return new LigneIndicateurs(codeRegion, libelle, parMillesime, effectifs, pression, quadrant);
  }

  /**
   * The offers of a formation per rentrée, summed over the établissements that {@code where} keeps,
   * per région of the établissement when {@code parRegion} (else under the key {@link #ENSEMBLE}).
   */
  private Map<String, List<EntreeRentree>> entree(String cfd, Condition where, boolean parRegion) {
    Field<Integer> effectifEntree = Offres.effectifEntree();
    Field<String> cle = parRegion ? ETABLISSEMENT.CODE_REGION : DSL.inline(ENSEMBLE);
    Field<BigDecimal> voeuxParPlace =
        Taux.voeuxParPlaceAgreges(OFFRE.PREMIERS_VOEUX, OFFRE.CAPACITE);
    Map<String, List<EntreeRentree>> parCle = new LinkedHashMap<>();
    dsl.select(
            cle,
            OFFRE.RENTREE_SCOLAIRE,
            DSL.countDistinct(OFFRE.UAI),
            somme(effectifEntree),
            somme(DSL.when(Offres.avecEffectif(), Offres.nombreEleves())),
            somme(OFFRE.CAPACITE),
            somme(OFFRE.PREMIERS_VOEUX),
            voeuxParPlace,
            Taux.remplissageAgrege(effectifEntree, OFFRE.CAPACITE))
        .from(OFFRE)
        .leftJoin(ETABLISSEMENT)
        .on(ETABLISSEMENT.UAI.eq(OFFRE.UAI))
        .where(OFFRE.CFD.eq(cfd))
        .and(where)
        .groupBy(groupes(parRegion ? ETABLISSEMENT.CODE_REGION : null, OFFRE.RENTREE_SCOLAIRE))
        .orderBy(OFFRE.RENTREE_SCOLAIRE)
        .forEach(
            r ->
                parCle
                    .computeIfAbsent(r.value1(), key -> new ArrayList<>())
                    .add(
                        new EntreeRentree(
                            r.value2(),
                            r.value3(),
                            r.value4(),
                            r.value5(),
                            r.value6(),
                            r.value7(),
                            PressionOuDemande.PRESSION.taux(cfd, r.value8()),
                            PressionOuDemande.DEMANDE.taux(cfd, r.value8()),
                            r.value9())));
    return parCle;
  }

  /**
   * The InserJeunes counts of a formation per millésime and voie, summed over its dispositifs and
   * the régions {@code where} keeps, per région when {@code parRegion} (else under the key {@link
   * #ENSEMBLE}).
   */
  private Map<String, List<TauxInserJeunes>> inserJeunes(
      String cfd, Condition where, boolean parRegion) {
    Field<String> cle = parRegion ? IJ.CODE_REGION : DSL.inline(ENSEMBLE);
    Field<String[]> continuum =
        DSL.arrayAggDistinct(IJ.CFD_CONTINUUM).filterWhere(IJ.CFD_CONTINUUM.isNotNull());
    Map<String, List<TauxInserJeunes>> parCle = new LinkedHashMap<>();
    dsl.select(
            cle,
            IJ.MILLESIME,
            IJ.VOIE,
            somme(IJ.NB_ANNEE_TERM),
            somme(IJ.NB_SORTANT),
            somme(IJ.NB_POURSUITE_ETUDES),
            somme(IJ.NB_EN_EMPLOI_6_MOIS),
            Taux.emploi6mois(IJ.NB_EN_EMPLOI_6_MOIS, IJ.NB_SORTANT),
            Taux.poursuite(IJ.NB_POURSUITE_ETUDES, IJ.NB_ANNEE_TERM),
            Taux.devenirFavorable(IJ.NB_POURSUITE_ETUDES, IJ.NB_EN_EMPLOI_6_MOIS, IJ.NB_ANNEE_TERM),
            continuum)
        .from(IJ)
        .where(IJ.CFD.eq(cfd))
        .and(where)
        .groupBy(groupes(parRegion ? IJ.CODE_REGION : null, IJ.MILLESIME, IJ.VOIE))
        .orderBy(IJ.MILLESIME.desc(), IJ.VOIE.desc())
        .forEach(
            r ->
                parCle
                    .computeIfAbsent(r.value1(), key -> new ArrayList<>())
                    .add(
                        new TauxInserJeunes(
                            r.value2(),
                            r.value3(),
                            r.value4(),
                            r.value5(),
                            r.value6(),
                            r.value7(),
                            r.value8(),
                            r.value9(),
                            r.value10(),
                            r.value11() == null ? List.of() : Arrays.asList(r.value11()))));
    return parCle;
  }

  /**
   * The positions of a formation in the quadrant of each of these régions for these millésimes, one
   * per dispositif. A formation without a stored position has no InserJeunes counts there: it is
   * {@code -} if it is a classe commune, else {@code Hors quadrant} (reference-data §3.8).
   */
  private Map<String, List<PositionQuadrant>> positions(
      String cfd, Collection<String> regions, List<String> millesimes) {
    Map<List<String>, List<PositionQuadrant>> stockees = new LinkedHashMap<>();
    dsl.select(
            QUADRANT_POSITION.CODE_REGION,
            QUADRANT_POSITION.MILLESIME,
            QUADRANT_POSITION.CODE_DISPOSITIF,
            QUADRANT_POSITION.POSITION)
        .from(QUADRANT_POSITION)
        .where(QUADRANT_POSITION.CFD.eq(cfd))
        .and(QUADRANT_POSITION.CODE_REGION.in(regions))
        .and(QUADRANT_POSITION.MILLESIME.in(millesimes))
        .orderBy(QUADRANT_POSITION.CODE_DISPOSITIF)
        .forEach(
            r ->
                stockees
                    .computeIfAbsent(List.of(r.value1(), r.value2()), key -> new ArrayList<>())
                    .add(new PositionQuadrant(r.value2(), r.value3(), r.value4())));
    String parDefaut =
        sansPositionStockee(
                dsl.fetchExists(DSL.selectOne().where(Perimetre.classeCommune(DSL.inline(cfd)))))
            .code();
    Map<String, List<PositionQuadrant>> parRegion = new LinkedHashMap<>();
    for (String region : regions) {
      List<PositionQuadrant> positions = new ArrayList<>();
      for (String millesime : millesimes) {
        positions.addAll(
            stockees.getOrDefault(
                List.of(region, millesime),
                List.of(new PositionQuadrant(millesime, null, parDefaut))));
      }
      parRegion.put(region, positions);
    }
    return parRegion;
  }

  /** Every millésime of the InserJeunes counts, newest first. */
  private List<String> millesimes() {
    return dsl.selectDistinct(IJ.MILLESIME)
        .from(IJ)
        .orderBy(IJ.MILLESIME.desc())
        .fetch(IJ.MILLESIME);
  }

  private static Condition voieOffre(@Nullable String voie) {
    return voie == null ? DSL.noCondition() : OFFRE.VOIE.eq(voie);
  }

  private static Condition voieInserJeunes(@Nullable String voie) {
    return voie == null ? DSL.noCondition() : IJ.VOIE.eq(voie);
  }

  /** Σ of an integer column; null when every value is null. */
  private static Field<Integer> somme(Field<Integer> field) {
    return DSL.sum(field).cast(SQLDataType.INTEGER);
  }

  /** The grouping of a query, by région first when there is one. */
  private static List<GroupField> groupes(@Nullable Field<String> region, Field<?>... champs) {
    List<GroupField> groupes = new ArrayList<>();
    if (region != null) {
      groupes.add(region);
    }
    groupes.addAll(Arrays.asList(champs));
    return groupes;
  }
}
