package fr.education.orion.panorama;

import static fr.education.orion.indicateur.PositionQuadrant.sansPositionStockee;

import fr.education.orion.indicateur.ChiffresOffre;
import fr.education.orion.indicateur.CompteursInserJeunes;
import fr.education.orion.indicateur.Offres;
import fr.education.orion.indicateur.OffresSommees;
import fr.education.orion.indicateur.PressionOuDemande;
import fr.education.orion.indicateur.QuadrantStocke;
import fr.education.orion.indicateur.Taux;
import fr.education.orion.panorama.IndicateursFormation.EntreeRentree;
import fr.education.orion.panorama.IndicateursFormation.IndicateursRegions;
import fr.education.orion.panorama.IndicateursFormation.IndicateursTerritoire;
import fr.education.orion.panorama.IndicateursFormation.LigneIndicateurs;
import fr.education.orion.panorama.IndicateursFormation.PositionQuadrant;
import fr.education.orion.panorama.IndicateursFormation.TauxInserJeunes;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.IdentiteEtablissement;
import fr.education.orion.referentiel.Perimetre;
import fr.education.orion.referentiel.TerritoireQueries;
import fr.education.orion.referentiel.Territoires.Region;
import fr.education.orion.referentiel.Voie;
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
 * InserJeunes figures are the sum of the régions' (InserJeunes counts are regional); an académie or
 * a département has its région's.
 */
@Component
public class FormationIndicateurQueries {

  /** The key of figures summed over the whole scope rather than per région. */
  private static final String ENSEMBLE = "";

  private final DSLContext dsl;
  private final TerritoireQueries territoires;

  FormationIndicateurQueries(DSLContext dsl, TerritoireQueries territoires) {
    this.dsl = dsl;
    this.territoires = territoires;
  }

  /** A formation's indicators in a territory, for one voie or both. */
  public IndicateursTerritoire territoire(
      Cfd formation, TerritoireChoisi territoire, @Nullable String voie) {
    String cfd = formation.code();
    CodeRegion region = territoire.codeRegion();
    String codeRegion = region == null ? null : region.code();
    List<EntreeRentree> entree =
        entree(cfd, territoire.etablissements().and(voieOffre(voie)), false)
            .getOrDefault(ENSEMBLE, List.of());
    Condition deLaRegion =
        territoire.national()
            ? DSL.noCondition()
            : CompteursInserJeunes.codeRegion().eq(codeRegion);
    List<TauxInserJeunes> inserJeunes =
        inserJeunes(cfd, deLaRegion.and(voieInserJeunes(voie)), false)
            .getOrDefault(ENSEMBLE, List.of());
    List<PositionQuadrant> quadrant =
        codeRegion == null || Voie.CODE_APPRENTISSAGE.equals(voie)
            ? List.of()
            : positions(cfd, List.of(codeRegion), millesimes()).get(codeRegion);
    return new IndicateursTerritoire(
        formation,
        territoire,
        voie,
        formation.niveau().bts(),
        entree,
        region,
        inserJeunes,
        quadrant);
  }

  /**
   * A formation's indicators nationally and in each région where it has offers or InserJeunes
   * counts, for one voie: per millésime, per rentrée, and the quadrant of the newest millésime.
   */
  public IndicateursRegions regions(Cfd formation, String voie) {
    String cfd = formation.code();
    List<String> millesimes = millesimes();
    String millesimeQuadrant = millesimes.isEmpty() ? null : millesimes.get(0);
    Map<String, List<TauxInserJeunes>> inserJeunes = inserJeunes(cfd, voieInserJeunes(voie), true);
    Map<String, List<EntreeRentree>> entree = entree(cfd, voieOffre(voie), true);
    List<Region> avecChiffres =
        territoires.regions().stream()
            .filter(
                r ->
                    inserJeunes.containsKey(r.codeRegion().code())
                        || entree.containsKey(r.codeRegion().code()))
            .toList();
    boolean quadrant = voie.equals(Voie.CODE_SCOLAIRE) && millesimeQuadrant != null;
    Map<String, List<PositionQuadrant>> positions =
        quadrant
            ? positions(
                cfd,
                avecChiffres.stream().map(r -> r.codeRegion().code()).toList(),
                List.of(millesimeQuadrant))
            : Map.of();
    List<LigneIndicateurs> regions = new ArrayList<>();
    for (Region region : avecChiffres) {
      String code = region.codeRegion().code();
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
        formation,
        voie,
        formation.niveau().bts(),
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
    Field<String> region = IdentiteEtablissement.codeRegion();
    Field<String> cle = parRegion ? region : DSL.inline(ENSEMBLE);
    Field<String> rentree = OffresSommees.rentreeScolaire();
    Field<Integer> capacite = ChiffresOffre.capacite();
    Field<Integer> premiersVoeux = ChiffresOffre.premiersVoeux();
    Field<BigDecimal> voeuxParPlace = Taux.voeuxParPlaceAgreges(premiersVoeux, capacite);
    Map<String, List<EntreeRentree>> parCle = new LinkedHashMap<>();
    dsl.select(
            cle,
            rentree,
            DSL.countDistinct(OffresSommees.uai()),
            somme(effectifEntree),
            somme(DSL.when(Offres.avecEffectif(), Offres.nombreEleves())),
            somme(capacite),
            somme(premiersVoeux),
            voeuxParPlace,
            Taux.remplissageAgrege(effectifEntree, capacite))
        .from(OffresSommees.offres())
        .leftJoin(IdentiteEtablissement.etablissements())
        .on(IdentiteEtablissement.uai().eq(OffresSommees.uai()))
        .where(OffresSommees.cfd().eq(cfd))
        .and(where)
        .groupBy(groupes(parRegion ? region : null, rentree))
        .orderBy(rentree)
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
                            PressionOuDemande.PRESSION.taux(new Cfd(cfd), r.value8()),
                            PressionOuDemande.DEMANDE.taux(new Cfd(cfd), r.value8()),
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
    Field<String> region = CompteursInserJeunes.codeRegion();
    Field<String> cle = parRegion ? region : DSL.inline(ENSEMBLE);
    Field<String> millesime = CompteursInserJeunes.millesime();
    Field<String> voie = CompteursInserJeunes.voie();
    Field<String> cfdContinuum = CompteursInserJeunes.cfdContinuum();
    Field<String[]> continuum =
        DSL.arrayAggDistinct(cfdContinuum).filterWhere(cfdContinuum.isNotNull());
    Map<String, List<TauxInserJeunes>> parCle = new LinkedHashMap<>();
    dsl.select(
            cle,
            millesime,
            voie,
            somme(CompteursInserJeunes.nbAnneeTerm()),
            somme(CompteursInserJeunes.nbSortant()),
            somme(CompteursInserJeunes.nbPoursuiteEtudes()),
            somme(CompteursInserJeunes.nbEnEmploi6Mois()),
            CompteursInserJeunes.emploi(),
            CompteursInserJeunes.poursuite(),
            CompteursInserJeunes.devenirFavorable(),
            continuum)
        .from(CompteursInserJeunes.compteurs())
        .where(CompteursInserJeunes.cfd().eq(cfd))
        .and(where)
        .groupBy(groupes(parRegion ? region : null, millesime, voie))
        .orderBy(millesime.desc(), voie.desc())
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
   * {@code -} if it is a classe commune, else {@code Hors quadrant}.
   */
  private Map<String, List<PositionQuadrant>> positions(
      String cfd, Collection<String> regions, List<String> millesimes) {
    Map<List<String>, List<PositionQuadrant>> stockees = new LinkedHashMap<>();
    QuadrantStocke quadrant = QuadrantStocke.of();
    dsl.select(
            quadrant.codeRegion(),
            quadrant.millesime(),
            quadrant.codeDispositif(),
            quadrant.position())
        .from(quadrant.positions())
        .where(quadrant.cfd().eq(cfd))
        .and(quadrant.codeRegion().in(regions))
        .and(quadrant.millesime().in(millesimes))
        .orderBy(quadrant.codeDispositif())
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
    Field<String> millesime = CompteursInserJeunes.millesime();
    return dsl.selectDistinct(millesime)
        .from(CompteursInserJeunes.compteurs())
        .orderBy(millesime.desc())
        .fetch(millesime);
  }

  private static Condition voieOffre(@Nullable String voie) {
    return voie == null ? DSL.noCondition() : OffresSommees.voie().eq(voie);
  }

  private static Condition voieInserJeunes(@Nullable String voie) {
    return voie == null ? DSL.noCondition() : CompteursInserJeunes.voie().eq(voie);
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
