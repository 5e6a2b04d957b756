package fr.education.orion.indicateur.calcul;

import fr.education.orion.RealFiles;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The quadrant of one région, niveau and millésime computed from the raw bundled files, following
 * the former Orion's rule step by step, without Orion's tables or SQL: what {@code QuadrantBuilder}
 * and the quadrant route must give.
 *
 * <ul>
 *   <li>The formations (Orion's {@code formationView}, voie scolaire): the CFDs of the diploma list
 *       ({@code 400-31107 T} → 40031107), the classes communes of the familles de métiers and BTS
 *       options ({@code CFD_COMMUN}), and the former CFDs ({@code ANCIEN_DIPLOME_1..7}) of the
 *       listed ones that opened and did not close before 2018, each known to the BCN.
 *   <li>A formation's counts per dispositif: the regional InserJeunes line of the MEFSTAT11 of the
 *       last year of that dispositif in N_MEF; without one, those of its predecessor when the
 *       renovation is one-to-one both ways, for the same dispositif (for a mention complémentaire
 *       become a certificat de spécialisation, the predecessor's only dispositif).
 *   <li>The averages of the niveau: Σ numerators / Σ denominators over every formation of the
 *       niveau in the région, a denominator counting only lines whose numerator is published, null
 *       under 20, kept only when the three rates are non-zero.
 *   <li>The position: "-" for a classe commune, "Hors quadrant" when one of the two rates or of the
 *       two averages is missing, else Q1–Q4 with ≥ comparisons.
 * </ul>
 *
 * Rates are fractions (Orion stores fractions; the reference's percent differs by a factor 100).
 *
 * <p>Only the pairs of the reference's {@code formationHistorique} (the {@code ANCIEN_DIPLOME_n}
 * columns of the new formation's row) decide the continuum: Orion's lineage also holds the pairs
 * read from the {@code NOUVEAU_DIPLOME_n} columns of a former formation's own row (shown on the
 * formation pages), which would give 32033105 (podo-orthésiste) two successors, 32033108 and
 * 32033113, where {@code formationHistorique} gives one; 32033108 then carries the counts of
 * 32033105 (Île-de-France, 2021_2022: 40 in final year), which the BTS case of Île-de-France in
 * {@code QuadrantIT} checks.
 */
final class QuadrantReference {

  static final String IJ_FILE = "inserjeunes/ij_region_data_2019_2020-2021_2022.csv.gz";
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final LocalDate DEBUT_2018 = LocalDate.of(2018, 1, 1);
  private static final int SEUIL = 20;

  /** A formation of the quadrant: CFD and dispositif. */
  record Cle(String cfd, String dispositif) {}

  /** InserJeunes counts (null when not published). */
  record Comptes(
      @Nullable Integer anneeTerminale,
      @Nullable Integer sortants,
      @Nullable Integer poursuite,
      @Nullable Integer emploi) {}

  /** A formation's rates and position. */
  record Position(String position, @Nullable Double emploi, @Nullable Double poursuite) {}

  /** The quadrant of a région × niveau × millésime. */
  record Quadrant(
      @Nullable Double moyenneEmploi,
      @Nullable Double moyennePoursuite,
      @Nullable Double moyenneDevenirFavorable,
      Map<Cle, Position> positions) {}

  private static final Files FILES = new Files();

  private QuadrantReference() {}

  /** The CFD is a classe commune (typeFamille 2nde_commune or 1ere_commune). */
  static boolean classeCommune(String cfd) {
    return FILES.communs.contains(cfd);
  }

  /** The counts of every formation of the niveau in the région for the millésime. */
  static Map<Cle, Comptes> comptes(String millesime, String region, String niveau) {
    Map<Cle, Comptes> comptes = new HashMap<>();
    for (Map.Entry<Cle, String> mef : FILES.derniereAnnee.entrySet()) {
      Cle cle = mef.getKey();
      if (!cle.cfd().startsWith(niveau) || !FILES.formations.contains(cle.cfd())) {
        continue;
      }
      Comptes propres = FILES.ij.get(List.of(millesime, region, mef.getValue()));
      Comptes retenus = propres != null ? propres : continuum(cle, millesime, region);
      if (retenus != null) {
        comptes.put(cle, retenus);
      }
    }
    return comptes;
  }

  static Quadrant quadrant(String millesime, String region, String niveau) {
    Map<Cle, Comptes> comptes = comptes(millesime, region, niveau);
    Double[] moyennes = taux(comptes.values());
    boolean gardees =
        moyennes[0] != null
            && moyennes[0] != 0
            && moyennes[1] != null
            && moyennes[1] != 0
            && moyennes[2] != null
            && moyennes[2] != 0;
    Double moyenneEmploi = gardees ? moyennes[0] : null;
    Double moyennePoursuite = gardees ? moyennes[1] : null;
    Map<Cle, Position> positions = new HashMap<>();
    comptes.forEach(
        (cle, c) -> {
          Double[] taux = taux(List.of(c));
          Double emploi = taux[0];
          Double poursuite = taux[1];
          String position;
          if (classeCommune(cle.cfd())) {
            position = "-";
          } else if (emploi == null
              || poursuite == null
              || moyenneEmploi == null
              || moyennePoursuite == null) {
            position = "Hors quadrant";
          } else if (emploi >= moyenneEmploi) {
            position = poursuite >= moyennePoursuite ? "Q1" : "Q2";
          } else {
            position = poursuite >= moyennePoursuite ? "Q3" : "Q4";
          }
          positions.put(cle, new Position(position, emploi, poursuite));
        });
    return new Quadrant(moyenneEmploi, moyennePoursuite, gardees ? moyennes[2] : null, positions);
  }

  /**
   * Employment, further study and devenir favorable, Σ/Σ with each denominator over the lines whose
   * numerator(s) are published, null under the threshold.
   */
  private static Double[] taux(Iterable<Comptes> lignes) {
    long emploi = 0;
    long sortants = 0;
    long poursuite = 0;
    long terminalePoursuite = 0;
    long devenir = 0;
    long terminaleDevenir = 0;
    for (Comptes c : lignes) {
      if (c.emploi() != null) {
        emploi += c.emploi();
        sortants += zero(c.sortants());
      }
      if (c.poursuite() != null) {
        poursuite += c.poursuite();
        terminalePoursuite += zero(c.anneeTerminale());
      }
      if (c.emploi() != null && c.poursuite() != null) {
        devenir += c.emploi() + c.poursuite();
        terminaleDevenir += zero(c.anneeTerminale());
      }
    }
    return new Double[] {
      sortants < SEUIL ? null : (double) emploi / sortants,
      terminalePoursuite < SEUIL ? null : (double) poursuite / terminalePoursuite,
      terminaleDevenir < SEUIL ? null : (double) devenir / terminaleDevenir
    };
  }

  private static long zero(@Nullable Integer value) {
    return value == null ? 0 : value;
  }

  /**
   * The predecessor's counts for the same dispositif, when the renovation is one-to-one both ways;
   * a mention complémentaire (461, 561) become a certificat de spécialisation (010) takes its
   * predecessor's only dispositif.
   */
  private static @Nullable Comptes continuum(Cle cle, String millesime, String region) {
    List<String> anciens = FILES.anciensDe.getOrDefault(cle.cfd(), List.of());
    if (anciens.size() != 1) {
      return null;
    }
    String ancien = anciens.get(0);
    if (FILES.nouveauxDe.getOrDefault(ancien, List.of()).size() != 1) {
      return null;
    }
    String mef = FILES.derniereAnnee.get(new Cle(ancien, cle.dispositif()));
    boolean mentionDevenueCs =
        cle.cfd().startsWith("010") && (ancien.startsWith("461") || ancien.startsWith("561"));
    if (mentionDevenueCs) {
      List<String> dispositifs =
          FILES.derniereAnnee.keySet().stream()
              .filter(k -> k.cfd().equals(ancien))
              .map(k -> FILES.derniereAnnee.get(k))
              .toList();
      mef = dispositifs.size() == 1 ? dispositifs.get(0) : null;
    }
    return mef == null ? null : FILES.ij.get(List.of(millesime, region, mef));
  }

  /** The raw files, read once. */
  private static final class Files {

    /** (cfd, dispositif) → MEFSTAT11 of the dispositif's last year (N_MEF). */
    final Map<Cle, String> derniereAnnee = new HashMap<>();

    /** (millésime, code région, MEFSTAT11) → counts of the voie scolaire line. */
    final Map<List<String>, Comptes> ij = new HashMap<>();

    final Set<String> communs = new HashSet<>();
    final Set<String> formations = new HashSet<>();

    /**
     * Renovation lineage of {@code formationHistorique}: new CFD → former CFDs, and former → new.
     */
    final Map<String, List<String>> anciensDe = new HashMap<>();

    final Map<String, List<String>> nouveauxDe = new HashMap<>();

    Files() {
      Map<Cle, Integer> annees = new HashMap<>();
      for (Map<String, String> row : lignes("bcn/nMef.csv.gz", StandardCharsets.UTF_8)) {
        String mefstat = row.get("MEF_STAT_11");
        if (mefstat.isEmpty()) {
          continue;
        }
        Cle cle = new Cle(row.get("FORMATION_DIPLOME"), row.get("DISPOSITIF_FORMATION"));
        int annee = Integer.parseInt(row.get("ANNEE_DISPOSITIF"));
        if (annee >= annees.getOrDefault(cle, 0)) {
          annees.put(cle, annee);
          derniereAnnee.put(cle, mefstat);
        }
      }
      for (Map<String, String> row : lignes(IJ_FILE, StandardCharsets.UTF_8)) {
        if (row.get("voie").equals("scolaire")) {
          ij.put(
              List.of(row.get("millesime"), row.get("code_region"), row.get("mefstat11")),
              new Comptes(
                  nombre(row.get("nb_annee_term")),
                  nombre(row.get("nb_sortant")),
                  nombre(row.get("nb_poursuite_etudes")),
                  nombre(row.get("nb_en_emploi_6_mois"))));
        }
      }
      for (String fichier :
          List.of(
              "orion_referentiels/familleMetiers.csv.gz", "orion_referentiels/optionsBTS.csv.gz")) {
        for (Map<String, String> row : lignes(fichier, StandardCharsets.UTF_8)) {
          communs.add(row.get("CFD_COMMUN"));
        }
      }
      Set<String> listees = new HashSet<>();
      for (Map<String, String> row :
          lignes("diplomes_pro/diplomesProfessionnels.csv.gz", StandardCharsets.UTF_8)) {
        String code = row.get("Code diplôme").replace("-", "");
        if (code.length() >= 8 && code.substring(0, 8).chars().allMatch(Character::isDigit)) {
          listees.add(code.substring(0, 8));
        }
      }
      // dataFormation: N_FORMATION_DIPLOME (Windows-1252) then V_FORMATION_DIPLOME (UTF-8 with
      // a BOM), the first wins.
      Map<String, Map<String, String>> bcn = new HashMap<>();
      List<Map<String, String>> n = lignes("bcn/nFormationDiplome_.csv.gz", WINDOWS_1252);
      List<Map<String, String>> v = lignes("bcn/vFormationDiplome_.csv.gz", StandardCharsets.UTF_8);
      for (List<Map<String, String>> rows : List.of(n, v)) {
        for (Map<String, String> row : rows) {
          bcn.putIfAbsent(row.get("FORMATION_DIPLOME"), row);
        }
      }
      Set<String> historiques = new HashSet<>();
      for (Map<String, String> row : n) {
        String cfd = row.get("FORMATION_DIPLOME");
        if (!listees.contains(cfd)) {
          continue;
        }
        for (int i = 1; i <= 7; i++) {
          String ancien = row.getOrDefault("ANCIEN_DIPLOME_" + i, "");
          Map<String, String> formation = bcn.get(ancien);
          if (!ancien.isEmpty() && formation != null && ouverteApres2017(formation)) {
            historiques.add(ancien);
            anciensDe.computeIfAbsent(cfd, k -> new ArrayList<>()).add(ancien);
            nouveauxDe.computeIfAbsent(ancien, k -> new ArrayList<>()).add(cfd);
          }
        }
      }
      for (Set<String> source : List.of(listees, communs, historiques)) {
        source.stream().filter(bcn::containsKey).forEach(formations::add);
      }
    }

    /** Has an opening date and is not closed before 2018. */
    private static boolean ouverteApres2017(Map<String, String> formation) {
      String ouverture = formation.getOrDefault("DATE_OUVERTURE", "");
      String fermeture = formation.getOrDefault("DATE_FERMETURE", "");
      return !ouverture.isEmpty()
          && (fermeture.isEmpty() || !LocalDate.parse(fermeture, FRENCH).isBefore(DEBUT_2018));
    }

    private static @Nullable Integer nombre(String value) {
      return value == null || value.isEmpty() ? null : Integer.valueOf(value);
    }

    /** A file's data lines, each as its values by header name. */
    private static List<Map<String, String>> lignes(String fichier, Charset charset) {
      List<String> lines = RealFiles.lines(fichier, charset);
      String[] header = lines.get(0).split(";", -1);
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] values = line.split(";", -1);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i].strip(), i < values.length ? values[i].strip() : "");
        }
        rows.add(row);
      }
      return rows;
    }
  }
}
