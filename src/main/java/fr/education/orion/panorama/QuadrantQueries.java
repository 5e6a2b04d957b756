package fr.education.orion.panorama;

import static org.jooq.impl.DSL.boolOr;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import fr.education.orion.indicateur.Millesime;
import fr.education.orion.indicateur.Offres;
import fr.education.orion.indicateur.OffresSommees;
import fr.education.orion.indicateur.PositionQuadrant;
import fr.education.orion.indicateur.PressionOuDemande;
import fr.education.orion.indicateur.QuadrantStocke;
import fr.education.orion.indicateur.RentreeScolaire;
import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.ingestion.SelonImports;
import fr.education.orion.panorama.QuadrantTerritoire.Formation;
import fr.education.orion.panorama.QuadrantTerritoire.Informations;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.IdentiteEtablissement;
import fr.education.orion.referentiel.IdentiteFormation;
import fr.education.orion.referentiel.NiveauDiplome;
import fr.education.orion.referentiel.NomenclaturesFormation;
import fr.education.orion.referentiel.Perimetre;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Records;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads the quadrant stored after each InserJeunes import for the région of a territory, and puts
 * it beside the offers of the territory: a formation is listed only when it has pupils at entry in
 * the territory at the rentrée, as Orion's panoramas do.
 */
@Component
public class QuadrantQueries {

  private final DSLContext dsl;
  private final SelonImports<Selection, Donnees> donnees;

  QuadrantQueries(DSLContext dsl, ImportRuns imports) {
    this.dsl = dsl;
    this.donnees = new SelonImports<>(imports, this::read);
  }

  /**
   * What the quadrant of a selection is built from, read once per import: the regional averages,
   * the stored positions and the offers of the territory with pupils at entry. Filters and sort
   * apply to it afterwards, in memory.
   */
  private record Donnees(
      @Nullable BigDecimal moyenneEmploi,
      @Nullable BigDecimal moyennePoursuite,
      @Nullable BigDecimal moyenneDevenirFavorable,
      Map<Cle, Position> positions,
      List<Offre> offres) {}

  /** A formation of the quadrant: its CFD and dispositif. */
  private record Cle(Cfd cfd, String codeDispositif) {}

  /** The stored position of a formation in the région, with its rates of the millésime before. */
  private record Position(
      Cfd cfd,
      String codeDispositif,
      String position,
      @Nullable BigDecimal emploi,
      @Nullable BigDecimal poursuite,
      @Nullable BigDecimal devenirFavorable,
      @Nullable BigDecimal emploiPrecedent,
      @Nullable BigDecimal poursuitePrecedente) {}

  /** The offers of a formation in the territory, summed. */
  private record Offre(
      Cfd cfd,
      String codeDispositif,
      @Nullable String libelle,
      @Nullable String libelleDispositif,
      @Nullable Integer effectif,
      @Nullable Integer effectifPrecedent,
      @Nullable BigDecimal pression,
      @Nullable BigDecimal demande,
      @Nullable Boolean classeCommune) {

    boolean avecEffectif() {
      return effectif != null && effectif > 0;
    }
  }

  /**
   * @param selection a territory in a région (the quadrant is regional) and a niveau
   */
  public QuadrantTerritoire quadrant(
      Selection selection, FiltresQuadrant filtres, TriQuadrant tri) {
    CodeRegion codeRegion = Objects.requireNonNull(selection.territoire().codeRegion());
    NiveauDiplome niveau = Objects.requireNonNull(selection.codeNiveauDiplome());
    Donnees lues = donnees.get(selection);
    Map<Cle, Position> positions = lues.positions();
    List<Offre> offres = lues.offres();

    List<Formation> formations = new ArrayList<>();
    int sousEffectifMinimum = 0;
    int ecartees = 0;
    int effectifTotal = 0;
    for (Offre offre : offres) {
      Formation formation =
          formation(offre, positions.get(new Cle(offre.cfd(), offre.codeDispositif())));
      if (!formation.classeCommune()) {
        effectifTotal += Objects.requireNonNull(offre.effectif());
      }
      switch (filtres.examine(formation)) {
        case RETENUE -> formations.add(formation);
        case SOUS_EFFECTIF_MINIMUM -> sousEffectifMinimum++;
        case ECARTEE_PAR_TENDANCE -> ecartees++;
      }
    }
    formations.sort(tri.comparateur());
    long avecEffectif =
        offres.stream()
            .filter(offre -> positions.containsKey(new Cle(offre.cfd(), offre.codeDispositif())))
            .count();
    Informations informations =
        new Informations(
            count(formations, Formation::trace),
            count(
                formations,
                f ->
                    f.donneesInserJeunes()
                        && PositionQuadrant.HORS_QUADRANT.code().equals(f.positionQuadrant())),
            count(formations, f -> !f.donneesInserJeunes() && !f.classeCommune()),
            count(formations, Formation::classeCommune),
            positions.size() - (int) avecEffectif,
            sousEffectifMinimum,
            ecartees,
            formations.stream()
                .filter(Formation::trace)
                .mapToInt(f -> Objects.requireNonNull(f.effectifEntree()))
                .sum(),
            effectifTotal);
    return new QuadrantTerritoire(
        selection.territoire(),
        codeRegion,
        niveau,
        selection.codeNsf(),
        selection.millesime(),
        selection.rentreeScolaire(),
        lues.moyenneEmploi(),
        lues.moyennePoursuite(),
        lues.moyenneDevenirFavorable(),
        List.copyOf(formations),
        informations);
  }

  private Donnees read(Selection selection) {
    String codeRegion = Objects.requireNonNull(selection.territoire().codeRegion()).code();
    String niveau = Objects.requireNonNull(selection.codeNiveauDiplome()).code();
    Record3<BigDecimal, BigDecimal, BigDecimal> moyenne =
        dsl.select(
                QuadrantStocke.moyenneEmploi(),
                QuadrantStocke.moyennePoursuite(),
                QuadrantStocke.moyenneDevenirFavorable())
            .from(QuadrantStocke.moyennes())
            .where(QuadrantStocke.millesimeMoyenne().eq(selection.millesime()))
            .and(QuadrantStocke.codeRegionMoyenne().eq(codeRegion))
            .and(QuadrantStocke.codeNiveauDiplomeMoyenne().eq(niveau))
            .fetchOne();
    return new Donnees(
        moyenne == null ? null : moyenne.value1(),
        moyenne == null ? null : moyenne.value2(),
        moyenne == null ? null : moyenne.value3(),
        Map.copyOf(positions(selection, codeRegion, niveau)),
        offres(selection).stream().filter(Offre::avecEffectif).toList());
  }

  private static int count(List<Formation> formations, Predicate<Formation> test) {
    return (int) formations.stream().filter(test).count();
  }

  /**
   * The positions of the région's formations of the niveau (and NSF domain) for the millésime, with
   * their rates of the previous millésime.
   */
  private Map<Cle, Position> positions(Selection selection, String codeRegion, String niveau) {
    QuadrantStocke courante = QuadrantStocke.of();
    QuadrantStocke precedente = QuadrantStocke.as("precedente");
    return dsl
        .select(
            courante.cfd().convert(Cfd.CONVERTER),
            courante.codeDispositif(),
            courante.position(),
            courante.tauxEmploi(),
            courante.tauxPoursuite(),
            courante.tauxDevenirFavorable(),
            precedente.tauxEmploi(),
            precedente.tauxPoursuite())
        .from(courante.positions())
        .join(IdentiteFormation.formations())
        .on(IdentiteFormation.cfd().eq(courante.cfd()))
        .leftJoin(precedente.positions())
        .on(precedente.millesime().eq(Millesime.of(selection.millesime()).precedent().code()))
        .and(precedente.codeRegion().eq(courante.codeRegion()))
        .and(precedente.cfd().eq(courante.cfd()))
        .and(precedente.codeDispositif().eq(courante.codeDispositif()))
        .where(courante.millesime().eq(selection.millesime()))
        .and(courante.codeRegion().eq(codeRegion))
        .and(courante.codeNiveauDiplome().eq(niveau))
        .and(Portee.formations(selection))
        .fetch(Records.mapping(Position::new))
        .stream()
        .collect(
            Collectors.toMap(
                position -> new Cle(position.cfd(), position.codeDispositif()), p -> p));
  }

  /**
   * The offers of the territory per formation: pupils at entry at the rentrée and the one before,
   * wishes per place at the rentrée.
   */
  private List<Offre> offres(Selection selection) {
    String rentree = selection.rentreeScolaire();
    Field<String> rentreeOffre = OffresSommees.rentreeScolaire();
    Condition courante = rentreeOffre.eq(rentree);
    Field<Integer> effectifEntree = Offres.effectifEntree();
    Field<String> cfd = OffresSommees.cfd();
    Field<String> dispositif = OffresSommees.codeDispositif();
    return dsl.select(
            cfd.convert(Cfd.CONVERTER),
            dispositif,
            IdentiteFormation.libelle(),
            IdentiteFormation.libelleDispositif(),
            sum(when(courante, effectifEntree)).cast(SQLDataType.INTEGER),
            sum(when(not(courante), effectifEntree)).cast(SQLDataType.INTEGER),
            PressionOuDemande.PRESSION.agrege(courante),
            PressionOuDemande.DEMANDE.agrege(courante),
            boolOr(Perimetre.classeCommune(cfd)))
        .from(OffresSommees.offres())
        .join(IdentiteEtablissement.etablissements())
        .on(IdentiteEtablissement.uai().eq(OffresSommees.uai()))
        .join(IdentiteFormation.formations())
        .on(IdentiteFormation.cfd().eq(cfd))
        .leftJoin(NomenclaturesFormation.dispositifs())
        .on(NomenclaturesFormation.codeDispositif().eq(dispositif))
        .where(rentreeOffre.in(rentree, RentreeScolaire.of(rentree).precedente().code()))
        .and(Portee.offres(selection))
        .groupBy(
            cfd, dispositif, IdentiteFormation.libelle(), IdentiteFormation.libelleDispositif())
        .fetch(Records.mapping(Offre::new));
  }

  /**
   * A formation with pupils in the territory: its stored position, else "-" for a classe commune
   * and "Hors quadrant" for the others (no InserJeunes counts).
   */
  private static Formation formation(Offre offre, @Nullable Position position) {
    String positionQuadrant =
        position != null
            ? position.position()
            : PositionQuadrant.sansPositionStockee(Boolean.TRUE.equals(offre.classeCommune()))
                .code();
    return new Formation(
        offre.cfd(),
        offre.codeDispositif(),
        offre.libelle(),
        offre.libelleDispositif(),
        position == null ? null : position.emploi(),
        position == null ? null : position.poursuite(),
        position == null ? null : position.devenirFavorable(),
        offre.effectif(),
        positionQuadrant,
        position != null,
        offre.effectifPrecedent(),
        offre.pression(),
        offre.demande(),
        position == null ? null : position.emploiPrecedent(),
        position == null ? null : position.poursuitePrecedente());
  }
}
