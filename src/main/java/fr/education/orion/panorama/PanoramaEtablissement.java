package fr.education.orion.panorama;

import fr.education.orion.glossaire.Terme;
import fr.education.orion.indicateur.Indicateurs.InserJeunesEtablissement;
import fr.education.orion.indicateur.Millesime;
import fr.education.orion.ingestion.ImportRuns.ImportRun;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.Etablissements.EtablissementDetail;
import fr.education.orion.referentiel.Uai;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The panorama of an établissement, as its page and its JSON route show it: who it is, what it
 * offers at a rentrée, how each of its formations attracts and what becomes of the pupils, and who
 * else offers the same formation nearby. Rates are fractions in [0, 1].
 *
 * @param uai the établissement
 * @param identite what the référentiel knows of it; null when it only appears in the offers
 * @param filtres the filters applied and the choices the page offers
 * @param entete voies, domaines and the DEPP's indicators of the établissement
 * @param formations the offers of the chosen rentrée that pass the filters, each analysed
 * @param horsPerimetre offers of the chosen rentrée outside Orion's perimeter (not shown)
 * @param proches the other établissements of the département offering the chosen formation
 * @param donneesIncompletes what is missing, in French, for the "données incomplètes" notice
 * @param sources the imports the figures come from
 */
public record PanoramaEtablissement(
    Uai uai,
    @Nullable EtablissementDetail identite,
    Filtres filtres,
    Entete entete,
    List<FormationAnalysee> formations,
    int horsPerimetre,
    @Nullable Proches proches,
    List<String> donneesIncompletes,
    List<ImportRun> sources) {

  /** The name to show: the référentiel's, else the UAI. */
  public String libelle() {
    return identite == null ? "Établissement " + uai : identite.libelle();
  }

  /** The "liens utiles" of the établissement's département and région. */
  public List<LienUtile> liensUtiles() {
    return identite == null
        ? List.of()
        : LiensUtiles.territoire(identite.codeRegion(), identite.codeDepartement());
  }

  /** The same panorama with its notice of missing data. */
  PanoramaEtablissement avecDonneesIncompletes(List<String> notice) {
    return new PanoramaEtablissement(
        uai, identite, filtres, entete, formations, horsPerimetre, proches, notice, sources);
  }

  /**
   * The formations shown, grouped by niveau de diplôme in the page's order, so that the page can
   * list them under a heading per niveau.
   */
  public List<FormationsDuNiveau> formationsParNiveau() {
    Map<String, List<FormationAnalysee>> groupes = new LinkedHashMap<>();
    for (FormationAnalysee formation : formations) {
      String niveau =
          Objects.requireNonNullElse(
              formation.offre().libelleNiveauDiplome(), "Niveau de diplôme inconnu");
      groupes.computeIfAbsent(niveau, cle -> new ArrayList<>()).add(formation);
    }
    return groupes.entrySet().stream()
        .map(groupe -> new FormationsDuNiveau(groupe.getKey(), List.copyOf(groupe.getValue())))
        .toList();
  }

  /** The formations of a niveau de diplôme, e.g. {@code BAC PRO}. */
  public record FormationsDuNiveau(String libelle, List<FormationAnalysee> formations) {}

  /** The constat gives the headcounts of the chosen rentrée. */
  public boolean effectifsDisponibles() {
    return rentree().map(Rentree::effectifs).orElse(false);
  }

  /** Affelnet (or Parcoursup for a BTS) gives the capacity and wishes of the chosen rentrée. */
  public boolean capacitesDisponibles(Offre offre) {
    return rentree()
        .map(rentree -> offre.bts() ? rentree.capacitesBts() : rentree.capacites())
        .orElse(false);
  }

  /** An import type as the list of sources names it. */
  public static String libelleSource(@Nullable String type) {
    return switch (type == null ? "" : type) {
      case "constat_rentree" -> "Constat de rentrée (DEPP) : effectifs";
      case "affelnet" -> "Affelnet : capacités et premiers vœux";
      case "parcoursup_bts" -> "Parcoursup : capacités et vœux des BTS";
      case "offres_apprentissage" -> "Catalogue des formations en apprentissage";
      case "inserjeunes_region" -> "InserJeunes : sortants par formation et région";
      case "inserjeunes_uai" -> "InserJeunes : sortants par formation et établissement";
      case "depp_inserjeunes_lycees" -> "DEPP : indicateurs InserJeunes des lycées";
      case "depp_inserjeunes_cfa" -> "DEPP : indicateurs InserJeunes des CFA";
      default -> Objects.requireNonNullElse(type, "—");
    };
  }

  /** The rentrée is one of those the offers know: with headcounts, capacities or both. */
  public Optional<Rentree> rentree() {
    return filtres.rentrees().stream()
        .filter(rentree -> rentree.rentreeScolaire().equals(filtres.rentreeScolaire()))
        .findFirst();
  }

  /**
   * The filters of the page, and what it lets the user choose.
   *
   * @param rentreeScolaire the rentrée of the offers shown; by default the newest with headcounts
   *     (null when Orion holds no entry data at all)
   * @param codeNiveauDiplome the niveau de diplôme shown, null for all
   * @param voie {@code scolaire} or {@code apprentissage}, null for both
   * @param millesime the millésime of the DEPP indicators of the header; by default the newest
   * @param cfd the formation whose nearby établissements are listed
   * @param rentrees the rentrées with offers of the établissement, newest first
   * @param niveaux the niveaux of its offers at the chosen rentrée
   * @param millesimes the millésimes of its DEPP indicators, newest first
   */
  public record Filtres(
      @Nullable String rentreeScolaire,
      @Nullable String codeNiveauDiplome,
      @Nullable String voie,
      @Nullable String millesime,
      @Nullable String cfd,
      List<Rentree> rentrees,
      List<Niveau> niveaux,
      List<String> millesimes) {}

  /**
   * A rentrée and the entry data Orion holds for it.
   *
   * @param effectifs the constat de rentrée gives the headcounts
   * @param capacites Affelnet gives capacities and first wishes (formations other than BTS)
   * @param capacitesBts Parcoursup gives capacities and confirmed wishes of BTS
   */
  public record Rentree(
      String rentreeScolaire, boolean effectifs, boolean capacites, boolean capacitesBts) {

    /** What the rentrée holds, e.g. "effectifs" or "capacités et vœux (Affelnet)". */
    public String contenu() {
      List<String> contenu =
          List.of(
                  effectifs ? "effectifs (constat de rentrée)" : "",
                  capacites ? "capacités et vœux (Affelnet)" : "",
                  capacitesBts ? "capacités et vœux des BTS (Parcoursup)" : "")
              .stream()
              .filter(part -> !part.isEmpty())
              .toList();
      return contenu.isEmpty() ? "aucune donnée d'entrée" : String.join(", ", contenu);
    }
  }

  /** A niveau de diplôme and how many formations (CFD) the établissement offers at it. */
  public record Niveau(String code, String libelle, int nbFormations) {}

  /**
   * The header of the panorama.
   *
   * @param voies the voies of its offers at the chosen rentrée
   * @param domaines its NSF domains at the chosen rentrée, most formations first
   * @param indicateurs the DEPP's indicators of the chosen millésime, if it publishes any
   */
  public record Entete(
      List<String> voies, List<Domaine> domaines, @Nullable IndicateursDepp indicateurs) {}

  /** An NSF domain (groupe de spécialités) and how many formations (CFD) it counts here. */
  public record Domaine(String codeNsf, @Nullable String libelle, int nbFormations) {}

  /**
   * A value and its previous millésime's, with the difference when both are known.
   *
   * @param ecart valeur − precedent
   */
  public record Evolution(
      @Nullable BigDecimal valeur, @Nullable BigDecimal precedent, @Nullable BigDecimal ecart) {

    static Evolution of(@Nullable BigDecimal valeur, @Nullable BigDecimal precedent) {
      return new Evolution(
          valeur,
          precedent,
          valeur == null || precedent == null ? null : valeur.subtract(precedent));
    }
  }

  /**
   * The DEPP's InserJeunes indicators of the établissement for a millésime, for the whole lycée
   * ({@code ensemble}) or, for a CFA, its apprentices ({@code apprentissage}), with the previous
   * millésime's.
   *
   * <p>The DEPP does not publish a taux de devenir favorable per établissement; it publishes the
   * shares of final-year pupils in further study, in employment 6 months after leaving and in
   * neither (from 2020_2021 on), which always add up to 100. Their first two add up to (pupils
   * continuing + pupils in employment) / final-year pupils: Orion's taux de devenir favorable,
   * within the rounding of the two shares.
   *
   * @param millesimePrecedent the millésime before, whether or not the DEPP has figures for it
   * @param valeurAjoutee the taux d'emploi à 6 mois minus the rate the DEPP expects, in points
   */
  public record IndicateursDepp(
      String millesime,
      String perimetre,
      String fichier,
      String millesimePrecedent,
      Evolution valeurAjoutee,
      Evolution tauxPoursuite,
      Evolution tauxEmploi6mois,
      Evolution tauxDevenirFavorable) {

    static final String ENSEMBLE = "ensemble";
    static final String APPRENTISSAGE = "apprentissage";

    /**
     * The indicators of a millésime (the newest when null) among the DEPP lines of one
     * établissement: those of its lycée as a whole when it has any, else those of its CFA.
     */
    static Optional<IndicateursDepp> of(
        List<InserJeunesEtablissement> lignes, @Nullable String millesime) {
      String perimetre =
          lignes.stream().anyMatch(ligne -> ligne.perimetre().equals(ENSEMBLE))
              ? ENSEMBLE
              : APPRENTISSAGE;
      List<InserJeunesEtablissement> duPerimetre =
          lignes.stream().filter(ligne -> ligne.perimetre().equals(perimetre)).toList();
      Optional<InserJeunesEtablissement> courant =
          duPerimetre.stream()
              .filter(ligne -> millesime == null || ligne.millesime().equals(millesime))
              .max(Comparator.comparing(InserJeunesEtablissement::millesime));
      return courant.map(
          ligne -> {
            String millesimePrecedent = Millesime.of(ligne.millesime()).precedent().code();
            Optional<InserJeunesEtablissement> precedent =
                duPerimetre.stream()
                    .filter(autre -> autre.millesime().equals(millesimePrecedent))
                    .findFirst();
            return new IndicateursDepp(
                ligne.millesime(),
                perimetre,
                ligne.fichier(),
                millesimePrecedent,
                Evolution.of(
                    ligne.valeurAjoutee(),
                    precedent.map(InserJeunesEtablissement::valeurAjoutee).orElse(null)),
                Evolution.of(
                    ligne.tauxPoursuite(),
                    precedent.map(InserJeunesEtablissement::tauxPoursuite).orElse(null)),
                Evolution.of(
                    ligne.tauxEmploi6mois(),
                    precedent.map(InserJeunesEtablissement::tauxEmploi6mois).orElse(null)),
                Evolution.of(
                    devenirFavorable(ligne),
                    precedent.map(IndicateursDepp::devenirFavorable).orElse(null)));
          });
    }

    private static @Nullable BigDecimal devenirFavorable(InserJeunesEtablissement ligne) {
      return ligne.partPoursuite() == null || ligne.partEmploi6mois() == null
          ? null
          : ligne.partPoursuite().add(ligne.partEmploi6mois());
    }

    /** One indicator of the header, with its name and unit. */
    public record Ligne(String libelle, Terme terme, boolean enPoints, Evolution evolution) {}

    /** The indicators in the order the page shows them. */
    public List<Ligne> lignes() {
      return List.of(
          new Ligne("Valeur ajoutée (emploi à 6 mois)", Terme.VALEUR_AJOUTEE, true, valeurAjoutee),
          new Ligne("Taux de poursuite d'études", Terme.TAUX_POURSUITE, false, tauxPoursuite),
          new Ligne("Taux d'emploi à 6 mois", Terme.TAUX_EMPLOI, false, tauxEmploi6mois),
          new Ligne(
              "Taux de devenir favorable",
              Terme.TAUX_DEVENIR_FAVORABLE,
              false,
              tauxDevenirFavorable));
    }

    /** The périmètre as a page names it. */
    public String libellePerimetre() {
      return perimetre.equals(ENSEMBLE)
          ? "ensemble des sortants du lycée (élèves et apprentis)"
          : "apprentis du CFA";
    }
  }

  /**
   * One offer of the établissement at the chosen rentrée: the headcount of each year of its
   * dispositif (null where the constat has no line, or the rentrée no constat), at entry, the
   * capacity and wishes of its entry year.
   *
   * @param dureeDispositif the years of the dispositif, from N_MEF
   * @param premiersVoeux Affelnet first-rank wishes, or Parcoursup confirmed wishes of a BTS
   * @param classeCommune the first year shared by the spécialités of a famille de métiers: its
   *     pupils continue in a spécialité, so InserJeunes has no leavers of it
   * @param tauxPression wishes per place, except for BTS
   * @param tauxDemande wishes per place of a BTS
   */
  public record Offre(
      Cfd cfd,
      String codeDispositif,
      String voie,
      @Nullable String libelleFormation,
      @Nullable String libelleDispositif,
      @Nullable String codeNiveauDiplome,
      @Nullable String libelleNiveauDiplome,
      @Nullable String codeNsf,
      @Nullable String libelleNsf,
      @Nullable Integer dureeDispositif,
      @Nullable Integer effectif1,
      @Nullable Integer effectif2,
      @Nullable Integer effectif3,
      @Nullable Integer effectifEntree,
      @Nullable Integer capacite,
      @Nullable Integer premiersVoeux,
      boolean bts,
      boolean classeCommune,
      @Nullable BigDecimal tauxPression,
      @Nullable BigDecimal tauxDemande,
      @Nullable BigDecimal tauxRemplissage) {

    /** The headcount of a year of the dispositif (1 to 3). */
    public @Nullable Integer effectif(int annee) {
      return switch (annee) {
        case 1 -> effectif1;
        case 2 -> effectif2;
        default -> effectif3;
      };
    }

    /** The taux de pression, or for a BTS the taux de demande. */
    public @Nullable BigDecimal voeuxParPlace() {
      return bts ? tauxDemande : tauxPression;
    }

    /** Identifies the offer within the page (anchors). */
    public String ancre() {
      return "formation-" + cfd + "-" + codeDispositif + "-" + voie;
    }
  }

  /**
   * Wishes per place of the same formation and dispositif in the territories of the établissement:
   * Σ wishes / Σ places over the offers of each territory where both are known (taux de pression,
   * or taux de demande for a BTS).
   */
  public record VoeuxParPlaceTerritoires(
      @Nullable BigDecimal departement,
      @Nullable BigDecimal region,
      @Nullable BigDecimal national) {}

  /**
   * An offer analysed: its entry figures, its wishes per place beside its territories', and the
   * InserJeunes rates of its formation.
   */
  public record FormationAnalysee(
      Offre offre, VoeuxParPlaceTerritoires territoires, InserJeunes inserJeunes) {}

  /**
   * The InserJeunes rates of a formation over the millésimes, oldest first.
   *
   * @param echelle {@code etablissement} when InserJeunes publishes the formation at this
   *     établissement, else {@code region}: the rates of the formation in the établissement's
   *     région
   * @param codeRegion the région of the regional rates
   */
  public record InserJeunes(
      String echelle,
      @Nullable String codeRegion,
      @Nullable String libelleRegion,
      List<InserJeunesMillesime> millesimes) {

    public static final String ETABLISSEMENT = "etablissement";
    public static final String REGION = "region";

    /** Where the rates are measured: {@code dans la région Bretagne}. */
    public String libelleEchelle() {
      if (echelle.equals(ETABLISSEMENT)) {
        return "dans l'établissement";
      }
      return libelleRegion == null ? "dans la région" : "dans la région " + libelleRegion;
    }
  }

  /**
   * The InserJeunes rates of a formation for a millésime, null under 20 pupils (or leavers).
   *
   * @param effectifSortie pupils in the final year
   * @param cfdContinuum the predecessor whose counts a renovated formation carries, if any
   */
  public record InserJeunesMillesime(
      String millesime,
      @Nullable Integer effectifSortie,
      @Nullable BigDecimal tauxInsertion6mois,
      @Nullable BigDecimal tauxPoursuite,
      @Nullable BigDecimal tauxDevenirFavorable,
      @Nullable String cfdContinuum) {}

  /**
   * The other établissements of the département that offer a formation at the chosen rentrée.
   *
   * @param coordonnees the établissement itself has coordinates, so distances can be given
   * @param formations the formations to choose from: every CFD of the établissement's offers
   * @param etablissements nearest first where both have coordinates, then alphabetically
   */
  public record Proches(
      String cfd,
      @Nullable String libelleFormation,
      @Nullable String codeDepartement,
      @Nullable String libelleDepartement,
      boolean coordonnees,
      List<EtablissementProche> etablissements,
      List<FormationProposee> formations) {}

  /** A formation (CFD) the établissement offers at the chosen rentrée. */
  public record FormationProposee(String cfd, @Nullable String libelle) {}

  /**
   * An établissement offering the same formation.
   *
   * @param dispositifs the dispositifs of its offers of the formation
   * @param distanceKm as the crow flies, null when either établissement has no coordinates
   */
  public record EtablissementProche(
      String uai,
      String libelle,
      @Nullable String commune,
      @Nullable String secteur,
      List<String> voies,
      List<String> dispositifs,
      @Nullable Double distanceKm) {

    /** The distance in km with one decimal, fr-FR ({@code 2,4 km}); {@code —} when unknown. */
    public String libelleDistance() {
      return distanceKm == null ? "—" : String.format(Locale.FRANCE, "%.1f km", distanceKm);
    }
  }
}
