package fr.education.orion.console;

import fr.education.orion.indicateur.Millesime;
import fr.education.orion.indicateur.PositionQuadrant;
import fr.education.orion.indicateur.RentreeScolaire;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.CodeAcademie;
import fr.education.orion.referentiel.CodeDepartement;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.NiveauDiplome;
import fr.education.orion.referentiel.Uai;
import fr.education.orion.referentiel.Voie;
import fr.education.orion.system.ParametresDeRequete;
import fr.education.orion.system.Problems;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The filters of a console, as the GET parameters give them: each may repeat ({@code
 * codeRegion=84&codeRegion=76}) or list values separated by commas; an absent filter keeps every
 * row. The parameter names are those of the JSON routes and of the panoramas' links to the
 * consoles. {@link #verifiees()} checks the shape of every code (400 when malformed).
 */
@ParametresDeRequete
public record FiltresConsole(
    @Parameter(
            description = "Rentrées scolaires (ex. 2020) ; par défaut la plus récente du constat")
        List<String> rentreeScolaire,
    @Parameter(description = "Régions (code INSEE, ex. 84)") List<String> codeRegion,
    @Parameter(description = "Académies (ex. 10)") List<String> codeAcademie,
    @Parameter(description = "Départements (3 caractères, ex. 035, 02A)")
        List<String> codeDepartement,
    @Parameter(description = "Communes des établissements, telles que publiées")
        List<String> commune,
    @Parameter(description = "Établissements (UAI, ex. 0350001A)") List<String> uai,
    @Parameter(description = "Secteur : PU (public) ou PR (privé)") List<String> secteur,
    @Parameter(description = "Niveaux de diplôme (ex. 400 bac pro, 500 CAP, 320 BTS)")
        List<String> codeNiveauDiplome,
    @Parameter(description = "Dispositifs de formation (ex. 247)") List<String> codeDispositif,
    @Parameter(description = "Domaines de formation (groupe NSF, ex. 221)") List<String> codeNsf,
    @Parameter(description = "Familles de métiers (CFD de la classe commune)")
        List<String> cfdFamille,
    @Parameter(description = "Formations (CFD, 8 caractères)") List<String> cfd,
    @Parameter(description = "Position dans le quadrant : Q1, Q2, Q3, Q4, Hors quadrant ou -")
        List<String> positionQuadrant,
    @Parameter(
            description =
                "Formations spécifiques : actionPrioritaire, transitionEcologique,"
                    + " transitionNumerique, transitionDemographique")
        List<String> formationSpecifique,
    @Parameter(description = "Voie : scolaire ou apprentissage") List<String> voie,
    @Parameter(description = "Classes communes (2nde et 1re communes) : avec (par défaut) ou sans")
        @Nullable String classesCommunes,
    @Parameter(description = "Millésime InserJeunes AAAA_AAAA ; par défaut le plus récent")
        @Nullable String millesime,
    @Parameter(
            description =
                "Recherche libre : CFD, UAI ou mots du libellé de la formation, de l'établissement"
                    + " ou de la commune")
        @Nullable String q) {

  /** The tags of formations spécifiques a console filters on, as the URL names them. */
  public static final List<String> FORMATIONS_SPECIFIQUES =
      List.of(
          "actionPrioritaire",
          "transitionEcologique",
          "transitionNumerique",
          "transitionDemographique");

  public static final List<String> POSITIONS =
      Arrays.stream(PositionQuadrant.values()).map(PositionQuadrant::code).toList();

  private static final Pattern CODE3 = Pattern.compile("[0-9A-Z]{3}");

  public FiltresConsole {
    rentreeScolaire = valeurs(rentreeScolaire);
    codeRegion = valeurs(codeRegion);
    codeAcademie = valeurs(codeAcademie);
    codeDepartement = valeurs(codeDepartement);
    commune = valeurs(commune);
    uai = valeurs(uai);
    secteur = valeurs(secteur);
    codeNiveauDiplome = valeurs(codeNiveauDiplome);
    codeDispositif = valeurs(codeDispositif);
    codeNsf = valeurs(codeNsf);
    cfdFamille = valeurs(cfdFamille);
    cfd = valeurs(cfd);
    positionQuadrant = valeurs(positionQuadrant);
    formationSpecifique = valeurs(formationSpecifique);
    voie = valeurs(voie);
    classesCommunes = texte(classesCommunes);
    millesime = texte(millesime);
    q = texte(q);
  }

  /** No filter at all: every row of the current rentrée. */
  public static FiltresConsole aucun() {
    return new FiltresConsole(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null);
  }

  /**
   * The same filters with codes in upper case, each checked.
   *
   * @throws org.springframework.web.ErrorResponseException 400 with a French detail naming the
   *     parameter and the expected shape
   */
  public FiltresConsole verifiees() {
    FiltresConsole f =
        new FiltresConsole(
            verifier(
                "rentreeScolaire",
                rentreeScolaire,
                RentreeScolaire::estValide,
                "une année (ex. 2020)"),
            verifier("codeRegion", codeRegion, CodeRegion::estValide, "2 chiffres (ex. 84)"),
            verifier(
                "codeAcademie",
                majuscules(codeAcademie),
                CodeAcademie::estValide,
                "2 caractères (ex. 10)"),
            departements(codeDepartement),
            commune,
            verifier(
                "uai", majuscules(uai), Uai::estValide, "7 chiffres et une lettre (ex. 0350001A)"),
            parmi("secteur", majuscules(secteur), List.of("PU", "PR")),
            verifier(
                "codeNiveauDiplome",
                majuscules(codeNiveauDiplome),
                NiveauDiplome::estValide,
                "3 caractères (ex. 400)"),
            verifier("codeDispositif", majuscules(codeDispositif), CODE3, "3 caractères (ex. 247)"),
            verifier("codeNsf", majuscules(codeNsf), CODE3, "3 caractères (ex. 221)"),
            verifier(
                "cfdFamille",
                majuscules(cfdFamille),
                Cfd::estValide,
                "8 caractères (ex. 32322111)"),
            verifier("cfd", majuscules(cfd), Cfd::estValide, "8 caractères (ex. 40031211)"),
            parmi("positionQuadrant", positionQuadrant, POSITIONS),
            parmi("formationSpecifique", formationSpecifique, FORMATIONS_SPECIFIQUES),
            parmi("voie", voie, List.of(Voie.CODE_SCOLAIRE, Voie.CODE_APPRENTISSAGE)),
            classesCommunes,
            millesime,
            q);
    if (classesCommunes != null && !List.of("avec", "sans").contains(classesCommunes)) {
      throw Problems.badRequest(
          "Le paramètre classesCommunes vaut « avec » ou « sans » (reçu : « "
              + classesCommunes
              + " »).");
    }
    if (millesime != null && !Millesime.estValide(millesime)) {
      throw Problems.badRequest(
          "Le millésime « "
              + millesime
              + " » est invalide : deux années qui se suivent, AAAA_AAAA (ex. 2021_2022).");
    }
    return f;
  }

  /** The classes communes (2nde and 1re communes) are kept: the default. */
  public boolean avecClassesCommunes() {
    return !"sans".equals(classesCommunes);
  }

  /** The same filters for other rentrées. */
  public FiltresConsole pourRentrees(List<String> rentrees) {
    return copie(rentrees, uai, cfd, positionQuadrant, millesime);
  }

  /** The same filters on a user's territory: their établissements if any, else their région. */
  public FiltresConsole surPortee(@Nullable String region, List<String> uais) {
    FiltresConsole f =
        uais.isEmpty() ? this : copie(rentreeScolaire, uais, cfd, positionQuadrant, millesime);
    if (!uais.isEmpty() || region == null) {
      return f;
    }
    return new FiltresConsole(
        rentreeScolaire,
        List.of(region),
        codeAcademie,
        codeDepartement,
        commune,
        uai,
        secteur,
        codeNiveauDiplome,
        codeDispositif,
        codeNsf,
        cfdFamille,
        cfd,
        positionQuadrant,
        formationSpecifique,
        voie,
        classesCommunes,
        millesime,
        q);
  }

  /** The same filters for another millésime. */
  public FiltresConsole pourMillesime(String autre) {
    return copie(rentreeScolaire, uai, cfd, positionQuadrant, autre);
  }

  /**
   * The same filters narrowed to these rentrées, établissements (none: all) and formations, in
   * every quadrant position: the rows of a page again, for another millésime, whatever their
   * position then.
   */
  public FiltresConsole pourLignes(
      List<String> rentrees, List<String> uais, List<String> cfds, String autreMillesime) {
    return copie(rentrees, uais.isEmpty() ? uai : uais, cfds, List.of(), autreMillesime);
  }

  /** These filters with other rentrées, établissements, formations, positions and millésime. */
  private FiltresConsole copie(
      List<String> rentrees,
      List<String> uais,
      List<String> cfds,
      List<String> positions,
      @Nullable String autreMillesime) {
    return new FiltresConsole(
        rentrees,
        codeRegion,
        codeAcademie,
        codeDepartement,
        commune,
        uais,
        secteur,
        codeNiveauDiplome,
        codeDispositif,
        codeNsf,
        cfdFamille,
        cfds,
        positions,
        formationSpecifique,
        voie,
        classesCommunes,
        autreMillesime,
        q);
  }

  /** Every filter by its URL name, in a stable order, for links and saved queries. */
  public Map<String, List<String>> parametres() {
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("rentreeScolaire", rentreeScolaire);
    p.put("millesime", unique(millesime));
    p.put("codeRegion", codeRegion);
    p.put("codeAcademie", codeAcademie);
    p.put("codeDepartement", codeDepartement);
    p.put("commune", commune);
    p.put("uai", uai);
    p.put("secteur", secteur);
    p.put("codeNiveauDiplome", codeNiveauDiplome);
    p.put("codeDispositif", codeDispositif);
    p.put("codeNsf", codeNsf);
    p.put("cfdFamille", cfdFamille);
    p.put("cfd", cfd);
    p.put("positionQuadrant", positionQuadrant);
    p.put("formationSpecifique", formationSpecifique);
    p.put("voie", voie);
    p.put("classesCommunes", unique(classesCommunes));
    p.put("q", unique(q));
    return p;
  }

  /** The same filters without one of them, named as in the URL ({@link #parametres}). */
  public FiltresConsole sans(String parametre) {
    Map<String, List<String>> p = new LinkedHashMap<>(parametres());
    p.put(parametre, List.of());
    return new FiltresConsole(
        p.get("rentreeScolaire"),
        p.get("codeRegion"),
        p.get("codeAcademie"),
        p.get("codeDepartement"),
        p.get("commune"),
        p.get("uai"),
        p.get("secteur"),
        p.get("codeNiveauDiplome"),
        p.get("codeDispositif"),
        p.get("codeNsf"),
        p.get("cfdFamille"),
        p.get("cfd"),
        p.get("positionQuadrant"),
        p.get("formationSpecifique"),
        p.get("voie"),
        seule(p.get("classesCommunes")),
        seule(p.get("millesime")),
        seule(p.get("q")));
  }

  private static @Nullable String seule(List<String> values) {
    return values.isEmpty() ? null : values.get(0);
  }

  private static List<String> unique(@Nullable String value) {
    return value == null ? List.of() : List.of(value);
  }

  /** Repeated values and comma-separated ones alike, stripped, blanks and repeats dropped. */
  private static List<String> valeurs(@Nullable List<String> brutes) {
    if (brutes == null) {
      return List.of();
    }
    List<String> valeurs = new ArrayList<>();
    for (String brute : brutes) {
      if (brute == null) {
        continue;
      }
      for (String valeur : brute.split(",")) {
        String v = valeur.strip();
        if (!v.isEmpty() && !valeurs.contains(v)) {
          valeurs.add(v);
        }
      }
    }
    return List.copyOf(valeurs);
  }

  private static @Nullable String texte(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static List<String> majuscules(List<String> values) {
    return values.stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
  }

  private static List<String> verifier(
      String parametre, List<String> values, Pattern format, String attendu) {
    return verifier(parametre, values, format.asMatchPredicate(), attendu);
  }

  private static List<String> verifier(
      String parametre, List<String> values, Predicate<String> valide, String attendu) {
    for (String value : values) {
      if (!valide.test(value)) {
        throw Problems.badRequest(
            "Le paramètre " + parametre + " « " + value + " » est invalide : " + attendu + ".");
      }
    }
    return values;
  }

  /** Départements as the référentiel writes them, from codes with or without the leading zero. */
  private static List<String> departements(List<String> values) {
    return values.stream()
        .map(
            value ->
                CodeDepartement.parse(value)
                    .map(CodeDepartement::code)
                    .orElseThrow(
                        () ->
                            Problems.badRequest(
                                "Le paramètre codeDepartement « "
                                    + value
                                    + " » est invalide : 2 ou 3 caractères (ex. 35 ou 035, 2A ou"
                                    + " 02A, 971).")))
        .toList();
  }

  private static List<String> parmi(String parametre, List<String> values, List<String> admises) {
    for (String value : values) {
      if (!admises.contains(value)) {
        throw Problems.badRequest(
            "Le paramètre "
                + parametre
                + " « "
                + value
                + " » est invalide : valeurs admises "
                + String.join(", ", admises)
                + ".");
      }
    }
    return values;
  }
}
