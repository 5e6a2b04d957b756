package fr.education.orion.panorama;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.ingestion.ImportRuns.ImportRun;
import fr.education.orion.panorama.PanoramaEtablissement.Entete;
import fr.education.orion.panorama.PanoramaEtablissement.Evolution;
import fr.education.orion.panorama.PanoramaEtablissement.Filtres;
import fr.education.orion.panorama.PanoramaEtablissement.FormationAnalysee;
import fr.education.orion.panorama.PanoramaEtablissement.IndicateursDepp;
import fr.education.orion.panorama.PanoramaEtablissement.InserJeunes;
import fr.education.orion.panorama.PanoramaEtablissement.InserJeunesMillesime;
import fr.education.orion.panorama.PanoramaEtablissement.Niveau;
import fr.education.orion.panorama.PanoramaEtablissement.Offre;
import fr.education.orion.panorama.PanoramaEtablissement.Proches;
import fr.education.orion.panorama.PanoramaEtablissement.Rentree;
import fr.education.orion.panorama.PanoramaEtablissement.VoeuxParPlaceTerritoires;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.CodeAcademie;
import fr.education.orion.referentiel.CodeDepartement;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.Etablissements.EtablissementDetail;
import fr.education.orion.referentiel.Uai;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DonneesIncompletesTest {

  private static final EtablissementDetail LYCEE =
      new EtablissementDetail(
          new Uai("0350031U"),
          "Lycée professionnel Jean Jaurès",
          "Rennes",
          new CodeDepartement("035"),
          new CodeAcademie("14"),
          new CodeRegion("53"),
          "PU",
          "Ille-et-Vilaine",
          "Rennes",
          "Bretagne",
          "Lycée",
          "24 rue Victor Rault",
          "35205",
          null,
          48.09,
          -1.69,
          "annuaire",
          null,
          null,
          "annuaire");

  private static final BigDecimal TAUX = new BigDecimal("0.5");

  private static final IndicateursDepp DEPP =
      new IndicateursDepp(
          "2021_2022",
          "ensemble",
          "depp-2022-etablissements-2021_2022-pro.csv",
          "2020_2021",
          Evolution.of(new BigDecimal("0.06"), new BigDecimal("-0.02")),
          Evolution.of(TAUX, TAUX),
          Evolution.of(TAUX, TAUX),
          Evolution.of(TAUX, TAUX));

  private static ImportRun source(String type, String annee) {
    return new ImportRun(
        1, type, type + ".csv", annee, "reussi", 1, 1, 0, 1, "UTF-8", OffsetDateTime.now(), null);
  }

  private static Offre offre(String cfd, boolean bts) {
    return new Offre(
        new Cfd(cfd),
        bts ? "311" : "247",
        "scolaire",
        "Formation " + cfd,
        bts ? "BTS EN 2 ANS" : "BAC PROFESSIONNEL EN 3 ANS",
        bts ? "320" : "400",
        bts ? "BTS" : "BAC PRO",
        "255",
        "Electricité, électronique",
        bts ? 2 : 3,
        20,
        18,
        bts ? null : 16,
        20,
        24,
        30,
        bts,
        false,
        bts ? null : new BigDecimal("1.25"),
        bts ? new BigDecimal("1.25") : null,
        new BigDecimal("0.83"));
  }

  private static FormationAnalysee analysee(Offre offre, String codeRegion, boolean taux) {
    return new FormationAnalysee(
        offre,
        new VoeuxParPlaceTerritoires(TAUX, TAUX, TAUX),
        new InserJeunes(
            InserJeunes.REGION,
            codeRegion,
            codeRegion == null ? null : "Bretagne",
            codeRegion == null
                ? List.of()
                : List.of(
                    new InserJeunesMillesime(
                        "2021_2022",
                        taux ? 40 : 12,
                        taux ? TAUX : null,
                        taux ? TAUX : null,
                        taux ? TAUX : null,
                        null))));
  }

  private static PanoramaEtablissement panorama(
      EtablissementDetail identite,
      Rentree rentree,
      List<FormationAnalysee> formations,
      IndicateursDepp depp,
      Proches proches,
      List<ImportRun> sources) {
    return new PanoramaEtablissement(
        new Uai("0350031U"),
        identite,
        new Filtres(
            rentree.rentreeScolaire(),
            null,
            null,
            depp == null ? null : depp.millesime(),
            null,
            List.of(rentree),
            List.of(new Niveau("400", "BAC PRO", formations.size())),
            List.of()),
        new Entete(List.of("scolaire"), List.of(), depp),
        formations,
        0,
        proches,
        List.of(),
        sources);
  }

  @Test
  void saysNothingWhenEveryFigureIsThere() {
    Offre offre = offre("40025510", false);
    PanoramaEtablissement complet =
        panorama(
            LYCEE,
            new Rentree("2021", true, true, true),
            List.of(analysee(offre, "53", true)),
            DEPP,
            new Proches("40025510", null, "035", "Ille-et-Vilaine", true, List.of(), List.of()),
            List.of(source("offres_apprentissage", null)));

    assertThat(DonneesIncompletes.de(complet)).isEmpty();
  }

  @Test
  void namesTheEntryDataTheRentreeLacks() {
    PanoramaEtablissement sansConstat =
        panorama(
            LYCEE,
            new Rentree("2021", false, true, false),
            List.of(
                analysee(offre("40025510", false), "53", true),
                analysee(offre("32025516", true), "53", false)),
            DEPP,
            null,
            List.of());

    assertThat(DonneesIncompletes.de(sansConstat))
        .containsExactly(
            "Effectifs non disponibles pour la rentrée 2021 : Orion n'a pas le constat de rentrée"
                + " 2021.",
            "Capacités et vœux des BTS non disponibles pour la rentrée 2021 : Orion n'a pas le"
                + " fichier Parcoursup de cette rentrée ; taux de demande non calculable.",
            "Formations en apprentissage inconnues : Orion n'a pas le catalogue des formations en"
                + " apprentissage.",
            "Aucun taux InserJeunes (pas de sortants publiés, ou moins de 20) pour : Formation"
                + " 32025516 (BTS EN 2 ANS).");
  }

  @Test
  void anEtablissementUnknownToTheReferentielHasNoTerritoryToCompareWith() {
    PanoramaEtablissement inconnu =
        panorama(
            null,
            new Rentree("2020", true, false, false),
            List.of(analysee(offre("40025510", false), null, false)),
            null,
            new Proches("40025510", null, null, null, false, List.of(), List.of()),
            List.of(source("offres_apprentissage", null)));

    assertThat(DonneesIncompletes.de(inconnu))
        .containsExactly(
            "Établissement absent du référentiel : nom, adresse, secteur et territoire inconnus ;"
                + " pas de comparaison départementale ou régionale.",
            "La DEPP ne publie pas d'indicateurs InserJeunes pour cet établissement.",
            "Capacités et premiers vœux non disponibles pour la rentrée 2020 : Orion n'a pas le"
                + " fichier Affelnet de cette rentrée ; taux de pression et de remplissage non"
                + " calculables.",
            "Région de l'établissement inconnue : pas de taux InserJeunes régionaux pour ses"
                + " formations.");
  }

  @Test
  void saysWhichDeppIndicatorsAreMissingAndWhenThereIsNoPreviousMillesime() {
    IndicateursDepp sansPrecedent =
        new IndicateursDepp(
            "2021_2022",
            "apprentissage",
            "depp-2022-etablissements-2021_2022-apprentissage.csv",
            "2020_2021",
            Evolution.of(null, null),
            Evolution.of(TAUX, null),
            Evolution.of(null, null),
            Evolution.of(TAUX, null));
    PanoramaEtablissement cfa =
        panorama(
            LYCEE,
            new Rentree("2021", true, true, true),
            List.of(analysee(offre("40025510", false), "53", true)),
            sansPrecedent,
            null,
            List.of(source("offres_apprentissage", null)));

    assertThat(DonneesIncompletes.de(cfa))
        .containsExactly(
            "Non publié par la DEPP pour le millésime 2021_2022 : valeur ajoutée (emploi à 6 mois),"
                + " taux d'emploi à 6 mois.",
            "Pas d'indicateurs DEPP pour le millésime précédent (2020_2021) : pas d'évolution.");
  }
}
