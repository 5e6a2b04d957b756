package fr.education.orion.panorama;

import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import fr.education.orion.indicateur.ChiffresOffre;
import fr.education.orion.indicateur.ChomageQueries;
import fr.education.orion.indicateur.ChomageQueries.TauxChomage;
import fr.education.orion.indicateur.CompteursInserJeunes;
import fr.education.orion.indicateur.Offres;
import fr.education.orion.indicateur.OffresSommees;
import fr.education.orion.indicateur.PressionOuDemande;
import fr.education.orion.indicateur.Taux;
import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.ingestion.SelonImports;
import fr.education.orion.referentiel.CodeDepartement;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.IdentiteEtablissement;
import fr.education.orion.referentiel.IdentiteFormation;
import fr.education.orion.referentiel.Perimetre;
import fr.education.orion.referentiel.PerimetreTerritorial;
import fr.education.orion.referentiel.Territoire;
import fr.education.orion.referentiel.Voie;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

/**
 * The key figures of a territory: entry figures from the offers of its établissements, InserJeunes
 * rates from the regional counts, unemployment from INSEE.
 */
@Component
public class IndicateursTerritoireQueries {

  private final DSLContext dsl;
  private final ChomageQueries chomages;
  private final SelonImports<Selection, IndicateursTerritoire> indicateurs;

  IndicateursTerritoireQueries(DSLContext dsl, ChomageQueries chomages, ImportRuns imports) {
    this.dsl = dsl;
    this.chomages = chomages;
    this.indicateurs = new SelonImports<>(imports, this::read);
  }

  /** The key figures of a selection, read once per import (data change only through imports). */
  public IndicateursTerritoire indicateurs(Selection selection) {
    return indicateurs.get(selection);
  }

  private IndicateursTerritoire read(Selection selection) {
    Record entree = entree(selection);
    Record sortie = sortie(selection);
    TauxChomage chomage = chomage(selection).orElse(null);
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
   * pupils enter a spécialité the year after; the pupils of every year count them. Sums over offers
   * without any headcount stay null.
   */
  private Record entree(Selection selection) {
    Field<Integer> effectifEntree = Offres.effectifEntree();
    Condition avecEffectif =
        ChiffresOffre.effectif1()
            .isNotNull()
            .or(ChiffresOffre.effectif2().isNotNull())
            .or(ChiffresOffre.effectif3().isNotNull());
    return dsl.select(
            countDistinct(OffresSommees.cfd(), OffresSommees.codeDispositif()),
            countDistinct(OffresSommees.uai()),
            sum(when(not(Perimetre.classeCommune(OffresSommees.cfd())), effectifEntree))
                .cast(SQLDataType.INTEGER),
            sum(when(avecEffectif, Offres.nombreEleves())).cast(SQLDataType.INTEGER),
            sum(ChiffresOffre.capacite()).cast(SQLDataType.INTEGER),
            Taux.remplissageAgrege(effectifEntree, ChiffresOffre.capacite()),
            PressionOuDemande.PRESSION.agrege(),
            PressionOuDemande.DEMANDE.agrege())
        .from(OffresSommees.offres())
        .join(IdentiteEtablissement.etablissements())
        .on(IdentiteEtablissement.uai().eq(OffresSommees.uai()))
        .join(IdentiteFormation.formations())
        .on(IdentiteFormation.cfd().eq(OffresSommees.cfd()))
        .where(OffresSommees.rentreeScolaire().eq(selection.rentreeScolaire()))
        .and(Portee.offres(selection))
        .fetchSingle();
  }

  /**
   * The three InserJeunes rates of the millésime: Σ counts / Σ counts over the formations of the
   * perimeter in the territory's région, or in every région for the nation, classes communes
   * excluded. Orion's reference also summed the rows a renovated formation carries from its
   * predecessor (the continuum), counting those leavers twice since the predecessor's own row is in
   * the perimeter too; here each leaver counts once.
   */
  private Record sortie(Selection selection) {
    CodeRegion codeRegion = selection.territoire().codeRegion();
    Condition region =
        codeRegion == null
            ? PerimetreTerritorial.regions(CompteursInserJeunes.codeRegion())
            : CompteursInserJeunes.codeRegion().eq(codeRegion.code());
    return dsl.select(
            CompteursInserJeunes.emploi(),
            CompteursInserJeunes.poursuite(),
            CompteursInserJeunes.devenirFavorable())
        .from(CompteursInserJeunes.compteurs())
        .join(IdentiteFormation.formations())
        .on(IdentiteFormation.cfd().eq(CompteursInserJeunes.cfd()))
        .where(CompteursInserJeunes.millesime().eq(selection.millesime()))
        .and(CompteursInserJeunes.voie().eq(Voie.CODE_SCOLAIRE))
        .and(CompteursInserJeunes.cfdContinuum().isNull())
        .and(region)
        .and(Perimetre.scolaire(CompteursInserJeunes.cfd()))
        .and(not(Perimetre.classeCommune(CompteursInserJeunes.cfd())))
        .and(Portee.formations(selection))
        .fetchSingle();
  }

  /** The INSEE unemployment rate of a région or département: none for the nation or an académie. */
  private Optional<TauxChomage> chomage(Selection selection) {
    Territoire territoire = selection.territoire();
    String code = territoire.code();
    return switch (territoire.echelon()) {
      case REGION ->
          chomages.region(
              Objects.requireNonNull(territoire.codeRegion()), selection.rentreeScolaire());
      case DEPARTEMENT ->
          chomages.departement(new CodeDepartement(code), selection.rentreeScolaire());
      case NATION, ACADEMIE -> Optional.empty();
    };
  }
}
