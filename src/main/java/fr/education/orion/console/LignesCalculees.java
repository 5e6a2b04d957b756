package fr.education.orion.console;

import static fr.education.orion.console.ConditionsFiltres.territoire;
import static fr.education.orion.console.ConditionsFiltres.territorial;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;

import fr.education.orion.indicateur.Millesime;
import fr.education.orion.indicateur.OffresSommees;
import fr.education.orion.indicateur.OffresSommees.Sommes;
import fr.education.orion.indicateur.PositionsCalculees;
import fr.education.orion.indicateur.RentreeScolaire;
import fr.education.orion.indicateur.TauxInserJeunes;
import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.ingestion.SelonImports;
import fr.education.orion.referentiel.FormationsSpecifiques;
import fr.education.orion.referentiel.IdentiteEtablissement;
import fr.education.orion.referentiel.IdentiteFormation;
import fr.education.orion.referentiel.Perimetre;
import fr.education.orion.referentiel.PerimetreTerritorial;
import fr.education.orion.referentiel.Secteur;
import fr.education.orion.referentiel.Territoires;
import fr.education.orion.referentiel.Voie;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.SelectField;
import org.jooq.SelectHavingStep;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rows of each console, computed in one SQL query from the fragments of {@code indicateur}
 * (offers summed with their rates, InserJeunes rates, quadrant positions) and {@code referentiel}
 * (formations, établissements, tags): entry figures are sums over the offers of the rows;
 * InserJeunes rates are Σ/Σ of the regional counts (none under 20 leavers), of the territory's
 * régions for a formation, of the établissement's région for an offer; the quadrant position is the
 * stored one of the région (a formation gets one only when the filters select a single région).
 * Every figure of the previous rentrée and millésime comes from the same query, for the evolutions.
 */
@Component
class LignesCalculees {

  static final Name LIGNE = name("ligne");

  private static final Name AGREGE = name("agrege");
  private static final Name PRECEDENT = name("precedent");
  private static final Name IJ = name("ij");
  private static final Name IJ_PRECEDENT = name("ij_precedent");
  private static final Name IJ_UAI = name("ij_uai");
  private static final Name IJ_UAI_PRECEDENT = name("ij_uai_precedent");

  private final DSLContext dsl;
  private final SelonImports<FiltresConsole, Optional<String>> regionsUniques;

  LignesCalculees(DSLContext dsl, ImportRuns imports) {
    this.dsl = dsl;
    this.regionsUniques = new SelonImports<>(imports, this::lireRegionUnique);
  }

  /**
   * The région whose quadrant positions a formation row shows: the single région the territorial
   * filters select, else none (the quadrant compares formations within one région).
   */
  @Nullable String regionUnique(FiltresConsole f) {
    return regionsUniques.get(f).orElse(null);
  }

  private Optional<String> lireRegionUnique(FiltresConsole f) {
    if (!territorial(f)) {
      return Optional.empty();
    }
    List<String> regions =
        dsl.fetch(
                IdentiteEtablissement.regions(territoire(f))
                    .and(IdentiteEtablissement.codeRegion().isNotNull())
                    .limit(2))
            .getValues(0, String.class);
    return regions.size() == 1 ? Optional.of(regions.get(0)) : Optional.empty();
  }

  /**
   * The rows of a console, before the filters on computed fields, as a derived table named {@code
   * ligne} whose columns are the fields of the console's rows.
   */
  Table<?> lignes(Console console, FiltresConsole f) {
    return switch (console) {
      case FORMATIONS -> formations(f);
      case ETABLISSEMENTS -> etablissements(f, false);
    };
  }

  /**
   * The columns of a console's rows, in order, named and typed as its query gives them (built for a
   * sample year, never run): the snapshot's columns and the API's description of a row.
   */
  List<Field<?>> colonnes(Console console) {
    FiltresConsole exemple =
        FiltresConsole.aucun().pourRentrees(List.of("2020")).pourMillesime("2020_2021");
    return List.of(lignes(console, exemple).fields());
  }

  /**
   * The formations console: one row per formation and dispositif of the voie scolaire's offers and
   * the apprenticeship's, summed over the territory; its InserJeunes rates are those of the voie
   * scolaire in the territory's régions (every région of the perimeter without a territorial
   * filter).
   */
  Table<?> formations(FiltresConsole f) {
    Annees annees = Annees.de(f);
    OffresDesLignes offres =
        offres(
            f,
            annees,
            List.of(
                OffresSommees.rentreeScolaire(),
                OffresSommees.cfd(),
                OffresSommees.codeDispositif()));
    Field<String> rentree = offres.cle(OffresSommees.rentreeScolaire());
    Field<String> cfd = offres.cle(OffresSommees.cfd());
    Field<String> dispositif = offres.cle(OffresSommees.codeDispositif());
    Field<String> region = inline(regionUnique(f), SQLDataType.VARCHAR(2));
    // The territory's régions, every région of the perimeter without a territorial filter.
    boolean territorial = territorial(f);
    Function<Field<String>, Condition> regions =
        territorial
            ? r -> r.in(IdentiteEtablissement.regions(territoire(f)))
            : PerimetreTerritorial::regions;
    TauxInserJeunes ij =
        TauxInserJeunes.parFormation(annees.millesimes(), Voie.CODE_SCOLAIRE, regions, IJ);
    TauxInserJeunes ijp =
        TauxInserJeunes.parFormation(
            annees.millesimes(), Voie.CODE_SCOLAIRE, regions, IJ_PRECEDENT);
    Field<String> dispositifInserJeunes =
        TauxInserJeunes.dispositifPublie(inline(Voie.CODE_SCOLAIRE), dispositif);
    Function<Field<String>, Condition> regionsDesActions =
        territorial ? regions : r -> noCondition();

    List<SelectField<?>> champs = new ArrayList<>();
    champs.add(rentree.as("rentreeScolaire"));
    champs.addAll(
        ColonnesLignes.formation(
            cfd,
            dispositif,
            FormationsSpecifiques.actionPrioritaire(cfd, dispositif, regionsDesActions)));
    champs.addAll(ColonnesLignes.entree(offres.sommes(), offres.precedentes()));
    champs.add(inline(annees.millesime()).as("millesimeSortie"));
    champs.addAll(ColonnesLignes.sortie(ij, ijp, ""));
    champs.add(ColonnesLignes.positionQuadrant(region, cfd));

    Table<?> source =
        IdentiteFormation.joindre(offres.jointes(), cfd, dispositif)
            .leftJoin(ij.table())
            .on(memeFormation(ij, annees.millesime(), cfd, dispositifInserJeunes))
            .leftJoin(ijp.table())
            .on(memeFormation(ijp, annees.millesimePrecedent(), cfd, dispositifInserJeunes))
            .leftJoin(PositionsCalculees.positions())
            .on(PositionsCalculees.de(annees.millesime(), region, cfd, dispositif));
    return dsl.select(champs)
        .from(source)
        .where(rentree.in(f.rentreeScolaire()))
        .and(ConditionsFiltres.rechercheFormation(f))
        .asTable(LIGNE);
  }

  /**
   * The établissements console: one row per offer (établissement, voie, formation, dispositif); its
   * own InserJeunes rates are the établissement's counts, beside those of its région. With {@code
   * colonnesDeFiltre}, the rows also have the columns that {@link InstantaneConsole} filters on.
   */
  Table<?> etablissements(FiltresConsole f, boolean colonnesDeFiltre) {
    Annees annees = Annees.de(f);
    OffresDesLignes offres =
        offres(
            f,
            annees,
            List.of(
                OffresSommees.rentreeScolaire(),
                OffresSommees.uai(),
                OffresSommees.voie(),
                OffresSommees.cfd(),
                OffresSommees.codeDispositif()));
    Field<String> rentree = offres.cle(OffresSommees.rentreeScolaire());
    Field<String> uai = offres.cle(OffresSommees.uai());
    Field<String> voie = offres.cle(OffresSommees.voie());
    Field<String> cfd = offres.cle(OffresSommees.cfd());
    Field<String> dispositif = offres.cle(OffresSommees.codeDispositif());
    Field<String> region = IdentiteEtablissement.codeRegion();
    TauxInserJeunes ij = TauxInserJeunes.parRegion(annees.millesimes(), IJ);
    TauxInserJeunes ijp = TauxInserJeunes.parRegion(annees.millesimes(), IJ_PRECEDENT);
    TauxInserJeunes propres = TauxInserJeunes.parUai(IJ_UAI);
    TauxInserJeunes propresAvant = TauxInserJeunes.parUai(IJ_UAI_PRECEDENT);
    Field<String> dispositifInserJeunes = TauxInserJeunes.dispositifPublie(voie, dispositif);

    List<SelectField<?>> champs = new ArrayList<>();
    champs.add(rentree.as("rentreeScolaire"));
    champs.add(uai.as("uai"));
    champs.add(IdentiteEtablissement.libelle().as("libelleEtablissement"));
    champs.add(IdentiteEtablissement.commune().as("commune"));
    champs.add(IdentiteEtablissement.codeDepartement().as("codeDepartement"));
    champs.add(
        Territoires.libelleDepartement(IdentiteEtablissement.codeDepartement())
            .as("libelleDepartement"));
    champs.add(region.as("codeRegion"));
    champs.add(Territoires.libelleRegion(region).as("libelleRegion"));
    champs.add(IdentiteEtablissement.secteur().as("secteur"));
    champs.add(Secteur.libelleEnSql(IdentiteEtablissement.secteur()).as("libelleSecteur"));
    champs.add(voie.as("voie"));
    champs.add(Voie.libelleEnSql(voie).as("libelleVoie"));
    champs.addAll(
        ColonnesLignes.formation(
            cfd,
            dispositif,
            FormationsSpecifiques.actionPrioritaire(cfd, dispositif, r -> r.eq(region))));
    champs.addAll(ColonnesLignes.entree(offres.sommes(), offres.precedentes()));
    champs.add(inline(annees.millesime()).as("millesimeSortie"));
    champs.addAll(ColonnesLignes.sortie(propres, propresAvant, ""));
    champs.add(ColonnesLignes.positionQuadrant(region, cfd));
    champs.addAll(ColonnesLignes.sortie(ij, ijp, "Regional"));
    champs.add(TauxInserJeunes.valeurAjoutee(uai, voie, annees.millesime()).as("valeurAjoutee"));
    champs.add(
        TauxInserJeunes.valeurAjoutee(uai, voie, annees.millesimePrecedent())
            .as("valeurAjouteePrecedente"));
    if (colonnesDeFiltre) {
      champs.add(IdentiteEtablissement.codeAcademie().as(InstantaneConsole.ACADEMIE));
      champs.add(IdentiteFormation.cfdFamille().as(InstantaneConsole.FAMILLE));
      champs.add(field(Perimetre.classeCommune(cfd)).as(InstantaneConsole.CLASSE_COMMUNE));
      champs.add(IdentiteFormation.recherche().as(InstantaneConsole.RECHERCHE_FORMATION));
      champs.add(IdentiteEtablissement.recherche().as(InstantaneConsole.RECHERCHE_ETABLISSEMENT));
    }

    Table<?> source =
        IdentiteFormation.joindre(offres.jointes(), cfd, dispositif)
            .leftJoin(IdentiteEtablissement.etablissements())
            .on(IdentiteEtablissement.uai().eq(uai))
            .leftJoin(ij.table())
            .on(
                memeFormation(ij, annees.millesime(), cfd, dispositifInserJeunes)
                    .and(ij.codeRegion().eq(region))
                    .and(ij.voie().eq(voie)))
            .leftJoin(ijp.table())
            .on(
                memeFormation(ijp, annees.millesimePrecedent(), cfd, dispositifInserJeunes)
                    .and(ijp.codeRegion().eq(region))
                    .and(ijp.voie().eq(voie)))
            .leftJoin(PositionsCalculees.positions())
            .on(PositionsCalculees.de(annees.millesime(), region, cfd, dispositif))
            .leftJoin(propres.table())
            .on(memeOffre(propres, annees.millesime(), uai, voie, cfd, dispositifInserJeunes))
            .leftJoin(propresAvant.table())
            .on(
                memeOffre(
                    propresAvant,
                    annees.millesimePrecedent(),
                    uai,
                    voie,
                    cfd,
                    dispositifInserJeunes));
    return dsl.select(champs)
        .from(source)
        .where(rentree.in(f.rentreeScolaire()))
        .and(ConditionsFiltres.rechercheOffre(f))
        .asTable(LIGNE);
  }

  /**
   * The rentrées and millésimes a request reads: its rentrées and the ones before, its millésime
   * and the one before.
   */
  private record Annees(Set<String> rentrees, String millesime, String millesimePrecedent) {

    static Annees de(FiltresConsole f) {
      String millesime = Objects.requireNonNull(f.millesime());
      Set<String> rentrees = new LinkedHashSet<>(f.rentreeScolaire());
      f.rentreeScolaire().forEach(r -> rentrees.add(RentreeScolaire.of(r).precedente().code()));
      return new Annees(rentrees, millesime, Millesime.of(millesime).precedent().code());
    }

    List<String> millesimes() {
      return List.of(millesime, millesimePrecedent);
    }
  }

  /**
   * The offers of the filters summed per row key ({@code sommes}), joined to the same sums one
   * rentrée earlier ({@code precedentes}): {@link #jointes()} is the source the rows start from.
   */
  private record OffresDesLignes(Sommes sommes, Sommes precedentes, List<Field<String>> cles) {

    Field<String> cle(Field<String> champDesOffres) {
      return sommes.cle(champDesOffres);
    }

    /** The sums at each rentrée, beside the sums of the same key at the rentrée before. */
    Table<?> jointes() {
      Field<String> rentree = cle(OffresSommees.rentreeScolaire());
      Condition memeLigne =
          precedentes.cle(OffresSommees.rentreeScolaire()).eq(rentreePrecedente(rentree));
      for (Field<String> cle : cles.subList(1, cles.size())) {
        memeLigne = memeLigne.and(precedentes.cle(cle).eq(sommes.cle(cle)));
      }
      return sommes.table().leftJoin(precedentes.table()).on(memeLigne);
    }

    private static Field<String> rentreePrecedente(Field<String> rentree) {
      return rentree.cast(SQLDataType.INTEGER).minus(1).cast(SQLDataType.VARCHAR(4));
    }
  }

  /**
   * The offers of the filters at the request's rentrées and the ones before, summed per {@code
   * cles} (the rentrée first), joined to their établissement and formation for the filters.
   */
  private OffresDesLignes offres(FiltresConsole f, Annees annees, List<Field<String>> cles) {
    List<SelectField<?>> champs = new ArrayList<>(cles);
    champs.addAll(OffresSommees.sommes());
    SelectHavingStep<?> sommees =
        dsl.select(champs)
            .from(OffresSommees.offres())
            .leftJoin(IdentiteEtablissement.etablissements())
            .on(IdentiteEtablissement.uai().eq(OffresSommees.uai()))
            .join(IdentiteFormation.formations())
            .on(IdentiteFormation.cfd().eq(OffresSommees.cfd()))
            .where(OffresSommees.rentreeScolaire().in(annees.rentrees()))
            .and(ConditionsFiltres.offres(f))
            .groupBy(cles);
    return new OffresDesLignes(
        new Sommes(sommees.asTable(AGREGE)), new Sommes(sommees.asTable(PRECEDENT)), cles);
  }

  /** The row of a table of InserJeunes rates of a formation, for a millésime. */
  private static Condition memeFormation(
      TauxInserJeunes taux, String millesime, Field<String> cfd, Field<String> dispositif) {
    return taux.millesime()
        .eq(millesime)
        .and(taux.cfd().eq(cfd))
        .and(taux.codeDispositif().eq(dispositif));
  }

  /** The row of a table of InserJeunes rates per établissement that matches an offer. */
  private static Condition memeOffre(
      TauxInserJeunes taux,
      String millesime,
      Field<String> uai,
      Field<String> voie,
      Field<String> cfd,
      Field<String> dispositif) {
    return taux.millesime()
        .eq(millesime)
        .and(taux.uai().eq(uai))
        .and(taux.voie().eq(voie))
        .and(taux.cfd().eq(cfd))
        .and(taux.codeDispositif().eq(dispositif));
  }
}
