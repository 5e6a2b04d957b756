package fr.education.orion.console;

import fr.education.orion.console.Colonne.Nature;
import fr.education.orion.indicateur.Unite;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The two consoles: their path, title, rows, columns and the prefix of their export files. The
 * columns are listed once for the fields both consoles share ({@link LigneConsole}).
 */
public enum Console {
  FORMATIONS(
      "formations",
      "Console des formations",
      "Une ligne par formation (CFD et dispositif) et rentrée, sommée sur le territoire choisi.",
      "formations",
      LigneFormation.class,
      colonnesFormations(),
      List.of("libelleFormation", "cfd")),
  ETABLISSEMENTS(
      "etablissements",
      "Console des établissements",
      "Une ligne par offre de formation : établissement, formation, dispositif et voie, à chaque"
          + " rentrée.",
      "offres",
      LigneEtablissement.class,
      colonnesEtablissements(),
      List.of("libelleEtablissement", "uai", "libelleFormation", "cfd"));

  private final String chemin;
  private final String titre;
  private final String description;
  private final String prefixeExport;
  private final Class<? extends LigneConsole> ligne;
  private final List<Colonne> colonnes;
  private final List<String> identifiants;

  Console(
      String chemin,
      String titre,
      String description,
      String prefixeExport,
      Class<? extends LigneConsole> ligne,
      List<Colonne> colonnes,
      List<String> identifiants) {
    this.chemin = chemin;
    this.titre = titre;
    this.description = description;
    this.prefixeExport = prefixeExport;
    this.ligne = ligne;
    this.colonnes = colonnes;
    this.identifiants = identifiants;
  }

  /** {@code formations} or {@code etablissements}, as in {@code /console/formations}. */
  public String chemin() {
    return chemin;
  }

  public String titre() {
    return titre;
  }

  public String description() {
    return description;
  }

  public String prefixeExport() {
    return prefixeExport;
  }

  Class<? extends LigneConsole> ligne() {
    return ligne;
  }

  public List<Colonne> colonnes() {
    return colonnes;
  }

  public Optional<Colonne> colonne(String champ) {
    return colonnes.stream().filter(c -> c.champ().equals(champ)).findFirst();
  }

  /**
   * The columns chosen by their fields, in the console's order; the default ones when none (or none
   * known) is chosen. Unknown fields are ignored: a saved query may outlive a column.
   */
  public List<Colonne> choisies(List<String> champs) {
    List<Colonne> choisies = colonnes.stream().filter(c -> champs.contains(c.champ())).toList();
    return choisies.isEmpty() ? colonnes.stream().filter(Colonne::parDefaut).toList() : choisies;
  }

  /**
   * The columns of an export: the chosen ones, each column of words followed by the column of their
   * codes (« Public », then {@code PU}), whether that one was chosen or not, so that a file read by
   * a program keeps the codes and one read by a person has the words.
   */
  public List<Colonne> exportees(List<Colonne> choisies) {
    List<Colonne> exportees = new ArrayList<>();
    for (Colonne colonne : choisies) {
      boolean codePlaceParSonMot =
          choisies.stream().anyMatch(c -> colonne.champ().equals(c.code()));
      if (!codePlaceParSonMot) {
        exportees.add(colonne);
      }
      if (colonne.code() != null) {
        colonne(colonne.code()).ifPresent(exportees::add);
      }
    }
    return List.copyOf(exportees);
  }

  /**
   * The column that stays in view while the table scrolls sideways: the first chosen one that says
   * what a row is (the établissement, else the formation), not the rentrée, which every row of a
   * usual view shares. Empty when no identifying column is chosen.
   */
  public Optional<Colonne> figee(List<Colonne> choisies) {
    return choisies.stream().filter(c -> identifiants.contains(c.champ())).findFirst();
  }

  /** The columns both consoles have, in the order of the formations console. */
  private static List<Colonne> communes(boolean identite) {
    List<Colonne> c = new ArrayList<>();
    c.add(texte("rentreeScolaire", "Rentrée scolaire", true, LigneConsole::rentreeScolaire));
    if (identite) {
      c.addAll(formationEtDispositif());
    }
    c.add(texte("cfd", "CFD", true, LigneConsole::cfd));
    c.add(texte("codeDispositif", "Code dispositif", false, LigneConsole::codeDispositif));
    c.addAll(
        motEtCode(
            "libelleNiveauDiplome",
            "Diplôme",
            true,
            LigneConsole::libelleNiveauDiplome,
            "codeNiveauDiplome",
            "Code niveau de diplôme",
            LigneConsole::codeNiveauDiplome));
    c.addAll(
        motEtCode(
            "libelleNsf",
            "Domaine de formation (NSF)",
            false,
            LigneConsole::libelleNsf,
            "codeNsf",
            "Code NSF",
            LigneConsole::codeNsf));
    c.add(texte("libelleFamille", "Famille de métiers", false, LigneConsole::libelleFamille));
    c.addAll(
        motEtCode(
            "libelleTypeFamille",
            "Place dans la famille",
            false,
            LigneConsole::libelleTypeFamille,
            "typeFamille",
            "Code place dans la famille",
            LigneConsole::typeFamille));
    c.add(ouiNon("actionPrioritaire", "Action prioritaire", true, LigneConsole::actionPrioritaire));
    c.add(
        ouiNon(
            "transitionEcologique",
            "Transition écologique",
            false,
            LigneConsole::transitionEcologique));
    c.add(
        ouiNon(
            "transitionNumerique",
            "Transition numérique",
            false,
            LigneConsole::transitionNumerique));
    c.add(
        ouiNon(
            "transitionDemographique",
            "Transition démographique",
            false,
            LigneConsole::transitionDemographique));
    return c;
  }

  /**
   * The formation and its dispositif in words; their codes are the columns CFD and Code dispositif.
   */
  private static List<Colonne> formationEtDispositif() {
    return List.of(
        texte("libelleFormation", "Formation", true, LigneConsole::libelleFormation)
            .avecCode("cfd"),
        texte("libelleDispositif", "Dispositif", true, LigneConsole::libelleDispositif)
            .avecCode("codeDispositif"));
  }

  /** The figures both consoles have: entry figures, then InserJeunes rates. */
  private static List<Colonne> chiffres(boolean regionaux, String precisionTaux) {
    List<Colonne> c = new ArrayList<>();
    c.add(nombre("effectif1", "Effectif 1re année", false, false, LigneConsole::effectif1));
    c.add(nombre("effectif2", "Effectif 2e année", false, false, LigneConsole::effectif2));
    c.add(nombre("effectif3", "Effectif 3e année", false, false, LigneConsole::effectif3));
    c.add(
        nombre("effectifEntree", "Effectif en entrée", true, false, LigneConsole::effectifEntree));
    c.add(
        nombre(
            "effectifEntreePrecedent",
            "Effectif en entrée, rentrée précédente",
            false,
            true,
            LigneConsole::effectifEntreePrecedent));
    c.add(nombre("capacite", "Capacité", true, false, LigneConsole::capacite));
    c.add(
        nombre(
            "capacitePrecedente",
            "Capacité, rentrée précédente",
            false,
            true,
            LigneConsole::capacitePrecedente));
    c.add(nombre("premiersVoeux", "Premiers vœux", false, false, LigneConsole::premiersVoeux));
    c.add(mesure("tauxPression", "Taux de pression", true, false, LigneConsole::tauxPression));
    c.add(
        mesure(
            "tauxPressionPrecedent",
            "Taux de pression, rentrée précédente",
            false,
            true,
            LigneConsole::tauxPressionPrecedent));
    c.add(mesure("tauxDemande", "Taux de demande (BTS)", true, false, LigneConsole::tauxDemande));
    c.add(
        mesure(
            "tauxDemandePrecedent",
            "Taux de demande (BTS), rentrée précédente",
            false,
            true,
            LigneConsole::tauxDemandePrecedent));
    c.add(
        mesure(
            "tauxRemplissage", "Taux de remplissage", true, false, LigneConsole::tauxRemplissage));
    c.add(
        mesure(
            "tauxRemplissagePrecedent",
            "Taux de remplissage, rentrée précédente",
            false,
            true,
            LigneConsole::tauxRemplissagePrecedent));
    c.add(
        texte(
            "positionQuadrant", "Position dans le quadrant", true, LigneConsole::positionQuadrant));
    c.add(texte("millesimeSortie", "Millésime InserJeunes", false, LigneConsole::millesimeSortie));
    c.add(
        mesure(
            "tauxInsertion6mois",
            "Taux d'emploi à 6 mois" + precisionTaux,
            true,
            false,
            LigneConsole::tauxInsertion6mois));
    c.add(
        mesure(
            "tauxInsertion6moisPrecedent",
            "Taux d'emploi à 6 mois" + precisionTaux + ", millésime précédent",
            false,
            true,
            LigneConsole::tauxInsertion6moisPrecedent));
    c.add(
        mesure(
            "tauxPoursuite",
            "Taux de poursuite d'études" + precisionTaux,
            true,
            false,
            LigneConsole::tauxPoursuite));
    c.add(
        mesure(
            "tauxPoursuitePrecedent",
            "Taux de poursuite d'études" + precisionTaux + ", millésime précédent",
            false,
            true,
            LigneConsole::tauxPoursuitePrecedent));
    c.add(
        mesure(
            "tauxDevenirFavorable",
            "Taux de devenir favorable" + precisionTaux,
            !regionaux,
            false,
            LigneConsole::tauxDevenirFavorable));
    c.add(
        mesure(
            "tauxDevenirFavorablePrecedent",
            "Taux de devenir favorable" + precisionTaux + ", millésime précédent",
            false,
            true,
            LigneConsole::tauxDevenirFavorablePrecedent));
    return c;
  }

  private static List<Colonne> colonnesFormations() {
    List<Colonne> c = communes(true);
    c.add(
        nombre(
            "nbEtablissements",
            "Nombre d'établissements",
            true,
            false,
            LigneConsole::nbEtablissements));
    c.addAll(chiffres(false, " (région)"));
    return List.copyOf(c);
  }

  private static List<Colonne> colonnesEtablissements() {
    List<Colonne> c = new ArrayList<>();
    c.add(
        etablissement(
            "libelleEtablissement",
            "Établissement",
            true,
            LigneEtablissement::libelleEtablissement));
    c.add(etablissement("uai", "UAI", true, LigneEtablissement::uai));
    c.add(etablissement("commune", "Commune", true, LigneEtablissement::commune));
    c.add(
        etablissement(
                "libelleDepartement", "Département", false, LigneEtablissement::libelleDepartement)
            .avecCode("codeDepartement"));
    c.add(
        etablissement(
            "codeDepartement", "Code département", false, LigneEtablissement::codeDepartement));
    c.add(
        etablissement("libelleRegion", "Région", false, LigneEtablissement::libelleRegion)
            .avecCode("codeRegion"));
    c.add(etablissement("codeRegion", "Code région", false, LigneEtablissement::codeRegion));
    c.add(
        etablissement("libelleSecteur", "Secteur", true, LigneEtablissement::libelleSecteur)
            .avecCode("secteur"));
    c.add(etablissement("secteur", "Code secteur", false, LigneEtablissement::secteur));
    c.addAll(formationEtDispositif());
    c.add(
        etablissement("libelleVoie", "Voie", true, LigneEtablissement::libelleVoie)
            .avecCode("voie"));
    c.add(etablissement("voie", "Code voie", false, LigneEtablissement::voie));
    c.addAll(communes(false));
    c.addAll(chiffres(true, " de l'établissement"));
    c.add(
        etablissementMesure(
            "tauxInsertion6moisRegional",
            "Taux d'emploi à 6 mois (région)",
            true,
            false,
            LigneEtablissement::tauxInsertion6moisRegional));
    c.add(
        etablissementMesure(
            "tauxInsertion6moisRegionalPrecedent",
            "Taux d'emploi à 6 mois (région), millésime précédent",
            false,
            true,
            LigneEtablissement::tauxInsertion6moisRegionalPrecedent));
    c.add(
        etablissementMesure(
            "tauxPoursuiteRegional",
            "Taux de poursuite d'études (région)",
            true,
            false,
            LigneEtablissement::tauxPoursuiteRegional));
    c.add(
        etablissementMesure(
            "tauxPoursuiteRegionalPrecedent",
            "Taux de poursuite d'études (région), millésime précédent",
            false,
            true,
            LigneEtablissement::tauxPoursuiteRegionalPrecedent));
    c.add(
        etablissementMesure(
            "tauxDevenirFavorableRegional",
            "Taux de devenir favorable (région)",
            true,
            false,
            LigneEtablissement::tauxDevenirFavorableRegional));
    c.add(
        etablissementMesure(
            "tauxDevenirFavorableRegionalPrecedent",
            "Taux de devenir favorable (région), millésime précédent",
            false,
            true,
            LigneEtablissement::tauxDevenirFavorableRegionalPrecedent));
    // Removed from the default columns in Orion's reference (PR #676), still available.
    c.add(
        etablissementMesure(
            "valeurAjoutee",
            "Valeur ajoutée de l'établissement",
            false,
            false,
            LigneEtablissement::valeurAjoutee));
    c.add(
        etablissementMesure(
            "valeurAjouteePrecedente",
            "Valeur ajoutée de l'établissement, millésime précédent",
            false,
            true,
            LigneEtablissement::valeurAjouteePrecedente));
    return List.copyOf(c);
  }

  private static Colonne texte(
      String champ, String libelle, boolean parDefaut, Function<LigneConsole, @Nullable Object> v) {
    return new Colonne(champ, libelle, Nature.TEXTE, null, parDefaut, false, v, null);
  }

  /** A column of words ({@code libelle…}) and, hidden by default, the column of their codes. */
  private static List<Colonne> motEtCode(
      String champ,
      String libelle,
      boolean parDefaut,
      Function<LigneConsole, @Nullable Object> mot,
      String champCode,
      String libelleCode,
      Function<LigneConsole, @Nullable Object> code) {
    return List.of(
        texte(champ, libelle, parDefaut, mot).avecCode(champCode),
        texte(champCode, libelleCode, false, code));
  }

  private static Colonne ouiNon(
      String champ, String libelle, boolean parDefaut, Function<LigneConsole, @Nullable Object> v) {
    return new Colonne(champ, libelle, Nature.OUI_NON, null, parDefaut, false, v, null);
  }

  private static Colonne nombre(
      String champ,
      String libelle,
      boolean parDefaut,
      boolean evolution,
      Function<LigneConsole, @Nullable Object> v) {
    return new Colonne(champ, libelle, Nature.NOMBRE, null, parDefaut, evolution, v, null);
  }

  private static Colonne mesure(
      String champ,
      String libelle,
      boolean parDefaut,
      boolean evolution,
      Function<LigneConsole, @Nullable Object> v) {
    return new Colonne(champ, libelle, Nature.MESURE, unite(champ), parDefaut, evolution, v, null);
  }

  /** The unit an indicator's field name says (one convention for columns, JSON and exports). */
  private static Unite unite(String champ) {
    return Unite.duChamp(champ)
        .orElseThrow(() -> new IllegalArgumentException("Pas d'unité pour " + champ));
  }

  private static Colonne etablissement(
      String champ,
      String libelle,
      boolean parDefaut,
      Function<LigneEtablissement, @Nullable Object> v) {
    return new Colonne(
        champ,
        libelle,
        Nature.TEXTE,
        null,
        parDefaut,
        false,
        ligne -> v.apply((LigneEtablissement) ligne),
        null);
  }

  private static Colonne etablissementMesure(
      String champ,
      String libelle,
      boolean parDefaut,
      boolean evolution,
      Function<LigneEtablissement, @Nullable Object> v) {
    return new Colonne(
        champ,
        libelle,
        Nature.MESURE,
        unite(champ),
        parDefaut,
        evolution,
        ligne -> v.apply((LigneEtablissement) ligne),
        null);
  }
}
