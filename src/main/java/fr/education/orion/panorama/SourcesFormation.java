package fr.education.orion.panorama;

import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.ingestion.ImportRuns.ImportRun;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Where a formation's figures come from: the latest successful import of each source and year of
 * the offers (constat de rentrée, Affelnet, Parcoursup) and of the regional InserJeunes counts.
 */
@Component
public class SourcesFormation {

  private static final String INSERJEUNES = "inserjeunes_region";
  private static final Map<String, String> LIBELLES =
      Map.of(
          "constat_rentree",
          "Constat de rentrée de la DEPP (effectifs)",
          "affelnet",
          "Affelnet-lycée (capacités et premiers vœux)",
          "parcoursup_bts",
          "Parcoursup (capacités et vœux des BTS)",
          INSERJEUNES,
          "InserJeunes de la DEPP et de la DARES (devenir des sortants, par région)");

  private final ImportRuns runs;

  SourcesFormation(ImportRuns runs) {
    this.runs = runs;
  }

  /**
   * The sources, newest year first. An InserJeunes file holds several millésimes, so its year is
   * not given: the tables name the millésimes.
   */
  public List<SourceDesChiffres> sources() {
    return runs.sources(LIBELLES.keySet()).stream().map(SourcesFormation::source).toList();
  }

  private static SourceDesChiffres source(ImportRun run) {
    String type = run.type() == null ? "" : run.type();
    return new SourceDesChiffres(
        LIBELLES.getOrDefault(type, type),
        type.equals(INSERJEUNES) ? null : run.annee(),
        run.fichier(),
        run.fin());
  }
}
