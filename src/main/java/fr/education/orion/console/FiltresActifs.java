package fr.education.orion.console;

import fr.education.orion.referentiel.Secteur;
import fr.education.orion.referentiel.Voie;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The filters that may have emptied a console's results, each with the view without it and how many
 * rows that view has. The rentrée and the millésime are left out: they always have a value (the
 * data's current ones by default) and the page already says what each one lacks.
 */
final class FiltresActifs {

  private static final Map<String, String> LIBELLES =
      Map.ofEntries(
          Map.entry("codeRegion", "Région"),
          Map.entry("codeAcademie", "Académie"),
          Map.entry("codeDepartement", "Département"),
          Map.entry("commune", "Commune"),
          Map.entry("uai", "Établissement"),
          Map.entry("secteur", "Secteur"),
          Map.entry("codeNiveauDiplome", "Niveau de diplôme"),
          Map.entry("codeDispositif", "Dispositif"),
          Map.entry("codeNsf", "Domaine de formation"),
          Map.entry("cfdFamille", "Famille de métiers"),
          Map.entry("cfd", "Formation"),
          Map.entry("positionQuadrant", "Position dans le quadrant"),
          Map.entry("formationSpecifique", "Formations spécifiques"),
          Map.entry("voie", "Voie"),
          Map.entry("classesCommunes", "2nde et 1re communes"),
          Map.entry("q", "Recherche"));

  private static final Map<String, String> VALEURS =
      Map.of(
          "sans", "masquées",
          "actionPrioritaire", "action prioritaire",
          "transitionEcologique", "transition écologique",
          "transitionNumerique", "transition numérique",
          "transitionDemographique", "transition démographique");

  private FiltresActifs() {}

  /**
   * @param lignes the number of rows of a view with these filters
   */
  static List<FiltreActif> de(
      FiltresConsole filtres,
      OptionsConsole options,
      Liens liens,
      ToLongFunction<FiltresConsole> lignes) {
    List<FiltreActif> actifs = new ArrayList<>();
    filtres
        .parametres()
        .forEach(
            (parametre, valeurs) -> {
              String libelle = LIBELLES.get(parametre);
              if (libelle == null || valeurs.isEmpty()) {
                return;
              }
              List<String> mots = valeurs.stream().map(v -> mot(parametre, v, options)).toList();
              actifs.add(
                  new FiltreActif(
                      libelle + " : " + String.join(", ", mots),
                      liens.sans(parametre),
                      lignes.applyAsLong(filtres.sans(parametre))));
            });
    return List.copyOf(actifs);
  }

  /** A value in words: the label of a code the filters offer, else the value itself. */
  private static String mot(String parametre, String valeur, OptionsConsole options) {
    List<Choix> choix =
        switch (parametre) {
          case "codeRegion" -> options.regions();
          case "codeAcademie" -> options.academies();
          case "codeDepartement" -> options.departements();
          case "codeNiveauDiplome" -> options.niveaux();
          case "codeDispositif" -> options.dispositifs();
          case "codeNsf" -> options.domaines();
          case "cfdFamille" -> options.familles();
          case "secteur" -> Choix.de(Secteur.values());
          case "voie" -> Choix.de(Voie.values());
          default -> List.of();
        };
    return choix.stream()
        .filter(c -> c.code().equals(valeur))
        .map(Choix::libelle)
        .findFirst()
        .orElse(VALEURS.getOrDefault(valeur, valeur));
  }
}
