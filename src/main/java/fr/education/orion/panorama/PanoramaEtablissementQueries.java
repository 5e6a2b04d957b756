package fr.education.orion.panorama;

import fr.education.orion.indicateur.ChiffresOffre;
import fr.education.orion.indicateur.Disponibilites;
import fr.education.orion.indicateur.IndicateurQueries;
import fr.education.orion.indicateur.Indicateurs.InserJeunesEtablissement;
import fr.education.orion.indicateur.Indicateurs.InserJeunesFormation;
import fr.education.orion.indicateur.Indicateurs.InserJeunesOffre;
import fr.education.orion.indicateur.Millesime;
import fr.education.orion.indicateur.Offres;
import fr.education.orion.indicateur.OffresSommees;
import fr.education.orion.indicateur.PressionOuDemande;
import fr.education.orion.indicateur.RentreeScolaire;
import fr.education.orion.indicateur.Taux;
import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.ingestion.ImportRuns.ImportRun;
import fr.education.orion.panorama.PanoramaEtablissement.Domaine;
import fr.education.orion.panorama.PanoramaEtablissement.Entete;
import fr.education.orion.panorama.PanoramaEtablissement.EtablissementProche;
import fr.education.orion.panorama.PanoramaEtablissement.Filtres;
import fr.education.orion.panorama.PanoramaEtablissement.FormationAnalysee;
import fr.education.orion.panorama.PanoramaEtablissement.FormationProposee;
import fr.education.orion.panorama.PanoramaEtablissement.IndicateursDepp;
import fr.education.orion.panorama.PanoramaEtablissement.InserJeunes;
import fr.education.orion.panorama.PanoramaEtablissement.InserJeunesMillesime;
import fr.education.orion.panorama.PanoramaEtablissement.Niveau;
import fr.education.orion.panorama.PanoramaEtablissement.Offre;
import fr.education.orion.panorama.PanoramaEtablissement.Proches;
import fr.education.orion.panorama.PanoramaEtablissement.Rentree;
import fr.education.orion.panorama.PanoramaEtablissement.VoeuxParPlaceTerritoires;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.EtablissementQueries;
import fr.education.orion.referentiel.Etablissements.EtablissementDetail;
import fr.education.orion.referentiel.Etablissements.Geolocalisation;
import fr.education.orion.referentiel.IdentiteEtablissement;
import fr.education.orion.referentiel.IdentiteFormation;
import fr.education.orion.referentiel.NiveauDiplome;
import fr.education.orion.referentiel.NomenclaturesFormation;
import fr.education.orion.referentiel.Perimetre;
import fr.education.orion.referentiel.Uai;
import fr.education.orion.referentiel.Voie;
import fr.education.orion.system.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Row3;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads the panorama of an établissement. */
@Component
public class PanoramaEtablissementQueries {

  /**
   * What the user asked for; every filter is optional.
   *
   * @param cfd the formation whose nearby établissements to list
   */
  public record Criteres(
      @Nullable String rentreeScolaire,
      @Nullable NiveauDiplome codeNiveauDiplome,
      @Nullable String voie,
      @Nullable String millesime,
      @Nullable Cfd cfd) {

    /** The criteres of a request: blanks are absent, malformed values refused (400). */
    public static Criteres of(
        @Nullable String rentreeScolaire,
        @Nullable String codeNiveauDiplome,
        @Nullable String voie,
        @Nullable String millesime,
        @Nullable String cfd) {
      String rentree = blankToNull(rentreeScolaire);
      if (rentree != null && !RentreeScolaire.estValide(rentree)) {
        throw Problems.badRequest(
            "La rentrée scolaire « " + rentree + " » est invalide : une année (ex. 2020).");
      }
      String niveau = blankToNull(codeNiveauDiplome);
      String laVoie = blankToNull(voie);
      if (laVoie != null
          && !laVoie.equals(Voie.CODE_SCOLAIRE)
          && !laVoie.equals(Voie.CODE_APPRENTISSAGE)) {
        throw Problems.badRequest(
            "La voie « " + laVoie + " » est invalide : scolaire ou apprentissage.");
      }
      String leMillesime = blankToNull(millesime);
      if (leMillesime != null && !Millesime.estValide(leMillesime)) {
        throw Problems.badRequest(
            "Le millésime « "
                + leMillesime
                + " » est invalide : il s'écrit AAAA_AAAA (ex. 2021_2022).");
      }
      String laFormation = blankToNull(cfd);
      return new Criteres(
          rentree,
          niveau == null ? null : NiveauDiplome.of(niveau),
          laVoie,
          leMillesime,
          laFormation == null ? null : Cfd.of(laFormation));
    }

    /** The offer is of the niveau and the voie asked for, if any. */
    boolean retient(Offre offre) {
      return (codeNiveauDiplome == null
              || codeNiveauDiplome.code().equals(offre.codeNiveauDiplome()))
          && (voie == null || voie.equals(offre.voie()));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
      return value == null || value.isBlank() ? null : value.strip();
    }
  }

  static final String CONSTAT = "constat_rentree";
  static final String AFFELNET = "affelnet";
  static final String PARCOURSUP = "parcoursup_bts";

  static final String APPRENTISSAGE = "offres_apprentissage";
  static final String DEPP_LYCEES = "depp_inserjeunes_lycees";
  static final String DEPP_CFA = "depp_inserjeunes_cfa";

  /** The imports the figures of the panorama come from. */
  private static final List<String> SOURCES =
      List.of(
          CONSTAT,
          AFFELNET,
          PARCOURSUP,
          APPRENTISSAGE,
          "inserjeunes_region",
          "inserjeunes_uai",
          DEPP_LYCEES,
          DEPP_CFA);

  private final DSLContext dsl;
  private final EtablissementQueries etablissements;
  private final IndicateurQueries indicateurs;
  private final ImportRuns importRuns;
  private final Disponibilites disponibilites;

  PanoramaEtablissementQueries(
      DSLContext dsl,
      EtablissementQueries etablissements,
      IndicateurQueries indicateurs,
      ImportRuns importRuns,
      Disponibilites disponibilites) {
    this.dsl = dsl;
    this.disponibilites = disponibilites;
    this.etablissements = etablissements;
    this.indicateurs = indicateurs;
    this.importRuns = importRuns;
  }

  /** The panorama, or nothing when Orion knows nothing of the UAI. */
  public Optional<PanoramaEtablissement> panorama(Uai uai, Criteres criteres) {
    Optional<EtablissementDetail> identite = etablissements.find(uai);
    List<InserJeunesEtablissement> depp = indicateurs.inserJeunesEtablissement(uai, null);
    List<String> rentreesOffres = rentreesDesOffres(uai);
    if (identite.isEmpty() && depp.isEmpty() && rentreesOffres.isEmpty()) {
      return Optional.empty();
    }
    List<ImportRun> sources = importRuns.sources(SOURCES);
    String rentree =
        criteres.rentreeScolaire() != null
            ? criteres.rentreeScolaire()
            : disponibilites
                .derniereRentreeAvecEffectifs()
                .orElse(rentreesOffres.isEmpty() ? null : rentreesOffres.get(0));
    List<Offre> offres = rentree == null ? List.of() : offres(uai, rentree);
    List<Offre> retenues = offres.stream().filter(criteres::retient).toList();
    EtablissementDetail detail = identite.orElse(null);
    IndicateursDepp indicateursDepp = IndicateursDepp.of(depp, criteres.millesime()).orElse(null);
    List<FormationAnalysee> formations = analyse(uai, detail, rentree, retenues);
    String cfdProche = formationProche(criteres.cfd(), offres, retenues);
    Proches proches =
        rentree == null || cfdProche == null
            ? null
            : proches(uai, detail, rentree, cfdProche, offres);
    Filtres filtres =
        new Filtres(
            rentree,
            criteres.codeNiveauDiplome() == null ? null : criteres.codeNiveauDiplome().code(),
            criteres.voie(),
            indicateursDepp == null ? criteres.millesime() : indicateursDepp.millesime(),
            cfdProche,
            rentrees(rentreesOffres, rentree, sources),
            niveaux(offres),
            depp.stream().map(InserJeunesEtablissement::millesime).distinct().toList());
    Entete entete = new Entete(voies(offres), domaines(offres), indicateursDepp);
    PanoramaEtablissement panorama =
        new PanoramaEtablissement(
            uai,
            detail,
            filtres,
            entete,
            formations,
            horsPerimetre(uai, rentree),
            proches,
            List.of(),
            sourcesMontrees(sources, rentree, indicateursDepp));
    return Optional.of(panorama.avecDonneesIncompletes(DonneesIncompletes.de(panorama)));
  }

  /**
   * The imports whose figures the page shows: the entry data of the chosen rentrée, every
   * InserJeunes import of counts (the page shows every millésime), and the DEPP files of the
   * millésime shown and of the one before.
   */
  private static List<ImportRun> sourcesMontrees(
      List<ImportRun> sources, @Nullable String rentree, @Nullable IndicateursDepp depp) {
    Set<String> millesimesDepp =
        depp == null ? Set.of() : Set.of(depp.millesime(), depp.millesimePrecedent());
    return sources.stream()
        .filter(
            source ->
                switch (Objects.requireNonNullElse(source.type(), "")) {
                  case CONSTAT, AFFELNET, PARCOURSUP, APPRENTISSAGE ->
                      source.annee() == null || source.annee().equals(rentree);
                  case DEPP_LYCEES, DEPP_CFA ->
                      source.annee() != null && millesimesDepp.contains(source.annee());
                  default -> true;
                })
        .toList();
  }

  /** Offers of voie scolaire belong to the perimeter of its formations, apprenticeship's do. */
  private static Condition perimetre() {
    return OffresSommees.voie()
        .eq(DSL.inline(Voie.CODE_APPRENTISSAGE))
        .or(Perimetre.scolaire(OffresSommees.cfd()));
  }

  private List<String> rentreesDesOffres(Uai uai) {
    return dsl.selectDistinct(OffresSommees.rentreeScolaire())
        .from(OffresSommees.offres())
        .where(OffresSommees.uai().eq(uai.code()))
        .and(perimetre())
        .orderBy(OffresSommees.rentreeScolaire().desc())
        .fetch(OffresSommees.rentreeScolaire());
  }

  /** The rentrées of the établissement's offers and the chosen one, with their entry data. */
  private static List<Rentree> rentrees(
      List<String> rentreesOffres, @Nullable String choisie, List<ImportRun> sources) {
    Set<String> annees = new TreeSet<>(Comparator.reverseOrder());
    annees.addAll(rentreesOffres);
    if (choisie != null) {
      annees.add(choisie);
    }
    return annees.stream()
        .map(
            annee ->
                new Rentree(
                    annee,
                    imported(sources, CONSTAT, annee),
                    imported(sources, AFFELNET, annee),
                    imported(sources, PARCOURSUP, annee)))
        .toList();
  }

  private static boolean imported(List<ImportRun> sources, String type, String annee) {
    return sources.stream()
        .anyMatch(source -> type.equals(source.type()) && annee.equals(source.annee()));
  }

  /** The offers of the établissement at a rentrée, in the perimeter, by niveau then label. */
  private List<Offre> offres(Uai uai, String rentree) {
    Field<Integer> effectifEntree = Offres.effectifEntree();
    Field<Integer> duree =
        NomenclaturesFormation.duree(OffresSommees.cfd(), OffresSommees.codeDispositif());
    return dsl.select(
            OffresSommees.cfd().convert(Cfd.CONVERTER),
            OffresSommees.codeDispositif(),
            OffresSommees.voie(),
            IdentiteFormation.libelle(),
            IdentiteFormation.libelleDispositif(),
            IdentiteFormation.codeNiveauDiplome(),
            DSL.coalesce(
                NomenclaturesFormation.libelleCourtNiveau(),
                NomenclaturesFormation.libelleNiveau()),
            IdentiteFormation.codeNsf(),
            IdentiteFormation.libelleNsf(),
            duree,
            ChiffresOffre.effectif1(),
            ChiffresOffre.effectif2(),
            ChiffresOffre.effectif3(),
            effectifEntree,
            ChiffresOffre.capacite(),
            ChiffresOffre.premiersVoeux(),
            DSL.field(Offres.bts()),
            DSL.field(Perimetre.classeCommune(OffresSommees.cfd())),
            PressionOuDemande.PRESSION.parOffre(),
            PressionOuDemande.DEMANDE.parOffre(),
            Taux.remplissage(effectifEntree, ChiffresOffre.capacite()))
        .from(OffresSommees.offres())
        .leftJoin(IdentiteFormation.formations())
        .on(IdentiteFormation.cfd().eq(OffresSommees.cfd()))
        .leftJoin(NomenclaturesFormation.dispositifs())
        .on(NomenclaturesFormation.codeDispositif().eq(OffresSommees.codeDispositif()))
        .leftJoin(NomenclaturesFormation.niveaux())
        .on(NomenclaturesFormation.codeNiveau().eq(IdentiteFormation.codeNiveauDiplome()))
        .leftJoin(NomenclaturesFormation.groupesNsf())
        .on(NomenclaturesFormation.codeGroupeNsf().eq(IdentiteFormation.codeNsf()))
        .where(OffresSommees.uai().eq(uai.code()))
        .and(OffresSommees.rentreeScolaire().eq(rentree))
        .and(perimetre())
        .orderBy(
            IdentiteFormation.codeNiveauDiplome().desc(),
            IdentiteFormation.libelle(),
            OffresSommees.cfd(),
            OffresSommees.codeDispositif(),
            OffresSommees.voie().desc())
        .fetch(Records.mapping(Offre::new));
  }

  private int horsPerimetre(Uai uai, @Nullable String rentree) {
    return rentree == null
        ? 0
        : dsl.fetchCount(
            OffresSommees.offres(),
            OffresSommees.uai()
                .eq(uai.code())
                .and(OffresSommees.rentreeScolaire().eq(rentree))
                .and(DSL.not(perimetre())));
  }

  private static List<String> voies(List<Offre> offres) {
    return Stream.of(Voie.CODE_SCOLAIRE, Voie.CODE_APPRENTISSAGE)
        .filter(voie -> offres.stream().anyMatch(offre -> offre.voie().equals(voie)))
        .toList();
  }

  private static List<Domaine> domaines(List<Offre> offres) {
    return offres.stream()
        .filter(offre -> offre.codeNsf() != null)
        .collect(Collectors.groupingBy(Offre::codeNsf, LinkedHashMap::new, Collectors.toList()))
        .values()
        .stream()
        .map(
            duDomaine ->
                new Domaine(
                    duDomaine.get(0).codeNsf(),
                    duDomaine.get(0).libelleNsf(),
                    formationsDistinctes(duDomaine)))
        .sorted(
            Comparator.comparing(Domaine::nbFormations).reversed().thenComparing(Domaine::codeNsf))
        .toList();
  }

  private static List<Niveau> niveaux(List<Offre> offres) {
    return offres.stream()
        .filter(offre -> offre.codeNiveauDiplome() != null)
        .collect(
            Collectors.groupingBy(
                Offre::codeNiveauDiplome, LinkedHashMap::new, Collectors.toList()))
        .values()
        .stream()
        .map(
            duNiveau ->
                new Niveau(
                    duNiveau.get(0).codeNiveauDiplome(),
                    Objects.requireNonNullElse(
                        duNiveau.get(0).libelleNiveauDiplome(),
                        duNiveau.get(0).codeNiveauDiplome()),
                    formationsDistinctes(duNiveau)))
        .toList();
  }

  /** A formation is a CFD, whatever its dispositifs and voies. */
  private static int formationsDistinctes(List<Offre> offres) {
    return (int) offres.stream().map(Offre::cfd).distinct().count();
  }

  private List<FormationAnalysee> analyse(
      Uai uai,
      @Nullable EtablissementDetail identite,
      @Nullable String rentree,
      List<Offre> offres) {
    if (rentree == null || offres.isEmpty()) {
      return List.of();
    }
    Map<String, BigDecimal> departement =
        identite == null || identite.codeDepartement() == null
            ? Map.of()
            : voeuxParPlace(
                rentree,
                offres,
                IdentiteEtablissement.codeDepartement().eq(identite.codeDepartement().code()));
    Map<String, BigDecimal> region =
        identite == null || identite.codeRegion() == null
            ? Map.of()
            : voeuxParPlace(
                rentree,
                offres,
                IdentiteEtablissement.codeRegion().eq(identite.codeRegion().code()));
    Map<String, BigDecimal> national = voeuxParPlace(rentree, offres, DSL.noCondition());
    InserJeunesDesFormations inserJeunes = new InserJeunesDesFormations(uai, identite);
    return offres.stream()
        .map(
            offre ->
                new FormationAnalysee(
                    offre,
                    new VoeuxParPlaceTerritoires(
                        departement.get(cle(offre)),
                        region.get(cle(offre)),
                        national.get(cle(offre))),
                    inserJeunes.of(offre)))
        .toList();
  }

  private static String cle(Offre offre) {
    return cle(offre.cfd().code(), offre.codeDispositif(), offre.voie());
  }

  private static String cle(String cfd, String codeDispositif, String voie) {
    return cfd + "/" + codeDispositif + "/" + voie;
  }

  /**
   * Wishes per place of the same formations, dispositifs and voies at the rentrée over the offers
   * of the établissements of a territory (as the référentiel places them).
   */
  private Map<String, BigDecimal> voeuxParPlace(
      String rentree, List<Offre> offres, Condition territoire) {
    List<Row3<String, String, String>> cles =
        offres.stream()
            .map(offre -> DSL.row(offre.cfd().code(), offre.codeDispositif(), offre.voie()))
            .toList();
    Map<String, BigDecimal> taux = new HashMap<>();
    dsl.select(
            OffresSommees.cfd(),
            OffresSommees.codeDispositif(),
            OffresSommees.voie(),
            Taux.voeuxParPlaceAgreges(ChiffresOffre.premiersVoeux(), ChiffresOffre.capacite()))
        .from(OffresSommees.offres())
        .leftJoin(IdentiteEtablissement.etablissements())
        .on(IdentiteEtablissement.uai().eq(OffresSommees.uai()))
        .where(OffresSommees.rentreeScolaire().eq(rentree))
        .and(
            DSL.row(OffresSommees.cfd(), OffresSommees.codeDispositif(), OffresSommees.voie())
                .in(cles))
        .and(territoire)
        .groupBy(OffresSommees.cfd(), OffresSommees.codeDispositif(), OffresSommees.voie())
        .forEach(
            ligne -> {
              if (ligne.value4() != null) {
                taux.put(cle(ligne.value1(), ligne.value2(), ligne.value3()), ligne.value4());
              }
            });
    return taux;
  }

  /**
   * The InserJeunes rates of each formation of the établissement: its own when InserJeunes
   * publishes the formation for this UAI, else the formation's in the établissement's région.
   */
  private final class InserJeunesDesFormations {

    private final Map<String, List<InserJeunesOffre>> etablissement;
    private final @Nullable String codeRegion;
    private final @Nullable String libelleRegion;
    private final Map<String, List<InserJeunesFormation>> regionales = new HashMap<>();

    InserJeunesDesFormations(Uai uai, @Nullable EtablissementDetail identite) {
      this.etablissement =
          indicateurs.inserJeunesFormationsEtablissement(uai, null, null).stream()
              .filter(ligne -> ligne.cfd() != null)
              .collect(
                  Collectors.groupingBy(
                      ligne ->
                          cle(
                              ligne.cfd(),
                              Objects.requireNonNullElse(ligne.codeDispositif(), ""),
                              ligne.voie())));
      this.codeRegion = identite == null ? null : Objects.toString(identite.codeRegion(), null);
      this.libelleRegion = identite == null ? null : identite.libelleRegion();
    }

    InserJeunes of(Offre offre) {
      // Apprenticeship counts have no dispositif.
      String dispositif =
          offre.voie().equals(Voie.CODE_APPRENTISSAGE) ? "" : offre.codeDispositif();
      List<InserJeunesOffre> propres =
          etablissement.getOrDefault(cle(offre.cfd().code(), dispositif, offre.voie()), List.of());
      if (!propres.isEmpty()) {
        return new InserJeunes(
            InserJeunes.ETABLISSEMENT,
            codeRegion,
            libelleRegion,
            chronologique(
                propres,
                ligne ->
                    new InserJeunesMillesime(
                        ligne.millesime(),
                        ligne.effectifSortie(),
                        ligne.tauxInsertion6mois(),
                        ligne.tauxPoursuite(),
                        ligne.tauxDevenirFavorable(),
                        null)));
      }
      List<InserJeunesFormation> regionalesDeLaFormation =
          codeRegion == null
              ? List.of()
              : regionales
                  .computeIfAbsent(
                      offre.cfd() + "/" + offre.voie(),
                      cle -> indicateurs.inserJeunes(offre.cfd(), codeRegion, null, offre.voie()))
                  .stream()
                  .filter(
                      ligne ->
                          Objects.requireNonNullElse(ligne.codeDispositif(), "").equals(dispositif))
                  .toList();
      return new InserJeunes(
          InserJeunes.REGION,
          codeRegion,
          libelleRegion,
          chronologique(
              regionalesDeLaFormation,
              ligne ->
                  new InserJeunesMillesime(
                      ligne.millesime(),
                      ligne.effectifSortie(),
                      ligne.tauxInsertion6mois(),
                      ligne.tauxPoursuite(),
                      ligne.tauxDevenirFavorable(),
                      Objects.toString(ligne.cfdContinuum(), null))));
    }

    private static <T> List<InserJeunesMillesime> chronologique(
        List<T> lignes, Function<T, InserJeunesMillesime> mapping) {
      return lignes.stream()
          .map(mapping)
          .sorted(Comparator.comparing(InserJeunesMillesime::millesime))
          .toList();
    }
  }

  /**
   * The formation whose nearby établissements to list: the one asked for when the établissement
   * offers it at the rentrée, else the first formation shown.
   */
  private static @Nullable String formationProche(
      @Nullable Cfd demandee, List<Offre> offres, List<Offre> retenues) {
    if (demandee != null && offres.stream().anyMatch(offre -> offre.cfd().equals(demandee))) {
      return demandee.code();
    }
    return retenues.isEmpty() ? null : retenues.get(0).cfd().code();
  }

  private Proches proches(
      Uai uai,
      @Nullable EtablissementDetail identite,
      String rentree,
      String cfd,
      List<Offre> offres) {
    String libelleFormation =
        offres.stream()
            .filter(offre -> offre.cfd().code().equals(cfd))
            .map(Offre::libelleFormation)
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null);
    List<FormationProposee> formations =
        offres.stream()
            .map(offre -> new FormationProposee(offre.cfd().code(), offre.libelleFormation()))
            .distinct()
            .toList();
    String codeDepartement =
        identite == null ? null : Objects.toString(identite.codeDepartement(), null);
    if (codeDepartement == null) {
      return new Proches(cfd, libelleFormation, null, null, false, List.of(), formations);
    }
    Field<String[]> voies = DSL.arrayAggDistinct(OffresSommees.voie());
    Field<String[]> dispositifs =
        DSL.arrayAggDistinct(
            DSL.coalesce(IdentiteFormation.libelleDispositif(), OffresSommees.codeDispositif()));
    var autres =
        dsl.select(
                IdentiteEtablissement.uai(),
                IdentiteEtablissement.libelle(),
                IdentiteEtablissement.commune(),
                IdentiteEtablissement.secteur(),
                voies,
                dispositifs)
            .from(OffresSommees.offres())
            .join(IdentiteEtablissement.etablissements())
            .on(IdentiteEtablissement.uai().eq(OffresSommees.uai()))
            .leftJoin(NomenclaturesFormation.dispositifs())
            .on(NomenclaturesFormation.codeDispositif().eq(OffresSommees.codeDispositif()))
            .where(OffresSommees.rentreeScolaire().eq(rentree))
            .and(OffresSommees.cfd().eq(cfd))
            .and(IdentiteEtablissement.codeDepartement().eq(codeDepartement))
            .and(OffresSommees.uai().ne(uai.code()))
            .groupBy(
                IdentiteEtablissement.uai(),
                IdentiteEtablissement.libelle(),
                IdentiteEtablissement.commune(),
                IdentiteEtablissement.secteur())
            .fetch();
    List<String> uais = new ArrayList<>(autres.map(autre -> autre.value1()));
    uais.add(uai.code());
    Map<String, Geolocalisation> geolocalisations = etablissements.geolocalisations(uais);
    Geolocalisation ici = geolocalisations.get(uai.code());
    List<EtablissementProche> proches =
        autres.map(
            autre -> {
              Geolocalisation la = geolocalisations.get(autre.value1());
              return new EtablissementProche(
                  autre.value1(),
                  autre.value2(),
                  autre.value3(),
                  autre.value4(),
                  Arrays.asList(autre.value5()),
                  Arrays.asList(autre.value6()),
                  ici == null || la == null
                      ? null
                      : Proximite.km(
                          ici.latitude(), ici.longitude(), la.latitude(), la.longitude()));
            });
    return new Proches(
        cfd,
        libelleFormation,
        codeDepartement,
        identite.libelleDepartement(),
        ici != null,
        Proximite.sortByDistance(proches),
        formations);
  }
}
