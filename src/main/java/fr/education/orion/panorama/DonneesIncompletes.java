package fr.education.orion.panorama;

import fr.education.orion.indicateur.Taux;
import fr.education.orion.panorama.PanoramaEtablissement.FormationAnalysee;
import fr.education.orion.panorama.PanoramaEtablissement.IndicateursDepp;
import fr.education.orion.panorama.PanoramaEtablissement.InserJeunes;
import fr.education.orion.panorama.PanoramaEtablissement.Offre;
import fr.education.orion.panorama.PanoramaEtablissement.Rentree;
import fr.education.orion.referentiel.Etablissements.EtablissementDetail;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What the panorama of an établissement lacks, said in French for its "données incomplètes" notice:
 * a page must say what is missing rather than show zeros.
 */
final class DonneesIncompletes {

  private DonneesIncompletes() {}

  static List<String> de(PanoramaEtablissement panorama) {
    List<String> manques = new ArrayList<>();
    identite(panorama.identite(), manques);
    depp(panorama, manques);
    entree(panorama, manques);
    apprentissage(panorama, manques);
    inserJeunes(panorama.formations(), manques);
    if (panorama.proches() != null
        && panorama.proches().codeDepartement() != null
        && !panorama.proches().coordonnees()) {
      manques.add(
          "Coordonnées de l'établissement inconnues : les établissements proches sont classés par"
              + " nom, sans distance.");
    }
    return List.copyOf(manques);
  }

  private static void identite(@Nullable EtablissementDetail identite, List<String> manques) {
    if (identite == null) {
      manques.add(
          "Établissement absent du référentiel : nom, adresse, secteur et territoire inconnus ;"
              + " pas de comparaison départementale ou régionale.");
      return;
    }
    if (identite.adresse() == null) {
      manques.add(
          "Adresse inconnue du référentiel (source de l'identité : "
              + identite.libelleSource()
              + ").");
    }
    if (identite.secteur() == null) {
      manques.add("Secteur (public ou privé) inconnu.");
    }
  }

  private static void depp(PanoramaEtablissement panorama, List<String> manques) {
    IndicateursDepp depp = panorama.entete().indicateurs();
    if (depp == null) {
      String millesime = panorama.filtres().millesime();
      manques.add(
          "La DEPP ne publie pas d'indicateurs InserJeunes pour cet établissement"
              + (millesime == null ? "" : " (millésime " + millesime + ")")
              + ".");
      return;
    }
    List<String> absents =
        depp.lignes().stream()
            .filter(ligne -> ligne.evolution().valeur() == null)
            .map(ligne -> ligne.libelle().toLowerCase(Locale.FRANCE))
            .toList();
    if (!absents.isEmpty()) {
      manques.add(
          "Non publié par la DEPP pour le millésime "
              + depp.millesime()
              + " : "
              + String.join(", ", absents)
              + ".");
    }
    boolean precedentConnu =
        depp.lignes().stream().anyMatch(ligne -> ligne.evolution().precedent() != null);
    if (!precedentConnu) {
      manques.add(
          "Pas d'indicateurs DEPP pour le millésime précédent ("
              + depp.millesimePrecedent()
              + ") : pas d'évolution.");
    }
  }

  private static void entree(PanoramaEtablissement panorama, List<String> manques) {
    String rentree = panorama.filtres().rentreeScolaire();
    if (rentree == null) {
      manques.add("Aucune donnée d'entrée (constat de rentrée, Affelnet, Parcoursup) dans Orion.");
      return;
    }
    if (panorama.filtres().niveaux().isEmpty()) {
      manques.add("Aucune formation de la voie professionnelle à la rentrée " + rentree + ".");
      return;
    }
    Optional<Rentree> donnees = panorama.rentree();
    List<Offre> offres = panorama.formations().stream().map(FormationAnalysee::offre).toList();
    // With a constat, a null headcount means no pupil was counted, not a missing figure.
    if (!donnees.map(Rentree::effectifs).orElse(false)) {
      manques.add(
          "Effectifs non disponibles pour la rentrée "
              + rentree
              + " : Orion n'a pas le constat de rentrée "
              + rentree
              + ".");
    }
    if (some(offres, offre -> !offre.bts()) && !donnees.map(Rentree::capacites).orElse(false)) {
      manques.add(
          "Capacités et premiers vœux non disponibles pour la rentrée "
              + rentree
              + " : Orion n'a pas le fichier Affelnet de cette rentrée ; taux de pression et de"
              + " remplissage non calculables.");
    }
    if (some(offres, Offre::bts) && !donnees.map(Rentree::capacitesBts).orElse(false)) {
      manques.add(
          "Capacités et vœux des BTS non disponibles pour la rentrée "
              + rentree
              + " : Orion n'a pas le fichier Parcoursup de cette rentrée ; taux de demande non"
              + " calculable.");
    }
  }

  private static void apprentissage(PanoramaEtablissement panorama, List<String> manques) {
    boolean catalogue =
        panorama.sources().stream()
            .anyMatch(source -> PanoramaEtablissementQueries.APPRENTISSAGE.equals(source.type()));
    if (!catalogue) {
      manques.add(
          "Formations en apprentissage inconnues : Orion n'a pas le catalogue des formations en"
              + " apprentissage.");
    }
  }

  private static void inserJeunes(List<FormationAnalysee> formations, List<String> manques) {
    boolean regionInconnue =
        formations.stream()
            .anyMatch(
                formation ->
                    formation.inserJeunes().echelle().equals(InserJeunes.REGION)
                        && formation.inserJeunes().codeRegion() == null);
    if (regionInconnue) {
      manques.add(
          "Région de l'établissement inconnue : pas de taux InserJeunes régionaux pour ses"
              + " formations.");
      return;
    }
    List<String> sansTaux =
        formations.stream()
            .filter(formation -> !formation.offre().classeCommune())
            .filter(
                formation ->
                    formation.inserJeunes().millesimes().stream()
                        .allMatch(
                            millesime ->
                                millesime.tauxInsertion6mois() == null
                                    && millesime.tauxPoursuite() == null
                                    && millesime.tauxDevenirFavorable() == null))
            .map(formation -> libelle(formation.offre()))
            .distinct()
            .toList();
    if (!sansTaux.isEmpty()) {
      manques.add(
          "Aucun taux InserJeunes (pas de sortants publiés, ou moins de "
              + Taux.SEUIL_INSERJEUNES
              + ") pour : "
              + String.join(" ; ", sansTaux)
              + ".");
    }
  }

  private static String libelle(Offre offre) {
    return (offre.libelleFormation() == null ? offre.cfd().code() : offre.libelleFormation())
        + (offre.libelleDispositif() == null ? "" : " (" + offre.libelleDispositif() + ")");
  }

  private static <T> boolean some(List<T> values, Predicate<T> test) {
    return values.stream().anyMatch(test);
  }
}
