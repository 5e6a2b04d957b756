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
      LigneFormation::lue,
      colonnesFormations(),
      List.of("libelleFormation", "cfd")),
  ETABLISSEMENTS(
      "etablissements",
      "Console des établissements",
      "Une ligne par offre de formation : établissement, formation, dispositif et voie, à chaque"
          + " rentrée.",
      "offres",
      LigneEtablissement::lue,
      colonnesEtablissements(),
      List.of("libelleEtablissement", "uai", "libelleFormation", "cfd"));

  private final String chemin;
  private final String titre;
  private final String description;
  private final String prefixeExport;
  private final Function<Lecture, LigneConsole> lecture;
  private final List<Colonne> colonnes;
  private final List<String> identifiants;

  Console(
      String chemin,
      String titre,
      String description,
      String prefixeExport,
      Function<Lecture, LigneConsole> lecture,
      List<Colonne> colonnes,
      List<String> identifiants) {
    this.chemin = chemin;
    this.titre = titre;
    this.description = description;
    this.prefixeExport = prefixeExport;
    this.lecture = lecture;
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

  /**
   * A row of this console read from its query ({@link LignesCalculees}, {@link InstantaneConsole}).
   */
  LigneConsole lue(Lecture ligne) {
    return lecture.apply(ligne);
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
    c.add(texte("cfd", "CFD", true, l -> l.formation().cfd()));
    c.add(texte("codeDispositif", "Code dispositif", false, l -> l.formation().codeDispositif()));
    c.addAll(
        motEtCode(
            "libelleNiveauDiplome",
            "Diplôme",
            true,
            l -> l.formation().libelleNiveauDiplome(),
            "codeNiveauDiplome",
            "Code niveau de diplôme",
            l -> l.formation().codeNiveauDiplome()));
    c.addAll(
        motEtCode(
            "libelleNsf",
            "Domaine de formation (NSF)",
            false,
            l -> l.formation().libelleNsf(),
            "codeNsf",
            "Code NSF",
            l -> l.formation().codeNsf()));
    c.add(
        texte("libelleFamille", "Famille de métiers", false, l -> l.formation().libelleFamille()));
    c.addAll(
        motEtCode(
            "libelleTypeFamille",
            "Place dans la famille",
            false,
            l -> l.formation().libelleTypeFamille(),
            "typeFamille",
            "Code place dans la famille",
            l -> l.formation().typeFamille()));
    c.add(
        ouiNon(
            "actionPrioritaire",
            "Action prioritaire",
            true,
            l -> l.formation().actionPrioritaire()));
    c.add(
        ouiNon(
            "transitionEcologique",
            "Transition écologique",
            false,
            l -> l.formation().transitionEcologique()));
    c.add(
        ouiNon(
            "transitionNumerique",
            "Transition numérique",
            false,
            l -> l.formation().transitionNumerique()));
    c.add(
        ouiNon(
            "transitionDemographique",
            "Transition démographique",
            false,
            l -> l.formation().transitionDemographique()));
    return c;
  }

  /**
   * The formation and its dispositif in words; their codes are the columns CFD and Code dispositif.
   */
  private static List<Colonne> formationEtDispositif() {
    return List.of(
        texte("libelleFormation", "Formation", true, l -> l.formation().libelleFormation())
            .avecCode("cfd"),
        texte("libelleDispositif", "Dispositif", true, l -> l.formation().libelleDispositif())
            .avecCode("codeDispositif"));
  }

  /** The figures both consoles have: entry figures, then InserJeunes rates. */
  private static List<Colonne> chiffres(boolean regionaux, String precisionTaux) {
    List<Colonne> c = new ArrayList<>();
    c.add(nombre("effectif1", "Effectif 1re année", false, l -> l.entree().effectif1()));
    c.add(nombre("effectif2", "Effectif 2e année", false, l -> l.entree().effectif2()));
    c.add(nombre("effectif3", "Effectif 3e année", false, l -> l.entree().effectif3()));
    c.addAll(
        evolution(
            Nature.NOMBRE,
            "effectifEntree",
            "effectifEntreePrecedent",
            "Effectif en entrée",
            RENTREE_PRECEDENTE,
            true,
            l -> l.entree().effectifEntree()));
    c.addAll(
        evolution(
            Nature.NOMBRE,
            "capacite",
            "capacitePrecedente",
            "Capacité",
            RENTREE_PRECEDENTE,
            true,
            l -> l.entree().capacite()));
    c.add(nombre("premiersVoeux", "Premiers vœux", false, l -> l.entree().premiersVoeux()));
    c.addAll(
        evolution(
            Nature.MESURE,
            "tauxPression",
            "tauxPressionPrecedent",
            "Taux de pression",
            RENTREE_PRECEDENTE,
            true,
            l -> l.entree().tauxPression()));
    c.addAll(
        evolution(
            Nature.MESURE,
            "tauxDemande",
            "tauxDemandePrecedent",
            "Taux de demande (BTS)",
            RENTREE_PRECEDENTE,
            true,
            l -> l.entree().tauxDemande()));
    c.addAll(
        evolution(
            Nature.MESURE,
            "tauxRemplissage",
            "tauxRemplissagePrecedent",
            "Taux de remplissage",
            RENTREE_PRECEDENTE,
            true,
            l -> l.entree().tauxRemplissage()));
    c.add(
        texte(
            "positionQuadrant", "Position dans le quadrant", true, LigneConsole::positionQuadrant));
    c.add(texte("millesimeSortie", "Millésime InserJeunes", false, LigneConsole::millesimeSortie));
    c.addAll(taux("", precisionTaux, !regionaux, LigneConsole::sortie));
    return c;
  }

  /**
   * The three InserJeunes rates of a row's {@link LigneConsole.Sortie} and their previous values,
   * their fields followed by {@code qualificatif} and their headers by {@code precision}.
   */
  private static List<Colonne> taux(
      String qualificatif,
      String precision,
      boolean devenirParDefaut,
      Function<LigneConsole, LigneConsole.Sortie> sortie) {
    List<Colonne> c = new ArrayList<>();
    c.addAll(
        evolution(
            Nature.MESURE,
            "tauxInsertion6mois" + qualificatif,
            "tauxInsertion6mois" + qualificatif + "Precedent",
            "Taux d'emploi à 6 mois" + precision,
            MILLESIME_PRECEDENT,
            true,
            l -> sortie.apply(l).tauxInsertion6mois()));
    c.addAll(
        evolution(
            Nature.MESURE,
            "tauxPoursuite" + qualificatif,
            "tauxPoursuite" + qualificatif + "Precedent",
            "Taux de poursuite d'études" + precision,
            MILLESIME_PRECEDENT,
            true,
            l -> sortie.apply(l).tauxPoursuite()));
    c.addAll(
        evolution(
            Nature.MESURE,
            "tauxDevenirFavorable" + qualificatif,
            "tauxDevenirFavorable" + qualificatif + "Precedent",
            "Taux de devenir favorable" + precision,
            MILLESIME_PRECEDENT,
            devenirParDefaut,
            l -> sortie.apply(l).tauxDevenirFavorable()));
    return c;
  }

  private static final String RENTREE_PRECEDENTE = ", rentrée précédente";
  private static final String MILLESIME_PRECEDENT = ", millésime précédent";

  /**
   * The column of a figure and, hidden by default, the column of its previous value, whose header
   * adds {@code precedente} to the figure's.
   */
  private static List<Colonne> evolution(
      Nature nature,
      String champ,
      String champPrecedente,
      String libelle,
      String precedente,
      boolean parDefaut,
      Function<LigneConsole, Evolution<?>> figure) {
    return List.of(
        new Colonne(
            champ,
            libelle,
            nature,
            nature == Nature.MESURE ? unite(champ) : null,
            parDefaut,
            false,
            l -> figure.apply(l).valeur(),
            null),
        new Colonne(
            champPrecedente,
            libelle + precedente,
            nature,
            nature == Nature.MESURE ? unite(champPrecedente) : null,
            false,
            true,
            l -> figure.apply(l).precedente(),
            null));
  }

  private static List<Colonne> colonnesFormations() {
    List<Colonne> c = communes(true);
    c.add(
        nombre(
            "nbEtablissements",
            "Nombre d'établissements",
            true,
            l -> l.entree().nbEtablissements()));
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
            l -> l.etablissement().libelleEtablissement()));
    c.add(etablissement("uai", "UAI", true, l -> l.etablissement().uai()));
    c.add(etablissement("commune", "Commune", true, l -> l.etablissement().commune()));
    c.add(
        etablissement(
                "libelleDepartement",
                "Département",
                false,
                l -> l.etablissement().libelleDepartement())
            .avecCode("codeDepartement"));
    c.add(
        etablissement(
            "codeDepartement",
            "Code département",
            false,
            l -> l.etablissement().codeDepartement()));
    c.add(
        etablissement("libelleRegion", "Région", false, l -> l.etablissement().libelleRegion())
            .avecCode("codeRegion"));
    c.add(etablissement("codeRegion", "Code région", false, l -> l.etablissement().codeRegion()));
    c.add(
        etablissement("libelleSecteur", "Secteur", true, l -> l.etablissement().libelleSecteur())
            .avecCode("secteur"));
    c.add(etablissement("secteur", "Code secteur", false, l -> l.etablissement().secteur()));
    c.addAll(formationEtDispositif());
    c.add(
        etablissement("libelleVoie", "Voie", true, LigneEtablissement::libelleVoie)
            .avecCode("voie"));
    c.add(etablissement("voie", "Code voie", false, LigneEtablissement::voie));
    c.addAll(communes(false));
    c.addAll(chiffres(true, " de l'établissement"));
    c.addAll(taux("Regional", " (région)", true, l -> offre(l).sortieRegionale()));
    // Removed from the default columns in Orion's reference (PR #676), still available.
    c.addAll(
        evolution(
            Nature.MESURE,
            "valeurAjoutee",
            "valeurAjouteePrecedente",
            "Valeur ajoutée de l'établissement",
            MILLESIME_PRECEDENT,
            false,
            l -> offre(l).valeurAjoutee()));
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
      String champ, String libelle, boolean parDefaut, Function<LigneConsole, @Nullable Object> v) {
    return new Colonne(champ, libelle, Nature.NOMBRE, null, parDefaut, false, v, null);
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
        champ, libelle, Nature.TEXTE, null, parDefaut, false, ligne -> v.apply(offre(ligne)), null);
  }

  /** A row of the établissements console: the columns of that console read only such rows. */
  private static LigneEtablissement offre(LigneConsole ligne) {
    return (LigneEtablissement) ligne;
  }
}
