package fr.education.orion.panorama;

import fr.education.orion.ingestion.ImportRuns;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values derived from the imported data that pages read on every request (the rentrées and
 * millésimes, the niveaux and domains offered, the figures and quadrant of a selection), kept until
 * the next successful import: data change only through imports. The key is the id of the latest
 * successful import, read from the database, so that every Orion instance sees an import made by
 * another.
 *
 * <p>At most {@code capacite} values are kept per import: past it, some values (whichever the map
 * gives first) are forgotten and computed again when asked, so that visiting every combination of
 * filters cannot fill the memory.
 *
 * @param <K> what the value depends on besides the data
 */
final class SelonImports<K, V> {

  private static final int CAPACITE_PAR_DEFAUT = 256;

  private record Version<K>(long importId, K cle) {}

  private final ImportRuns imports;
  private final Function<K, V> calcul;
  private final int capacite;
  private final Map<Version<K>, V> valeurs = new ConcurrentHashMap<>();

  SelonImports(ImportRuns imports, Function<K, V> calcul) {
    this(imports, calcul, CAPACITE_PAR_DEFAUT);
  }

  SelonImports(ImportRuns imports, Function<K, V> calcul, int capacite) {
    this.imports = imports;
    this.calcul = calcul;
    this.capacite = capacite;
  }

  V get(K cle) {
    long importId = imports.lastSuccessId();
    // Values of older imports are never asked again.
    valeurs.keySet().removeIf(version -> version.importId() != importId);
    Version<K> version = new Version<>(importId, cle);
    V valeur = valeurs.get(version);
    if (valeur == null) {
      // Computed outside the map's lock: two requests may compute the same value once each, but a
      // slow computation never holds up the requests for other keys.
      valeur = calcul.apply(cle);
      oublierAuDela(capacite - 1);
      valeurs.putIfAbsent(version, valeur);
    }
    return valeur;
  }

  private void oublierAuDela(int taille) {
    Iterator<Version<K>> versions = valeurs.keySet().iterator();
    while (valeurs.size() > taille && versions.hasNext()) {
      versions.next();
      versions.remove();
    }
  }
}
