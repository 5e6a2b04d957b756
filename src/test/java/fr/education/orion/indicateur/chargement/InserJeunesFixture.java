package fr.education.orion.indicateur.chargement;

import fr.education.orion.RealFiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A TEST FIXTURE, not a real file: InserJeunes counts per établissement (millésime 2021_2022), for
 * want of a real per-UAI dump. For want of real ones, they are real regional counts (région 84,
 * {@code ij_region_data}) split across two real UAIs of the constat 2020 that teach those
 * formations: 0010001W (Lycée Alexandre Bérard) gets the lower half of each count, 0730032N (Lycée
 * Le Nivolet) the rest; for the formations only one of them teaches, it gets the lower half and the
 * rest stays with the région's other établissements. Leavers are recomputed per part as final-year
 * pupils − pupils continuing, the invariant of the real rows. The rows of the whole établissement
 * sum its formation rows, with the real valeur ajoutée of the DEPP per-établissement file of
 * 2021_2022.
 */
final class InserJeunesFixture {

  static final String MILLESIME = "2021_2022";
  static final String BERARD = "0010001W";
  static final String NIVOLET = "0730032N";

  /**
   * One line of the fixture, as {@code ij_uai_data.csv} would hold it.
   *
   * @param voie scolaire, apprentissage or ensemble
   * @param code MEFSTAT11, CFD, or ensemble / apprentis / voieprosco
   * @param counts by InserJeunes measure name; null when unknown
   */
  record Ligne(
      String uai,
      String voie,
      String code,
      Map<String, @Nullable Integer> counts,
      @Nullable Integer valeurAjoutee) {}

  /** ij_region_data columns of the counts, by measure name. */
  private static final Map<String, Integer> REGION_COLUMNS =
      Map.of(
          "nb_annee_term", 7,
          "nb_en_emploi_12_mois", 8,
          "nb_en_emploi_24_mois", 10,
          "nb_en_emploi_6_mois", 11,
          "nb_poursuite_etudes", 12,
          "nb_sortant", 13);

  private InserJeunesFixture() {}

  /** The real regional rows of 2021_2022, région 84 (code InserJeunes 01). */
  private static String[] regional(String voie, String code) {
    return RealFiles.rows(
            "inserjeunes/ij_region_data_2019_2020-2021_2022.csv.gz", StandardCharsets.UTF_8)
        .stream()
        .filter(r -> r[1].equals(MILLESIME) && r[3].equals("84") && r[4].equals(voie))
        .filter(r -> (voie.equals("scolaire") ? r[6] : r[5]).equals(code))
        .findFirst()
        .orElseThrow();
  }

  /** Part 0 is the lower half of each count, part 1 the rest. */
  private static Map<String, @Nullable Integer> split(String[] regional, int part) {
    Map<String, @Nullable Integer> counts = new LinkedHashMap<>();
    REGION_COLUMNS.forEach(
        (measure, column) -> {
          String value = regional[column];
          if (value.isEmpty()) {
            counts.put(measure, null);
          } else {
            int total = Integer.parseInt(value);
            counts.put(measure, part == 0 ? total / 2 : total - total / 2);
          }
        });
    Integer annee = counts.get("nb_annee_term");
    Integer poursuite = counts.get("nb_poursuite_etudes");
    counts.put("nb_sortant", annee == null || poursuite == null ? null : annee - poursuite);
    return counts;
  }

  /** The formation lines, then the lines of the whole établissements. */
  static List<Ligne> lignes() {
    List<Ligne> formations = new ArrayList<>();
    for (String mefstat : List.of("23220023440", "23830023303")) {
      String[] row = regional("scolaire", mefstat);
      formations.add(new Ligne(BERARD, "scolaire", mefstat, split(row, 0), null));
      formations.add(new Ligne(NIVOLET, "scolaire", mefstat, split(row, 1), null));
    }
    formations.add(
        new Ligne(
            BERARD,
            "scolaire",
            "23830023404",
            split(regional("scolaire", "23830023404"), 0),
            null));
    formations.add(
        new Ligne(
            NIVOLET,
            "apprentissage",
            "50023440",
            split(regional("apprentissage", "50023440"), 0),
            null));
    List<Ligne> lignes = new ArrayList<>(formations);
    lignes.addAll(ensembles(formations));
    return lignes;
  }

  /**
   * Per établissement, the sums of its formation lines for each row of the DEPP file 2021_2022
   * (ensemble, dont apprentis, dont élèves en voie pro sco), with its valeur ajoutée.
   */
  private static List<Ligne> ensembles(List<Ligne> formations) {
    // n°UAI;Libellé;Région;Dont apprentis en EPLE;Taux de poursuite;Taux;Taux attendu;Valeur
    // ajoutée;…
    List<String[]> depp =
        RealFiles.rows(
            "inserjeunes/depp_etablissements/depp-2022-etablissements-2021_2022-pro.csv.gz",
            StandardCharsets.UTF_8);
    Map<String, Predicate<Ligne>> perimetres =
        Map.of(
            "ensemble", ligne -> true,
            "dont apprentis", ligne -> ligne.voie().equals("apprentissage"),
            "dont élèves en voie pro sco", ligne -> ligne.voie().equals("scolaire"));
    Map<String, String> codes =
        Map.of(
            "ensemble", "ensemble",
            "dont apprentis", "apprentis",
            "dont élèves en voie pro sco", "voieprosco");
    List<Ligne> ensembles = new ArrayList<>();
    for (String uai : List.of(BERARD, NIVOLET)) {
      for (String[] row : depp) {
        if (!row[0].equals(uai)) {
          continue;
        }
        List<Ligne> concerned =
            formations.stream()
                .filter(ligne -> ligne.uai().equals(uai))
                .filter(perimetres.get(row[3]))
                .toList();
        ensembles.add(
            new Ligne(uai, "ensemble", codes.get(row[3]), sum(concerned), Integer.valueOf(row[7])));
      }
    }
    return ensembles;
  }

  private static Map<String, @Nullable Integer> sum(List<Ligne> lignes) {
    Map<String, @Nullable Integer> sums = new LinkedHashMap<>();
    for (String measure : REGION_COLUMNS.keySet()) {
      List<Integer> known =
          lignes.stream()
              .map(ligne -> ligne.counts().get(measure))
              .filter(java.util.Objects::nonNull)
              .toList();
      sums.put(measure, known.isEmpty() ? null : known.stream().mapToInt(i -> i).sum());
    }
    return sums;
  }

  /** The fixture in the layout of {@code ij_uai_data.csv}, DEPP rates blank. */
  static List<String> csvLines(List<Ligne> lignes) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "id;millesime;code_region_ij;code_region;uai;voie;cfd;mefstat;ensemble;nb_annee_term;"
            + "nb_en_emploi_12_mois;nb_en_emploi_18_mois;nb_en_emploi_24_mois;nb_en_emploi_6_mois;"
            + "nb_poursuite_etudes;nb_sortant;taux_emploi_12_mois;taux_emploi_18_mois;"
            + "taux_emploi_24_mois;taux_emploi_6_mois;taux_poursuite_etudes;valeur_ajoutee_6_mois");
    for (Ligne ligne : lignes) {
      Map<String, @Nullable Integer> c = ligne.counts();
      lines.add(
          String.join(
              ";",
              MILLESIME + "_" + ligne.uai() + "_" + ligne.voie() + "_" + ligne.code(),
              MILLESIME,
              "01",
              "84",
              ligne.uai(),
              ligne.voie(),
              ligne.voie().equals("apprentissage") ? ligne.code() : "",
              ligne.voie().equals("scolaire") ? ligne.code() : "",
              ligne.voie().equals("ensemble") ? ligne.code() : "",
              text(c.get("nb_annee_term")),
              text(c.get("nb_en_emploi_12_mois")),
              "",
              text(c.get("nb_en_emploi_24_mois")),
              text(c.get("nb_en_emploi_6_mois")),
              text(c.get("nb_poursuite_etudes")),
              text(c.get("nb_sortant")),
              "",
              "",
              "",
              "",
              "",
              text(ligne.valeurAjoutee())));
    }
    return lines;
  }

  private static String text(@Nullable Integer value) {
    return value == null ? "" : value.toString();
  }

  /**
   * The answer of the API for an établissement, as measures: the fixture lines of that UAI (filière
   * {@code apprentissage} for apprenticeship and apprentices, {@code voie_pro_sco_educ_nat}
   * otherwise) and, for 0010001W, the counts of a third regional formation split the same way but
   * published under the agricultural filière, which Orion drops.
   */
  static List<Map<String, Object>> mesures(String uai) {
    List<Map<String, Object>> mesures = new ArrayList<>();
    for (Ligne ligne : of(uai).values()) {
      boolean apprentissage =
          ligne.voie().equals("apprentissage") || ligne.code().equals("apprentis");
      String filiere = apprentissage ? "apprentissage" : "voie_pro_sco_educ_nat";
      String dimension =
          switch (ligne.voie()) {
            case "scolaire" -> "id_mefstat11";
            case "apprentissage" -> "id_formation_apprentissage";
            default -> "ensemble";
          };
      ligne
          .counts()
          .forEach(
              (measure, value) -> {
                if (value != null) {
                  mesures.add(mesure(measure, value, filiere, dimension, ligne.code()));
                }
              });
      if (ligne.valeurAjoutee() != null) {
        mesures.add(
            mesure(
                "valeur_ajoutee_6_mois", ligne.valeurAjoutee(), filiere, dimension, ligne.code()));
      }
    }
    if (uai.equals(BERARD)) {
      split(regional("scolaire", AGRICOLE), 0)
          .forEach(
              (measure, value) -> {
                if (value != null) {
                  mesures.add(
                      mesure(measure, value, "voie_pro_sco_agri", "id_mefstat11", AGRICOLE));
                }
              });
    }
    return mesures;
  }

  /** Served under the agricultural filière for 0010001W: must never be imported. */
  static final String AGRICOLE = "23830025007";

  static Map<String, Object> mesure(
      String idMesure, Object valeur, String filiere, String dimension, String code) {
    return Map.of(
        "id_mesure",
        idMesure,
        "valeur_mesure",
        valeur,
        "filiere",
        filiere,
        "dimensions",
        List.of(Map.of(dimension, code)));
  }

  /** The fixture lines of one établissement, by voie and code. */
  static Map<String, Ligne> of(String uai) {
    return lignes().stream()
        .filter(ligne -> ligne.uai().equals(uai))
        .collect(
            Collectors.toMap(
                ligne -> ligne.voie() + "/" + ligne.code(),
                ligne -> ligne,
                (a, b) -> a,
                LinkedHashMap::new));
  }
}
