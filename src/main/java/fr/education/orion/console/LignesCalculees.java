package fr.education.orion.console;

import static fr.education.orion.schema.Tables.ACTION_PRIORITAIRE;
import static fr.education.orion.schema.Tables.DISPOSITIF;
import static fr.education.orion.schema.Tables.ETABLISSEMENT;
import static fr.education.orion.schema.Tables.FAMILLE_METIER;
import static fr.education.orion.schema.Tables.FORMATION;
import static fr.education.orion.schema.Tables.FORMATION_ROME;
import static fr.education.orion.schema.Tables.INSERJEUNES_ETABLISSEMENT;
import static fr.education.orion.schema.Tables.INSERJEUNES_FORMATION_REGION;
import static fr.education.orion.schema.Tables.INSERJEUNES_UAI;
import static fr.education.orion.schema.Tables.MEF;
import static fr.education.orion.schema.Tables.NIVEAU_DIPLOME;
import static fr.education.orion.schema.Tables.NSF_GROUPE;
import static fr.education.orion.schema.Tables.OFFRE;
import static fr.education.orion.schema.Tables.QUADRANT_POSITION;
import static fr.education.orion.schema.Tables.ROME;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import fr.education.orion.indicateur.Millesime;
import fr.education.orion.indicateur.Offres;
import fr.education.orion.indicateur.RentreeScolaire;
import fr.education.orion.indicateur.Taux;
import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.ingestion.SelonImports;
import fr.education.orion.referentiel.Perimetre;
import fr.education.orion.referentiel.PerimetreTerritorial;
import fr.education.orion.referentiel.Recherche;
import fr.education.orion.referentiel.Secteur;
import fr.education.orion.referentiel.Territoires;
import fr.education.orion.referentiel.TypeFamille;
import fr.education.orion.referentiel.Voie;
import fr.education.orion.system.Like;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SelectHavingStep;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Computes the rows of the consoles from the offers, the référentiel and the InserJeunes counts, in
 * one SQL query. Entry figures are sums over the offers of the rows (reference-data §3.2–3.6, rates
 * from {@link Taux}: Σ/Σ over the offers where both sides are known); InserJeunes rates are Σ/Σ of
 * the regional counts (§3.7, threshold 20), of the territory's régions for a formation, of the
 * établissement's région for an offer; the quadrant position is the stored one of the région (a
 * formation gets one only when the filters select a single région). Every figure of the previous
 * rentrée and millésime comes from the same query, for the evolutions.
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
        dsl.selectDistinct(ETABLISSEMENT.CODE_REGION)
            .from(ETABLISSEMENT)
            .where(territoire(f))
            .and(ETABLISSEMENT.CODE_REGION.isNotNull())
            .limit(2)
            .fetch(ETABLISSEMENT.CODE_REGION);
    return regions.size() == 1 ? Optional.of(regions.get(0)) : Optional.empty();
  }

  /**
   * The rows of a console, before the filters on computed fields, as a derived table named {@code
   * ligne} whose columns are the components of the console's row record. With {@code
   * colonnesDeFiltre}, the établissements console also has the columns that {@link
   * InstantaneConsole} filters on.
   */
  Table<?> lignes(Console console, FiltresConsole f, boolean colonnesDeFiltre) {
    boolean parOffre = console == Console.ETABLISSEMENTS;
    String millesime = java.util.Objects.requireNonNull(f.millesime());
    String millesimePrecedent = Millesime.of(millesime).precedent().code();
    Set<String> rentrees = new LinkedHashSet<>(f.rentreeScolaire());
    f.rentreeScolaire().forEach(r -> rentrees.add(RentreeScolaire.of(r).precedente().code()));

    // 1. The offers of the filters, summed per row key, at the rentrées and the ones before.
    List<Field<?>> cles = new ArrayList<>(List.of(OFFRE.RENTREE_SCOLAIRE));
    if (parOffre) {
      cles.add(OFFRE.UAI);
      cles.add(OFFRE.VOIE);
    }
    cles.add(OFFRE.CFD);
    cles.add(OFFRE.CODE_DISPOSITIF);
    Field<Integer> effectifEntree = Offres.effectifEntree();
    Condition bts = Offres.bts();
    List<SelectField<?>> agreges = new ArrayList<>(cles);
    agreges.add(countDistinct(OFFRE.UAI).as("nb_etablissements"));
    agreges.add(sum(OFFRE.EFFECTIF_1).cast(SQLDataType.INTEGER).as("effectif_1"));
    agreges.add(sum(OFFRE.EFFECTIF_2).cast(SQLDataType.INTEGER).as("effectif_2"));
    agreges.add(sum(OFFRE.EFFECTIF_3).cast(SQLDataType.INTEGER).as("effectif_3"));
    agreges.add(sum(effectifEntree).cast(SQLDataType.INTEGER).as("effectif_entree"));
    agreges.add(sum(OFFRE.CAPACITE).cast(SQLDataType.INTEGER).as("capacite"));
    agreges.add(sum(OFFRE.PREMIERS_VOEUX).cast(SQLDataType.INTEGER).as("premiers_voeux"));
    agreges.add(
        Taux.voeuxParPlaceAgreges(
                when(not(bts), OFFRE.PREMIERS_VOEUX), when(not(bts), OFFRE.CAPACITE))
            .as("taux_pression"));
    agreges.add(
        Taux.voeuxParPlaceAgreges(when(bts, OFFRE.PREMIERS_VOEUX), when(bts, OFFRE.CAPACITE))
            .as("taux_demande"));
    agreges.add(Taux.remplissageAgrege(effectifEntree, OFFRE.CAPACITE).as("taux_remplissage"));
    SelectHavingStep<Record> agrege =
        dsl.select(agreges)
            .from(OFFRE)
            .leftJoin(ETABLISSEMENT)
            .on(ETABLISSEMENT.UAI.eq(OFFRE.UAI))
            .join(FORMATION)
            .on(FORMATION.CFD.eq(OFFRE.CFD))
            .where(OFFRE.RENTREE_SCOLAIRE.in(rentrees))
            .and(offres(f))
            .groupBy(cles);
    Table<?> a = agrege.asTable(AGREGE);
    Table<?> p = agrege.asTable(PRECEDENT);

    // 2. The regional InserJeunes counts of the millésime and the one before, per row key.
    Table<?> ij = inserJeunesRegion(parOffre, f, IJ);
    Table<?> ijp = inserJeunesRegion(parOffre, f, IJ_PRECEDENT);

    Field<String> rentree = a.field(OFFRE.RENTREE_SCOLAIRE);
    Field<String> cfd = a.field(OFFRE.CFD);
    Field<String> dispositif = a.field(OFFRE.CODE_DISPOSITIF);
    Field<String> uai = parOffre ? a.field(OFFRE.UAI) : inline((String) null);
    Field<String> voie = parOffre ? a.field(OFFRE.VOIE) : inline(Voie.CODE_SCOLAIRE);
    String regionUnique = parOffre ? null : regionUnique(f);
    Field<String> region =
        parOffre ? ETABLISSEMENT.CODE_REGION : inline(regionUnique, SQLDataType.VARCHAR(2));
    // InserJeunes publishes apprenticeship counts per CFD, without a dispositif.
    Field<String> dispositifInserJeunes =
        when(voie.eq(inline(Voie.CODE_APPRENTISSAGE)), inline("")).otherwise(dispositif);

    Condition memeLigne = p.field(OFFRE.RENTREE_SCOLAIRE).eq(precedente(rentree));
    for (Field<?> cle : cles.subList(1, cles.size())) {
      memeLigne = memeLigne.and(egal(p.field(cle), a.field(cle)));
    }

    List<SelectField<?>> champs = new ArrayList<>();
    champs.add(rentree.as("rentreeScolaire"));
    if (parOffre) {
      champs.add(uai.as("uai"));
      champs.add(ETABLISSEMENT.LIBELLE.as("libelleEtablissement"));
      champs.add(ETABLISSEMENT.COMMUNE.as("commune"));
      champs.add(ETABLISSEMENT.CODE_DEPARTEMENT.as("codeDepartement"));
      champs.add(
          Territoires.libelleDepartement(ETABLISSEMENT.CODE_DEPARTEMENT).as("libelleDepartement"));
      champs.add(ETABLISSEMENT.CODE_REGION.as("codeRegion"));
      champs.add(Territoires.libelleRegion(ETABLISSEMENT.CODE_REGION).as("libelleRegion"));
      champs.add(ETABLISSEMENT.SECTEUR.as("secteur"));
      champs.add(Secteur.libelleEnSql(ETABLISSEMENT.SECTEUR).as("libelleSecteur"));
      champs.add(voie.as("voie"));
      champs.add(Voie.libelleEnSql(voie).as("libelleVoie"));
    }
    champs.add(cfd.as("cfd"));
    champs.add(dispositif.as("codeDispositif"));
    champs.add(FORMATION.LIBELLE.as("libelleFormation"));
    champs.add(DISPOSITIF.LIBELLE.as("libelleDispositif"));
    champs.add(FORMATION.CODE_NIVEAU_DIPLOME.as("codeNiveauDiplome"));
    champs.add(NIVEAU_DIPLOME.LIBELLE.as("libelleNiveauDiplome"));
    champs.add(FORMATION.CODE_NSF.as("codeNsf"));
    champs.add(coalesce(NSF_GROUPE.LIBELLE_EDITION, NSF_GROUPE.LIBELLE).as("libelleNsf"));
    champs.add(FAMILLE_METIER.LIBELLE_FAMILLE.as("libelleFamille"));
    champs.add(Perimetre.typeFamille(cfd).as("typeFamille"));
    champs.add(TypeFamille.libelleEnSql(Perimetre.typeFamille(cfd)).as("libelleTypeFamille"));
    champs.add(
        field(actionPrioritaire(cfd, dispositif, parOffre, region, f)).as("actionPrioritaire"));
    champs.add(field(transition(cfd, ROME.TRANSITION_ECOLOGIQUE)).as("transitionEcologique"));
    champs.add(field(transition(cfd, ROME.TRANSITION_NUMERIQUE)).as("transitionNumerique"));
    champs.add(field(transition(cfd, ROME.TRANSITION_DEMOGRAPHIQUE)).as("transitionDemographique"));
    champs.add(a.field("nb_etablissements", Integer.class).as("nbEtablissements"));
    champs.add(a.field("effectif_1", Integer.class).as("effectif1"));
    champs.add(a.field("effectif_2", Integer.class).as("effectif2"));
    champs.add(a.field("effectif_3", Integer.class).as("effectif3"));
    champs.add(a.field("effectif_entree", Integer.class).as("effectifEntree"));
    champs.add(p.field("effectif_entree", Integer.class).as("effectifEntreePrecedent"));
    champs.add(a.field("capacite", Integer.class).as("capacite"));
    champs.add(p.field("capacite", Integer.class).as("capacitePrecedente"));
    champs.add(a.field("premiers_voeux", Integer.class).as("premiersVoeux"));
    champs.add(a.field("taux_pression", BigDecimal.class).as("tauxPression"));
    champs.add(p.field("taux_pression", BigDecimal.class).as("tauxPressionPrecedent"));
    champs.add(a.field("taux_demande", BigDecimal.class).as("tauxDemande"));
    champs.add(p.field("taux_demande", BigDecimal.class).as("tauxDemandePrecedent"));
    champs.add(a.field("taux_remplissage", BigDecimal.class).as("tauxRemplissage"));
    champs.add(p.field("taux_remplissage", BigDecimal.class).as("tauxRemplissagePrecedent"));
    champs.add(inline(millesime).as("millesimeSortie"));
    // An offer's own rates come from the InserJeunes counts of its établissement; a formation's
    // are its régions'.
    Table<?> propres = parOffre ? inserJeunesUai(IJ_UAI) : ij;
    Table<?> propresAvant = parOffre ? inserJeunesUai(IJ_UAI_PRECEDENT) : ijp;
    champs.add(propres.field("emploi", BigDecimal.class).as("tauxInsertion6mois"));
    champs.add(propresAvant.field("emploi", BigDecimal.class).as("tauxInsertion6moisPrecedent"));
    champs.add(propres.field("poursuite", BigDecimal.class).as("tauxPoursuite"));
    champs.add(propresAvant.field("poursuite", BigDecimal.class).as("tauxPoursuitePrecedent"));
    champs.add(propres.field("devenir", BigDecimal.class).as("tauxDevenirFavorable"));
    champs.add(propresAvant.field("devenir", BigDecimal.class).as("tauxDevenirFavorablePrecedent"));
    champs.add(
        coalesce(
                QUADRANT_POSITION.POSITION,
                when(region.isNull(), inline((String) null))
                    .when(Perimetre.classeCommune(cfd), inline("-"))
                    .otherwise(inline("Hors quadrant")))
            .as("positionQuadrant"));
    if (parOffre) {
      champs.add(ij.field("emploi", BigDecimal.class).as("tauxInsertion6moisRegional"));
      champs.add(ijp.field("emploi", BigDecimal.class).as("tauxInsertion6moisRegionalPrecedent"));
      champs.add(ij.field("poursuite", BigDecimal.class).as("tauxPoursuiteRegional"));
      champs.add(ijp.field("poursuite", BigDecimal.class).as("tauxPoursuiteRegionalPrecedent"));
      champs.add(ij.field("devenir", BigDecimal.class).as("tauxDevenirFavorableRegional"));
      champs.add(
          ijp.field("devenir", BigDecimal.class).as("tauxDevenirFavorableRegionalPrecedent"));
      champs.add(field(valeurAjoutee(uai, voie, millesime)).as("valeurAjoutee"));
      champs.add(field(valeurAjoutee(uai, voie, millesimePrecedent)).as("valeurAjouteePrecedente"));
      if (colonnesDeFiltre) {
        champs.add(ETABLISSEMENT.CODE_ACADEMIE.as(InstantaneConsole.ACADEMIE));
        champs.add(FAMILLE_METIER.CFD_FAMILLE.as(InstantaneConsole.FAMILLE));
        champs.add(field(Perimetre.classeCommune(cfd)).as(InstantaneConsole.CLASSE_COMMUNE));
        champs.add(FORMATION.RECHERCHE.as(InstantaneConsole.RECHERCHE_FORMATION));
        champs.add(ETABLISSEMENT.RECHERCHE.as(InstantaneConsole.RECHERCHE_ETABLISSEMENT));
      }
    }

    Condition ijLigne =
        ij.field(INSERJEUNES_FORMATION_REGION.MILLESIME)
            .eq(millesime)
            .and(ij.field(INSERJEUNES_FORMATION_REGION.CFD).eq(cfd))
            .and(ij.field(INSERJEUNES_FORMATION_REGION.CODE_DISPOSITIF).eq(dispositifInserJeunes));
    Condition ijpLigne =
        ijp.field(INSERJEUNES_FORMATION_REGION.MILLESIME)
            .eq(millesimePrecedent)
            .and(ijp.field(INSERJEUNES_FORMATION_REGION.CFD).eq(cfd))
            .and(ijp.field(INSERJEUNES_FORMATION_REGION.CODE_DISPOSITIF).eq(dispositifInserJeunes));
    if (parOffre) {
      ijLigne =
          ijLigne
              .and(ij.field(INSERJEUNES_FORMATION_REGION.CODE_REGION).eq(region))
              .and(ij.field(INSERJEUNES_FORMATION_REGION.VOIE).eq(voie));
      ijpLigne =
          ijpLigne
              .and(ijp.field(INSERJEUNES_FORMATION_REGION.CODE_REGION).eq(region))
              .and(ijp.field(INSERJEUNES_FORMATION_REGION.VOIE).eq(voie));
    }

    Table<?> source =
        a.leftJoin(p)
            .on(memeLigne)
            .leftJoin(FORMATION)
            .on(FORMATION.CFD.eq(cfd))
            .leftJoin(DISPOSITIF)
            .on(DISPOSITIF.CODE_DISPOSITIF.eq(dispositif))
            .leftJoin(NIVEAU_DIPLOME)
            .on(NIVEAU_DIPLOME.CODE_NIVEAU_DIPLOME.eq(FORMATION.CODE_NIVEAU_DIPLOME))
            .leftJoin(NSF_GROUPE)
            .on(NSF_GROUPE.CODE_NSF.eq(FORMATION.CODE_NSF))
            .leftJoin(FAMILLE_METIER)
            .on(FAMILLE_METIER.CFD.eq(cfd));
    if (parOffre) {
      source = source.leftJoin(ETABLISSEMENT).on(ETABLISSEMENT.UAI.eq(uai));
    }
    source =
        source
            .leftJoin(ij)
            .on(ijLigne)
            .leftJoin(ijp)
            .on(ijpLigne)
            .leftJoin(QUADRANT_POSITION)
            .on(QUADRANT_POSITION.MILLESIME.eq(millesime))
            .and(QUADRANT_POSITION.CODE_REGION.eq(region))
            .and(QUADRANT_POSITION.CFD.eq(cfd))
            .and(QUADRANT_POSITION.CODE_DISPOSITIF.eq(dispositif));
    if (parOffre) {
      source =
          source
              .leftJoin(propres)
              .on(memeOffre(propres, millesime, uai, voie, cfd, dispositifInserJeunes))
              .leftJoin(propresAvant)
              .on(
                  memeOffre(
                      propresAvant, millesimePrecedent, uai, voie, cfd, dispositifInserJeunes));
    }
    var requete = dsl.select(champs).from(source);
    return requete
        .where(rentree.in(f.rentreeScolaire()))
        .and(recherche(f, parOffre))
        .asTable(LIGNE);
  }

  /**
   * The offers the consoles show: every apprenticeship offer (the catalogue is read within the
   * perimeter), the offers of the voie scolaire of the formations of the perimeter. The filters'
   * choices ({@link OptionsQueries}) are read from the same offers.
   */
  static Condition offresDuPerimetre() {
    return OFFRE.VOIE.eq(inline(Voie.CODE_APPRENTISSAGE)).or(Perimetre.scolaire(OFFRE.CFD));
  }

  /** Conditions on the offers (joined to their établissement and formation) of the filters. */
  private static Condition offres(FiltresConsole f) {
    Condition c =
        offresDuPerimetre()
            .and(
                PerimetreTerritorial.contient(
                    ETABLISSEMENT.CODE_REGION,
                    ETABLISSEMENT.CODE_ACADEMIE,
                    ETABLISSEMENT.CODE_DEPARTEMENT))
            .and(territoire(f))
            .and(parmi(FORMATION.CODE_NIVEAU_DIPLOME, f.codeNiveauDiplome()))
            .and(parmi(FORMATION.CODE_NSF, f.codeNsf()))
            .and(parmi(OFFRE.CODE_DISPOSITIF, f.codeDispositif()))
            .and(parmi(OFFRE.CFD, f.cfd()))
            .and(parmi(OFFRE.VOIE, f.voie()));
    if (!f.cfdFamille().isEmpty()) {
      c =
          c.and(
              OFFRE.CFD.in(
                  select(FAMILLE_METIER.CFD)
                      .from(FAMILLE_METIER)
                      .where(FAMILLE_METIER.CFD_FAMILLE.in(f.cfdFamille()))));
    }
    if (!f.avecClassesCommunes()) {
      c = c.and(not(Perimetre.classeCommune(OFFRE.CFD)));
    }
    return c;
  }

  private static boolean territorial(FiltresConsole f) {
    return !(f.codeRegion().isEmpty()
        && f.codeAcademie().isEmpty()
        && f.codeDepartement().isEmpty()
        && f.commune().isEmpty()
        && f.uai().isEmpty()
        && f.secteur().isEmpty());
  }

  /** Conditions on {@code etablissement} of the territorial filters. */
  private static Condition territoire(FiltresConsole f) {
    Condition c =
        parmi(ETABLISSEMENT.CODE_REGION, f.codeRegion())
            .and(parmi(ETABLISSEMENT.CODE_ACADEMIE, f.codeAcademie()))
            .and(parmi(ETABLISSEMENT.CODE_DEPARTEMENT, f.codeDepartement()))
            .and(parmi(ETABLISSEMENT.UAI, f.uai()))
            .and(parmi(ETABLISSEMENT.SECTEUR, f.secteur()));
    if (!f.commune().isEmpty()) {
      c =
          c.and(
              org.jooq
                  .impl
                  .DSL
                  .upper(ETABLISSEMENT.COMMUNE)
                  .in(
                      f.commune().stream()
                          .map(v -> v.toUpperCase(java.util.Locale.FRANCE))
                          .toList()));
    }
    return c;
  }

  /**
   * The regional InserJeunes counts summed per formation (per région, voie and formation for the
   * établissements console), voie scolaire only for the formations console, with the three rates. A
   * formation's rows cover the régions of the territorial filters, every région of the perimeter
   * without any.
   */
  private Table<?> inserJeunesRegion(boolean parOffre, FiltresConsole f, Name nom) {
    var ij = INSERJEUNES_FORMATION_REGION;
    List<Field<?>> cles = new ArrayList<>(List.of(ij.MILLESIME));
    if (parOffre) {
      cles.add(ij.CODE_REGION);
      cles.add(ij.VOIE);
    }
    cles.add(ij.CFD);
    cles.add(ij.CODE_DISPOSITIF);
    List<SelectField<?>> champs = new ArrayList<>(cles);
    champs.add(Taux.emploi6mois(ij.NB_EN_EMPLOI_6_MOIS, ij.NB_SORTANT).as("emploi"));
    champs.add(Taux.poursuite(ij.NB_POURSUITE_ETUDES, ij.NB_ANNEE_TERM).as("poursuite"));
    champs.add(
        Taux.devenirFavorable(ij.NB_POURSUITE_ETUDES, ij.NB_EN_EMPLOI_6_MOIS, ij.NB_ANNEE_TERM)
            .as("devenir"));
    Condition regions =
        parOffre || !territorial(f)
            ? PerimetreTerritorial.regions(ij.CODE_REGION)
            : ij.CODE_REGION.in(
                selectDistinct(ETABLISSEMENT.CODE_REGION).from(ETABLISSEMENT).where(territoire(f)));
    String millesime = java.util.Objects.requireNonNull(f.millesime());
    return dsl.select(champs)
        .from(ij)
        .where(ij.MILLESIME.in(millesime, Millesime.of(millesime).precedent().code()))
        .and(parOffre ? noCondition() : ij.VOIE.eq(Voie.CODE_SCOLAIRE))
        .and(regions)
        .groupBy(cles)
        .asTable(nom);
  }

  /**
   * The InserJeunes counts of each établissement's formations, summed per formation: voie scolaire
   * rows are keyed by the MEFSTAT11 of the final year, which N_MEF maps to a CFD and dispositif (as
   * {@code IndicateurQueries} does); apprenticeship rows by CFD, without dispositif.
   */
  private Table<?> inserJeunesUai(Name nom) {
    var iu = INSERJEUNES_UAI;
    Table<?> mefs =
        selectDistinct(MEF.MEFSTAT11, MEF.CFD, MEF.CODE_DISPOSITIF)
            .from(MEF)
            .where(MEF.MEFSTAT11.isNotNull())
            .asTable("mefs");
    Field<String> cfd =
        coalesce(
            mefs.field(MEF.CFD),
            when(iu.VOIE.eq(inline(Voie.CODE_APPRENTISSAGE)), iu.CODE_FORMATION));
    Field<String> dispositif = coalesce(mefs.field(MEF.CODE_DISPOSITIF), inline(""));
    return dsl.select(
            iu.MILLESIME,
            iu.UAI,
            iu.VOIE,
            cfd.as("cfd"),
            dispositif.as("code_dispositif"),
            Taux.emploi6mois(iu.NB_EN_EMPLOI_6_MOIS, iu.NB_SORTANT).as("emploi"),
            Taux.poursuite(iu.NB_POURSUITE_ETUDES, iu.NB_ANNEE_TERM).as("poursuite"),
            Taux.devenirFavorable(iu.NB_POURSUITE_ETUDES, iu.NB_EN_EMPLOI_6_MOIS, iu.NB_ANNEE_TERM)
                .as("devenir"))
        .from(iu)
        .leftJoin(mefs)
        .on(iu.VOIE.eq(inline(Voie.CODE_SCOLAIRE)))
        .and(mefs.field(MEF.MEFSTAT11).eq(iu.CODE_FORMATION))
        .groupBy(iu.MILLESIME, iu.UAI, iu.VOIE, cfd, dispositif)
        .asTable(nom);
  }

  /** The row of a table of InserJeunes counts per établissement that matches an offer. */
  private static Condition memeOffre(
      Table<?> iju,
      String millesime,
      Field<String> uai,
      Field<String> voie,
      Field<String> cfd,
      Field<String> dispositif) {
    return iju.field("millesime", String.class)
        .eq(millesime)
        .and(iju.field("uai", String.class).eq(uai))
        .and(iju.field("voie", String.class).eq(voie))
        .and(iju.field("cfd", String.class).eq(cfd))
        .and(iju.field("code_dispositif", String.class).eq(dispositif));
  }

  /** The formation is an action prioritaire of a région of the row (the formation's territory). */
  private static Condition actionPrioritaire(
      Field<String> cfd,
      Field<String> dispositif,
      boolean parOffre,
      Field<String> region,
      FiltresConsole f) {
    Condition regions =
        parOffre
            ? ACTION_PRIORITAIRE.CODE_REGION.eq(region)
            : territorial(f)
                ? ACTION_PRIORITAIRE.CODE_REGION.in(
                    selectDistinct(ETABLISSEMENT.CODE_REGION)
                        .from(ETABLISSEMENT)
                        .where(territoire(f)))
                : noCondition();
    return exists(
        selectOne()
            .from(ACTION_PRIORITAIRE)
            .where(ACTION_PRIORITAIRE.CFD.eq(cfd))
            .and(ACTION_PRIORITAIRE.CODE_DISPOSITIF.eq(dispositif))
            .and(regions));
  }

  /** One of the métiers the formation leads to (ROME) is marked for a transition. */
  private static Condition transition(Field<String> cfd, TableField<?, Boolean> marque) {
    return exists(
        selectOne()
            .from(FORMATION_ROME)
            .join(ROME)
            .on(ROME.CODE_ROME.eq(FORMATION_ROME.CODE_ROME))
            .where(FORMATION_ROME.CFD.eq(cfd))
            .and(marque.isTrue()));
  }

  /**
   * The DEPP's valeur ajoutée of the établissement for a millésime, as a fraction: of the lycée as
   * a whole ({@code ensemble}) for the voie scolaire, of its apprentices for apprenticeship.
   */
  private static Field<BigDecimal> valeurAjoutee(
      Field<String> uai, Field<String> voie, String millesime) {
    var ie = INSERJEUNES_ETABLISSEMENT;
    return select(Taux.publie(ie.VALEUR_AJOUTEE))
        .from(ie)
        .where(ie.UAI.eq(uai))
        .and(ie.MILLESIME.eq(millesime))
        .and(
            voie.eq(inline(Voie.CODE_APPRENTISSAGE))
                .and(ie.PERIMETRE.in("apprentissage", "apprentis"))
                .or(
                    voie.ne(inline(Voie.CODE_APPRENTISSAGE))
                        .and(ie.PERIMETRE.in("ensemble", "scolaires"))))
        .orderBy(field(ie.PERIMETRE.in("ensemble", "apprentissage")).desc())
        .limit(1)
        .asField();
  }

  /** Every word of the free-text search is in the formation's or the établissement's words. */
  private static Condition recherche(FiltresConsole f, boolean parOffre) {
    return Recherche.chaqueMot(
        f.q(),
        mot -> {
          Condition trouve =
              Like.contient(FORMATION.RECHERCHE, mot).or(FORMATION.CFD.equalIgnoreCase(mot));
          return parOffre ? trouve.or(Like.contient(ETABLISSEMENT.RECHERCHE, mot)) : trouve;
        });
  }

  private static Field<String> precedente(Field<String> rentree) {
    return rentree.cast(SQLDataType.INTEGER).minus(1).cast(SQLDataType.VARCHAR(4));
  }

  private static <T> Condition egal(Field<T> a, Field<?> b) {
    @SuppressWarnings("unchecked")
    Field<T> autre = (Field<T>) b;
    return a.eq(autre);
  }

  static Condition parmi(Field<String> field, Collection<String> values) {
    return values.isEmpty() ? noCondition() : field.in(values);
  }
}
