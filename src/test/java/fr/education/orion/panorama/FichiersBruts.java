package fr.education.orion.panorama;

import fr.education.orion.RealFiles;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The bundled real files read line by line, without the importer, for the expected values of the
 * panorama tests: the perimeter of formations (diploma list, familles de métiers, BTS options and
 * the formations these renovated), N_MEF, the constat de rentrée 2020 and the regional InserJeunes
 * counts.
 */
public final class FichiersBruts {

  static final String CONSTAT = "constat/constat_2020.csv.gz";
  static final String INSERJEUNES = "inserjeunes/ij_region_data_2019_2020-2021_2022.csv.gz";
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Set<String> CLASSES_COMMUNES = colonne("CFD_COMMUN");
  private static final Set<String> SPECIALITES = colonne("CFD_SPECIALITE");
  private static final Map<String, Mef> MEFS = lireMefs();
  private static final Set<String> PERIMETRE = lirePerimetre();

  /** A year of a dispositif of a formation, as N_MEF gives it for a MEFSTAT11. */
  public record Mef(String cfd, String dispositif, int annee) {}

  /** A file's data lines, each as its columns by header name. */
  static List<Map<String, String>> lignes(String fichier, Charset charset) {
    List<String> lines = RealFiles.lines(fichier, charset);
    String[] header = lines.get(0).split(";", -1);
    return lines.subList(1, lines.size()).stream()
        .map(line -> line.split(";", -1))
        .map(
            values -> {
              Map<String, String> row = new HashMap<>();
              for (int i = 0; i < header.length && i < values.length; i++) {
                row.put(header[i].strip(), values[i].strip());
              }
              return row;
            })
        .toList();
  }

  static List<Map<String, String>> lignes(String fichier) {
    return lignes(fichier, StandardCharsets.UTF_8);
  }

  /** MEFSTAT11 → formation, dispositif and year (every MEFSTAT11 of the files used has one). */
  public static Map<String, Mef> mefs() {
    return MEFS;
  }

  private static Map<String, Mef> lireMefs() {
    Map<String, Mef> mefs = new HashMap<>();
    for (Map<String, String> row : lignes("bcn/nMef.csv.gz")) {
      if (!row.get("MEF_STAT_11").isEmpty()) {
        mefs.put(
            row.get("MEF_STAT_11"),
            new Mef(
                row.get("FORMATION_DIPLOME"),
                row.get("DISPOSITIF_FORMATION"),
                Integer.parseInt(row.get("ANNEE_DISPOSITIF"))));
      }
    }
    return mefs;
  }

  /** The classes communes: CFD_COMMUN of the familles de métiers and of the BTS options. */
  public static Set<String> classesCommunes() {
    return CLASSES_COMMUNES;
  }

  /** The spécialités (and BTS options), entered in their second year. */
  public static Set<String> specialites() {
    return SPECIALITES;
  }

  /**
   * Orion's perimeter, voie scolaire: the CFDs of the diploma list ({@code 400-31107 T} →
   * 40031107), of the familles and BTS options, and the formations these renovated
   * (ANCIEN_DIPLOME_n and NOUVEAU_DIPLOME_n of N_FORMATION_DIPLOME).
   */
  public static Set<String> perimetre() {
    return PERIMETRE;
  }

  private static Set<String> lirePerimetre() {
    Set<String> listees = new HashSet<>(CLASSES_COMMUNES);
    listees.addAll(SPECIALITES);
    for (Map<String, String> row : lignes("diplomes_pro/diplomesProfessionnels.csv.gz")) {
      String code = row.get("Code diplôme").replace("-", "").replace(" ", "");
      if (code.length() >= 8 && code.substring(0, 8).chars().allMatch(Character::isDigit)) {
        listees.add(code.substring(0, 8));
      }
    }
    Set<String> perimetre = new HashSet<>(listees);
    for (Map<String, String> row : lignes("bcn/nFormationDiplome_.csv.gz", WINDOWS_1252)) {
      String cfd = row.get("FORMATION_DIPLOME");
      for (int i = 1; i <= 7; i++) {
        String ancien = row.getOrDefault("ANCIEN_DIPLOME_" + i, "");
        if (!ancien.isEmpty() && listees.contains(cfd)) {
          perimetre.add(ancien);
        }
        String nouveau = row.getOrDefault("NOUVEAU_DIPLOME_" + i, "");
        if (!nouveau.isEmpty() && listees.contains(nouveau)) {
          perimetre.add(cfd);
        }
      }
    }
    return perimetre;
  }

  /**
   * The offers of the constat 2020 (voie scolaire) of the perimeter, for the UAIs {@code uai}
   * accepts and the formations {@code cfd} accepts: per UAI, CFD and dispositif, the headcount of
   * each year.
   */
  public static Map<List<String>, int[]> offres2020(Predicate<String> uai, Predicate<String> cfd) {
    Map<String, Mef> mefs = mefs();
    Set<String> perimetre = perimetre();
    Map<List<String>, int[]> offres = new HashMap<>();
    for (Map<String, String> row : lignes(CONSTAT)) {
      Mef mef = mefs.get(row.get("Mef Bcp 11"));
      if (row.get("Rentrée scolaire").equals("2020")
          && uai.test(row.get("UAI"))
          && mef != null
          && cfd.test(mef.cfd())
          && perimetre.contains(mef.cfd())) {
        offres
                .computeIfAbsent(
                    List.of(row.get("UAI"), mef.cfd(), mef.dispositif()), key -> new int[4])[
                mef.annee() - 1] +=
            Integer.parseInt(row.get("Nombre d'élèves : Total"));
      }
    }
    return offres;
  }

  /**
   * The headcount at entry of an offer: its second year for a spécialité, its first otherwise, none
   * (null) for a classe commune.
   */
  static Integer effectifEntree(String cfd, int[] effectifs) {
    if (classesCommunes().contains(cfd)) {
      return null;
    }
    return specialites().contains(cfd) ? effectifs[1] : effectifs[0];
  }

  private static Set<String> colonne(String nom) {
    Set<String> cfds = new HashSet<>();
    for (String fichier :
        List.of(
            "orion_referentiels/familleMetiers.csv.gz", "orion_referentiels/optionsBTS.csv.gz")) {
      for (Map<String, String> row : lignes(fichier)) {
        cfds.add(row.get(nom));
      }
    }
    return cfds;
  }

  /**
   * Sums of the InserJeunes counts of a millésime, voie scolaire, over the lines whose MEFSTAT11
   * leads to a formation of the perimeter that {@code cfd} accepts and is no classe commune. Each
   * denominator only counts the lines where its numerator is published, as Orion does.
   */
  public record SommesInserJeunes(
      long emploi,
      long sortants,
      long poursuite,
      long anneeTerminale,
      long devenir,
      long anneeTerminaleDevenir) {

    public Double tauxEmploi() {
      return sortants < 20 ? null : (double) emploi / sortants;
    }

    public Double tauxPoursuite() {
      return anneeTerminale < 20 ? null : (double) poursuite / anneeTerminale;
    }

    public Double tauxDevenirFavorable() {
      return anneeTerminaleDevenir < 20 ? null : (double) devenir / anneeTerminaleDevenir;
    }
  }

  public static SommesInserJeunes inserJeunes(
      String millesime, Predicate<String> codeRegion, Predicate<String> cfd) {
    Map<String, Mef> mefs = mefs();
    Set<String> perimetre = perimetre();
    long[] s = new long[6];
    for (Map<String, String> row : lignes(INSERJEUNES)) {
      Mef mef = mefs.get(row.get("mefstat11"));
      if (!row.get("millesime").equals(millesime)
          || !row.get("voie").equals("scolaire")
          || !codeRegion.test(row.get("code_region"))
          || mef == null
          || !perimetre.contains(mef.cfd())
          || CLASSES_COMMUNES.contains(mef.cfd())
          || !cfd.test(mef.cfd())) {
        continue;
      }
      String emploi = row.get("nb_en_emploi_6_mois");
      String poursuite = row.get("nb_poursuite_etudes");
      long anneeTerminale = nombre(row.get("nb_annee_term"));
      if (!emploi.isEmpty()) {
        s[0] += nombre(emploi);
        s[1] += nombre(row.get("nb_sortant"));
      }
      if (!poursuite.isEmpty()) {
        s[2] += nombre(poursuite);
        s[3] += anneeTerminale;
      }
      if (!emploi.isEmpty() && !poursuite.isEmpty()) {
        s[4] += nombre(emploi) + nombre(poursuite);
        s[5] += anneeTerminale;
      }
    }
    return new SommesInserJeunes(s[0], s[1], s[2], s[3], s[4], s[5]);
  }

  private static long nombre(String value) {
    return value.isEmpty() ? 0 : Long.parseLong(value);
  }
}
