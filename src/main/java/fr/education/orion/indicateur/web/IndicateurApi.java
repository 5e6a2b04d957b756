package fr.education.orion.indicateur.web;

import fr.education.orion.indicateur.CapacitesPrecedentes;
import fr.education.orion.indicateur.CapacitesPrecedentes.CapacitePrecedente;
import fr.education.orion.indicateur.IndicateurQueries;
import fr.education.orion.indicateur.Indicateurs.InserJeunesEtablissement;
import fr.education.orion.indicateur.Indicateurs.InserJeunesFormation;
import fr.education.orion.indicateur.Indicateurs.InserJeunesOffre;
import fr.education.orion.indicateur.Indicateurs.Offre;
import fr.education.orion.indicateur.Millesime;
import fr.education.orion.indicateur.OffresActuelles;
import fr.education.orion.indicateur.OffresActuelles.OffreActuelle;
import fr.education.orion.indicateur.RentreeScolaire;
import fr.education.orion.indicateur.Taux;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.EtablissementQueries;
import fr.education.orion.referentiel.FormationQueries;
import fr.education.orion.referentiel.Formations.FormationDemandable;
import fr.education.orion.referentiel.Uai;
import fr.education.orion.referentiel.Voie;
import fr.education.orion.system.Problems;
import fr.education.orion.system.Public;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Indicators per formation and per établissement. */
@RestController
@Public
@RequestMapping("/api")
@Tag(name = "Indicateurs", description = "Effectifs et devenir des élèves (InserJeunes)")
class IndicateurApi {

  private final IndicateurQueries indicateurs;
  private final FormationQueries formations;
  private final EtablissementQueries etablissements;
  private final CapacitesPrecedentes capacitesPrecedentes;
  private final OffresActuelles offresActuelles;

  IndicateurApi(
      IndicateurQueries indicateurs,
      FormationQueries formations,
      EtablissementQueries etablissements,
      CapacitesPrecedentes capacitesPrecedentes,
      OffresActuelles offresActuelles) {
    this.indicateurs = indicateurs;
    this.formations = formations;
    this.etablissements = etablissements;
    this.capacitesPrecedentes = capacitesPrecedentes;
    this.offresActuelles = offresActuelles;
  }

  /** A formation a demande may name, and what the établissement offers of it today. */
  record FormationProposee(FormationDemandable formation, List<OffreActuelle> offresActuelles) {}

  /** The most formations the search of the demande form answers. */
  static final int MAX_FORMATIONS_PROPOSEES = 20;

  @GetMapping("/formations/recherche")
  @Operation(
      summary =
          "Formations qu'une demande peut nommer, par CFD ou mots du libellé (accents et casse"
              + " ignorés), au plus "
              + MAX_FORMATIONS_PROPOSEES,
      description =
          "Pour chacune : niveau, FCIL ou non, ouverte ou non à la rentrée (pas fermée avant le"
              + " 1er septembre), dispositifs (MEF de la BCN) et, pour l'UAI donnée, les"
              + " dispositifs et voies où l'établissement la propose à la dernière rentrée connue"
              + " (ouverture ou augmentation).")
  List<FormationProposee> formationsProposees(
      @Parameter(description = "CFD ou mots du libellé") @RequestParam(required = false)
          @Nullable String texte,
      @Parameter(description = "UAI de l'établissement de la demande") @RequestParam Uai uai,
      @Parameter(description = "Rentrée scolaire visée (ex. 2026)") @RequestParam
          String rentreeScolaire) {
    if (!RentreeScolaire.estValide(rentreeScolaire)) {
      throw Problems.badRequest(
          "La rentrée scolaire « " + rentreeScolaire + " » est invalide : une année (ex. 2026).");
    }
    List<OffreActuelle> offres = offresActuelles.of(uai);
    return formations
        .searchDemandables(
            texte, RentreeScolaire.of(rentreeScolaire).premierSeptembre(), MAX_FORMATIONS_PROPOSEES)
        .stream()
        .map(
            formation ->
                new FormationProposee(
                    formation,
                    offres.stream().filter(offre -> offre.cfd().equals(formation.cfd())).toList()))
        .toList();
  }

  @GetMapping("/etablissements/{uai}/capacite-precedente")
  @Operation(
      summary = "La dernière capacité connue d'une formation de l'établissement, en voie scolaire",
      description =
          "Celle d'Affelnet, ou de Parcoursup pour un BTS, à la dernière rentrée qui en donne"
              + " une, avec sa source ; 404 si aucune rentrée n'en donne.")
  CapacitePrecedente capacitePrecedente(
      @PathVariable Uai uai,
      @RequestParam Cfd cfd,
      @Parameter(description = "Code du dispositif de formation (trois chiffres, ex. 247)")
          @RequestParam
          String codeDispositif) {
    if (!codeDispositif.matches("[0-9]{3}")) {
      throw Problems.badRequest(
          "Le code dispositif « " + codeDispositif + " » est invalide : trois chiffres (ex. 247).");
    }
    return capacitesPrecedentes
        .find(uai, cfd, codeDispositif)
        .orElseThrow(
            () ->
                Problems.notFound(
                    "Aucune capacité connue pour le CFD « "
                        + cfd
                        + " », dispositif « "
                        + codeDispositif
                        + " », à l'UAI « "
                        + uai
                        + " »."));
  }

  @GetMapping("/formations/{cfd}/inserjeunes")
  @Operation(
      summary =
          "Effectifs InserJeunes régionaux d'une formation et taux calculés (null sous "
              + Taux.SEUIL_INSERJEUNES
              + " sortants)")
  List<InserJeunesFormation> inserJeunes(
      @PathVariable Cfd cfd,
      @RequestParam(required = false) @Nullable String codeRegion,
      @RequestParam(required = false) @Nullable String millesime,
      @RequestParam(required = false) @Nullable String voie) {
    if (!formations.isKnown(cfd)) {
      throw Problems.notFound("Aucune formation de CFD « " + cfd + " ».");
    }
    checkMillesimeEtVoie(millesime, voie);
    return indicateurs.inserJeunes(cfd, codeRegion, millesime, voie);
  }

  @GetMapping("/etablissements/{uai}/formations/inserjeunes")
  @Operation(
      summary =
          "Effectifs InserJeunes des formations d'un établissement et taux calculés (null sous "
              + Taux.SEUIL_INSERJEUNES
              + " sortants)",
      description =
          "Une ligne par millésime et formation publiée par InserJeunes pour l'UAI : voie scolaire"
              + " par MEFSTAT11 de dernière année, rattaché à son CFD et à son dispositif par"
              + " N_MEF ; apprentissage par CFD, sans dispositif.")
  List<InserJeunesOffre> inserJeunesFormationsEtablissement(
      @PathVariable Uai uai,
      @RequestParam(required = false) @Nullable String millesime,
      @RequestParam(required = false) @Nullable String voie) {
    checkMillesimeEtVoie(millesime, voie);
    if (!etablissements.isKnown(uai)
        && !indicateurs.hasOffres(uai)
        && !indicateurs.hasInserJeunes(uai)) {
      throw Problems.notFound("Aucun établissement d'UAI « " + uai + " ».");
    }
    return indicateurs.inserJeunesFormationsEtablissement(uai, millesime, voie);
  }

  private static void checkMillesimeEtVoie(@Nullable String millesime, @Nullable String voie) {
    checkMillesime(millesime);
    if (voie != null && Voie.duCode(voie).isEmpty()) {
      throw Problems.badRequest(
          "La voie « " + voie + " » est invalide : scolaire ou apprentissage.");
    }
  }

  @GetMapping("/etablissements/{uai}/offres")
  @Operation(summary = "Les formations d'un établissement et leurs effectifs à chaque rentrée")
  List<Offre> offres(
      @PathVariable Uai uai, @RequestParam(required = false) @Nullable String rentreeScolaire) {
    if (rentreeScolaire != null && !RentreeScolaire.estValide(rentreeScolaire)) {
      throw Problems.badRequest(
          "La rentrée scolaire « " + rentreeScolaire + " » est invalide : une année (ex. 2020).");
    }
    if (!etablissements.isKnown(uai) && !indicateurs.hasOffres(uai)) {
      throw Problems.notFound("Aucun établissement d'UAI « " + uai + " ».");
    }
    return indicateurs.offres(uai, rentreeScolaire);
  }

  @GetMapping("/etablissements/{uai}/inserjeunes")
  @Operation(
      summary =
          "Indicateurs InserJeunes de la DEPP d'un lycée (par périmètre) ou d'un CFA, le millésime"
              + " le plus récent d'abord",
      description =
          "Les lignes des fichiers de la DEPP par établissement, telles que publiées : taux de"
              + " poursuite d'études, taux d'emploi à 6 mois, taux attendu, valeur ajoutée et"
              + " parts des sortants (à partir de 2020_2021), en fractions (57 % → 0.57), null"
              + " quand la DEPP ne publie pas la valeur (« nd », ou moins de 20 élèves). Le"
              + " périmètre est ensemble, apprentis ou scolaires pour un lycée (fichier « pro »),"
              + " apprentissage pour un CFA (fichier « apprentissage »).")
  List<InserJeunesEtablissement> inserJeunesEtablissement(
      @PathVariable Uai uai,
      @Parameter(description = "Millésime AAAA_AAAA (ex. 2021_2022) ; tous par défaut")
          @RequestParam(required = false)
          @Nullable String millesime) {
    checkMillesime(millesime);
    if (!etablissements.isKnown(uai)) {
      throw Problems.notFound("Aucun établissement d'UAI « " + uai + " ».");
    }
    return indicateurs.inserJeunesEtablissement(uai, millesime);
  }

  private static void checkMillesime(@Nullable String millesime) {
    if (millesime != null && !Millesime.estValide(millesime)) {
      throw Problems.badRequest(
          "Le millésime « "
              + millesime
              + " » est invalide : il s'écrit AAAA_AAAA (ex. 2021_2022).");
    }
  }
}
