package fr.education.orion.glossaire;

import java.util.List;

/**
 * The terms of the glossary, in our own words: every indicator and notion the pages use. Pages link
 * a label to its entry with {@link #url()}; an enum, so that a link can only point at an entry that
 * exists.
 */
public enum Terme {
  CAPACITE(
      "capacite",
      "Capacité en entrée",
      "Nombre de places offertes en première année d'une formation (en deuxième année pour une"
          + " spécialité de famille de métiers), tel que l'établissement l'a déclaré dans"
          + " Affelnet, ou dans Parcoursup pour les BTS.",
      "Orion écarte les capacités Affelnet hors de 5 à 500 places, souvent des valeurs de"
          + " remplissage (999), et celles des établissements privés."),
  CHOMAGE(
      "taux-de-chomage",
      "Taux de chômage",
      "Part des actifs du territoire sans emploi et qui en cherchent un, publiée chaque année par"
          + " l'INSEE pour chaque région et chaque département (taux de chômage localisés).",
      "Il situe le marché du travail local dans lequel les sortants cherchent un emploi."),
  CLASSE_COMMUNE(
      "classe-commune",
      "Seconde ou première commune",
      "Première année partagée par les spécialités d'une famille de métiers (seconde commune du bac"
          + " pro) ou par les options d'un BTS (première année commune). Les élèves choisissent"
          + " leur spécialité ou leur option l'année suivante.",
      "Ses élèves ne comptent pas dans l'effectif en entrée des spécialités, et elle n'a pas de"
          + " position dans le quadrant : elle apparaît avec « - »."),
  DOMAINE_FORMATION(
      "domaine-de-formation",
      "Domaine de formation (NSF)",
      "Regroupement des formations par grand domaine de spécialités (par exemple « Commerce,"
          + " vente »), selon la nomenclature des spécialités de formation (NSF) : les trois"
          + " chiffres du groupe de spécialités, du 4e au 6e caractère du code formation."),
  EFFECTIF_ENTREE(
      "effectif-en-entree",
      "Effectif en entrée",
      "Nombre d'élèves inscrits en première année d'une formation à la rentrée, d'après le constat"
          + " de rentrée. Pour une spécialité de famille de métiers, c'est la deuxième année, la"
          + " première étant la seconde commune.",
      "Les secondes et premières communes n'y sont pas comptées, pour ne pas compter deux fois les"
          + " mêmes élèves."),
  FAMILLE_METIERS(
      "famille-de-metiers",
      "Famille de métiers",
      "Groupe de spécialités de bac pro qui partagent une seconde commune : l'élève découvre"
          + " plusieurs métiers voisins pendant un an, puis choisit sa spécialité en première."),
  FORMATION_RENOVEE(
      "formation-renovee",
      "Formation rénovée",
      "Formation dont le diplôme a été réécrit : un nouveau code formation (CFD) remplace"
          + " l'ancien. Tant que la nouvelle formation n'a pas de sortants, ses taux InserJeunes"
          + " sont ceux de la formation qu'elle remplace, quand l'une remplace exactement l'autre ;"
          + " Orion le signale."),
  INSERJEUNES(
      "inserjeunes",
      "InserJeunes",
      "Dispositif statistique du ministère de l'Éducation nationale (DEPP) et du ministère du"
          + " Travail (DARES) qui suit le devenir des jeunes après un CAP, un bac pro ou un BTS :"
          + " poursuite d'études et emploi salarié, en croisant les fichiers des élèves et les"
          + " déclarations sociales des employeurs.",
      "Un taux n'est affiché que s'il porte sur au moins 20 jeunes ; en dessous, il est trop"
          + " fragile."),
  MILLESIME(
      "millesime",
      "Millésime",
      "Les sortants dont InserJeunes mesure le devenir : deux années de sortie cumulées pour avoir"
          + " assez de jeunes, par exemple « 2021_2022 » pour ceux sortis en 2021 et en 2022.",
      "Les décisions d'une rentrée s'appuient sur le millésime des deux années précédentes ; les"
          + " pages laissent choisir le millésime et disent lequel elles montrent."),
  NIVEAU_DIPLOME(
      "niveau-de-diplome",
      "Niveau de diplôme",
      "Le type de diplôme préparé : CAP, bac professionnel, BTS, mention complémentaire… Ce sont"
          + " les trois premiers chiffres du code formation (CFD), par exemple 400 pour le bac pro."),
  NOMBRE_ELEVES(
      "nombre-d-eleves",
      "Nombre d'élèves",
      "Tous les élèves d'une formation à la rentrée, toutes années confondues (première, deuxième"
          + " et troisième années), d'après le constat de rentrée."),
  PREMIERS_VOEUX(
      "premiers-voeux",
      "Premiers vœux",
      "Nombre de candidats qui ont placé la formation en premier choix dans Affelnet. Pour les BTS,"
          + " Orion compte les vœux confirmés dans Parcoursup, qui ne sont pas classés."),
  QUADRANT(
      "quadrant",
      "Quadrant (Q1 à Q4)",
      "Place d'une formation parmi celles du même niveau de diplôme dans sa région, selon deux"
          + " taux InserJeunes comparés à la moyenne régionale : le taux d'emploi à 6 mois et le"
          + " taux de poursuite d'études.",
      "Q1 : les deux taux sont au niveau de la moyenne ou au-dessus. Q2 : l'emploi seulement. Q3 :"
          + " la poursuite d'études seulement. Q4 : les deux sont en dessous.",
      "« Hors quadrant » : un des taux n'est pas calculable (moins de 20 sortants ou pas de"
          + " données). « - » : seconde ou première commune, sans sortants. Dans un département,"
          + " le quadrant reste celui de la région."),
  RENTREE_SCOLAIRE(
      "rentree-scolaire",
      "Rentrée scolaire",
      "L'année scolaire des effectifs, des capacités et des vœux, désignée par l'année de la"
          + " rentrée : la rentrée 2020 est l'année scolaire 2020-2021."),
  TAUX_DEMANDE(
      "taux-de-demande",
      "Taux de demande",
      "Pour les BTS : vœux confirmés dans Parcoursup rapportés au nombre de places, sur les"
          + " formations où les deux sont connus. Au-dessus de 1, il y a plus de candidats que de"
          + " places."),
  TAUX_DEVENIR_FAVORABLE(
      "taux-de-devenir-favorable",
      "Taux de devenir favorable",
      "Part des élèves de dernière année qui, six mois après, poursuivent des études ou ont un"
          + " emploi salarié (InserJeunes)."),
  TAUX_EMPLOI(
      "taux-d-emploi-a-6-mois",
      "Taux d'emploi à 6 mois",
      "Part des sortants qui ont un emploi salarié six mois après la fin de leur formation, parmi"
          + " ceux qui ne poursuivent pas d'études (InserJeunes).",
      "L'emploi public n'est compté qu'à partir des sortants de 2022 ; l'emploi non salarié ne"
          + " l'est pas."),
  TAUX_POURSUITE(
      "taux-de-poursuite-d-etudes",
      "Taux de poursuite d'études",
      "Part des élèves de dernière année qui continuent leurs études l'année suivante, en"
          + " formation ou en apprentissage (InserJeunes)."),
  TAUX_PRESSION(
      "taux-de-pression",
      "Taux de pression",
      "Premiers vœux Affelnet rapportés au nombre de places en entrée, hors BTS. Au-dessus de 1, il"
          + " y a plus de candidats en premier vœu que de places.",
      "Les filtres du quadrant parlent de pression forte à partir de 1,3 et de pression faible en"
          + " dessous de 0,7."),
  TAUX_REMPLISSAGE(
      "taux-de-remplissage",
      "Taux de remplissage",
      "Effectif en entrée rapporté à la capacité en entrée, sur les formations où les deux sont"
          + " connus pour la même rentrée."),
  VALEUR_AJOUTEE(
      "valeur-ajoutee",
      "Valeur ajoutée",
      "Écart, publié par la DEPP, entre le taux d'emploi des sortants d'un lycée et le taux"
          + " attendu pour un lycée qui aurait les mêmes élèves, les mêmes formations et le même"
          + " marché du travail local.",
      "Positive, le lycée fait mieux qu'attendu ; négative, moins bien. Elle se lit en points."),
  VOIE(
      "voie",
      "Voie de formation",
      "Scolaire : l'élève est sous statut scolaire au lycée professionnel. Apprentissage :"
          + " l'apprenti a un contrat de travail et se forme en entreprise et en centre de"
          + " formation.");

  private final String ancre;
  private final String libelle;
  private final List<String> definition;

  Terme(String ancre, String libelle, String... definition) {
    this.ancre = ancre;
    this.libelle = libelle;
    this.definition = List.of(definition);
  }

  /** The id of the entry on the glossary page. */
  public String ancre() {
    return ancre;
  }

  /** The term as the glossary lists it. */
  public String libelle() {
    return libelle;
  }

  /** The explanation, one paragraph per element. */
  public List<String> definition() {
    return definition;
  }

  /** Where the entry is: the glossary page at its anchor. */
  public String url() {
    return "/glossaire#" + ancre;
  }
}
