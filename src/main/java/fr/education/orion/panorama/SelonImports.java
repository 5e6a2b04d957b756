package fr.education.orion.panorama;

import fr.education.orion.ingestion.ImportRuns;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values derived from the imported data that pages read on every request (the rentrées and
 * millésimes, the niveaux and domains offered), kept until the next successful import. The key is
 * the id of the latest successful import, read from the database, so that every Orion instance sees
 * an import made by another.
 *
 * @param <K> what the value depends on besides the data
 */
final class SelonImports<K, V> {

  private record Version<K>(long importId, K cle) {}

  private final ImportRuns imports;
  private final Function<K, V> calcul;
  private final Map<Version<K>, V> valeurs = new ConcurrentHashMap<>();

  SelonImports(ImportRuns imports, Function<K, V> calcul) {
    this.imports = imports;
    this.calcul = calcul;
  }

  V get(K cle) {
    long importId = imports.lastSuccessId();
    // Values of older imports are never asked again.
    valeurs.keySet().removeIf(version -> version.importId() != importId);
    return valeurs.computeIfAbsent(new Version<>(importId, cle), version -> calcul.apply(cle));
  }
}
