package fr.education.orion.indicateur.chargement;

import static fr.education.orion.indicateur.chargement.InserJeunesMesures.COUNTS;
import static fr.education.orion.indicateur.chargement.InserJeunesMesures.VALEUR_AJOUTEE;
import static fr.education.orion.referentiel.Voie.CODE_APPRENTISSAGE;
import static fr.education.orion.referentiel.Voie.CODE_SCOLAIRE;

import fr.education.orion.indicateur.chargement.InserJeunesSource.Mesure;
import fr.education.orion.ingestion.SourceTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Turns the measures of the InserJeunes API into lines of the Orion team's dumps ({@code
 * ij_region_data.csv}, {@code ij_uai_data.csv}), so that the same loaders import them: one line per
 * région or UAI, millésime, voie and formation, with the measures Orion keeps ({@link
 * InserJeunesMesures}). The voie follows the dimension: MEFSTAT11 for the voie scolaire, CFD for
 * apprenticeship, {@code ensemble} for a whole établissement (a région's ensemble is not kept, as
 * in Orion). As in Orion, only the filières {@code voie_pro_sco_educ_nat} and {@code apprentissage}
 * are kept, for régions and établissements alike: the measures of {@code voie_pro_sco_agri}
 * (agricultural education, outside Orion's perimeter) are dropped and counted.
 */
final class InserJeunesLignes {

  static final Set<String> FILIERES = Set.of("voie_pro_sco_educ_nat", "apprentissage");

  private final boolean parUai;
  private final Map<List<String>, Map<String, String>> lignes = new LinkedHashMap<>();
  private final Map<String, Integer> ecartees = new TreeMap<>();

  private InserJeunesLignes(boolean parUai) {
    this.parUai = parUai;
  }

  /** Lines of {@code ij_region_data.csv}: type {@link InserJeunesRegionLoader#TYPE}. */
  static InserJeunesLignes regions() {
    return new InserJeunesLignes(false);
  }

  /** Lines of {@code ij_uai_data.csv}: type {@link InserJeunesUaiLoader#TYPE}. */
  static InserJeunesLignes uais() {
    return new InserJeunesLignes(true);
  }

  /**
   * Adds the answer for a région (INSEE code) or a UAI.
   *
   * @param territoire the INSEE code of the région, or the UAI
   */
  void add(String millesime, String territoire, List<Mesure> mesures) {
    for (Mesure mesure : mesures) {
      String filiere = String.valueOf(mesure.filiere());
      if (!FILIERES.contains(filiere)) {
        ecartees.merge("filière « " + filiere + " »", 1, Integer::sum);
        continue;
      }
      boolean kept =
          COUNTS.contains(mesure.idMesure())
              || (parUai && VALEUR_AJOUTEE.equals(mesure.idMesure()));
      if (!kept || mesure.valeur() == null) {
        continue;
      }
      Optional<List<String>> key = key(millesime, territoire, mesure);
      if (key.isEmpty()) {
        continue;
      }
      lignes
          .computeIfAbsent(key.get(), k -> new HashMap<>())
          .put(mesure.idMesure(), plain(mesure.valeur()));
    }
  }

  /**
   * (millésime, territoire, voie, code), or nothing for a measure whose line Orion does not keep.
   */
  private Optional<List<String>> key(String millesime, String territoire, Mesure mesure) {
    Optional<String> mefstat = mesure.dimension(InserJeunesSource.MEFSTAT11);
    if (mefstat.isPresent()) {
      return Optional.of(List.of(millesime, territoire, CODE_SCOLAIRE, mefstat.get()));
    }
    Optional<String> cfd = mesure.dimension(InserJeunesSource.FORMATION_APPRENTISSAGE);
    if (cfd.isPresent()) {
      return Optional.of(List.of(millesime, territoire, CODE_APPRENTISSAGE, cfd.get()));
    }
    Optional<String> ensemble = mesure.dimension(InserJeunesSource.ENSEMBLE);
    if (ensemble.isPresent() && parUai) {
      return Optional.of(
          List.of(millesime, territoire, InserJeunesUaiLoader.ENSEMBLE, ensemble.get()));
    }
    return Optional.empty();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** Measures dropped, by reason, e.g. {@code filière « voie_pro_sco_agri » → 40}. */
  Map<String, Integer> ecartees() {
    return Map.copyOf(ecartees);
  }

  SourceTable table() {
    List<String> header =
        Stream.of(
                parUai
                    ? Stream.of("millesime", "uai", "voie", "cfd", "mefstat", "ensemble")
                    : Stream.of(
                        "millesime", "code_region_ij", "code_region", "voie", "cfd", "mefstat11"),
                COUNTS.stream(),
                parUai ? Stream.of(VALEUR_AJOUTEE) : Stream.<String>empty())
            .flatMap(s -> s)
            .toList();
    List<List<@Nullable String>> lines = new ArrayList<>();
    lignes.forEach((key, values) -> lines.add(line(key, values)));
    return new SourceTable(header, lines);
  }

  private List<@Nullable String> line(List<String> key, Map<String, String> values) {
    String millesime = key.get(0);
    String territoire = key.get(1);
    String voie = key.get(2);
    String code = key.get(3);
    List<@Nullable String> line = new ArrayList<>();
    line.add(millesime);
    if (parUai) {
      line.add(territoire);
    } else {
      line.add(RegionsInserJeunes.codeApi(territoire));
      line.add(territoire);
    }
    line.add(voie);
    line.add(voie.equals(CODE_APPRENTISSAGE) ? code : null);
    line.add(voie.equals(CODE_SCOLAIRE) ? code : null);
    if (parUai) {
      line.add(voie.equals(InserJeunesUaiLoader.ENSEMBLE) ? code : null);
    }
    COUNTS.forEach(count -> line.add(values.get(count)));
    if (parUai) {
      line.add(values.get(VALEUR_AJOUTEE));
    }
    return line;
  }
}
