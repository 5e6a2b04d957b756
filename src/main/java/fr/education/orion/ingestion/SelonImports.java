package fr.education.orion.ingestion;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Values derived from the imported data that pages read on every request (the rentrées and
 * millésimes, the niveaux and domains offered, the figures and quadrant of a selection), kept until
 * the next successful import: data change only through imports. The key is the id of the latest
 * successful import, read from the database, so that every Orion instance sees an import made by
 * another; it is read once per HTTP request, so that a page reads all its values for one import.
 *
 * <p>A value asked by several requests at once is computed once, the others waiting for it. At most
 * {@code capacite} values are kept: past it, some values (whichever the map gives first) are
 * forgotten and computed again when asked, so that visiting every combination of filters cannot
 * fill the memory.
 *
 * @param <K> what the value depends on besides the data
 */
public final class SelonImports<K, V> {

  private static final int CAPACITE_PAR_DEFAUT = 256;
  private static final String IMPORT_DE_LA_REQUETE = SelonImports.class.getName() + ".importId";

  private record Version<K>(long importId, K cle) {}

  private final ImportRuns imports;
  private final Function<K, V> calcul;
  private final int capacite;
  private final Map<Version<K>, CompletableFuture<V>> valeurs = new ConcurrentHashMap<>();

  /** The import of the values kept: the others are forgotten when it changes, not at each call. */
  private volatile long importConnu = Long.MIN_VALUE;

  public SelonImports(ImportRuns imports, Function<K, V> calcul) {
    this(imports, calcul, CAPACITE_PAR_DEFAUT);
  }

  public SelonImports(ImportRuns imports, Function<K, V> calcul, int capacite) {
    this.imports = imports;
    this.calcul = calcul;
    this.capacite = capacite;
  }

  public V get(K cle) {
    long importId = importDeLaRequete(imports);
    if (importId != importConnu) {
      // Values of older imports are never asked again.
      valeurs.keySet().removeIf(version -> version.importId() != importId);
      importConnu = importId;
    }
    Version<K> version = new Version<>(importId, cle);
    CompletableFuture<V> attendue = valeurs.get(version);
    if (attendue == null) {
      CompletableFuture<V> calculee = new CompletableFuture<>();
      attendue = valeurs.putIfAbsent(version, calculee);
      if (attendue == null) {
        // Computed outside the map's lock: a slow computation never holds up other keys.
        try {
          calculee.complete(calcul.apply(cle));
        } catch (RuntimeException | Error e) {
          // Those waiting get the same failure; the next request computes again.
          valeurs.remove(version, calculee);
          calculee.completeExceptionally(e);
          throw e;
        }
        oublierAuDela(capacite, version);
        return calculee.join();
      }
    }
    try {
      return attendue.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /**
   * The id of the latest successful import, read once per HTTP request (at each call outside one),
   * so that everything a request reads belongs to one import.
   */
  public static long importDeLaRequete(ImportRuns imports) {
    RequestAttributes requete = RequestContextHolder.getRequestAttributes();
    if (requete == null) {
      return imports.lastSuccessId();
    }
    if (requete.getAttribute(IMPORT_DE_LA_REQUETE, RequestAttributes.SCOPE_REQUEST)
        instanceof Long id) {
      return id;
    }
    long id = imports.lastSuccessId();
    requete.setAttribute(IMPORT_DE_LA_REQUETE, id, RequestAttributes.SCOPE_REQUEST);
    return id;
  }

  private void oublierAuDela(int taille, Version<K> gardee) {
    Iterator<Version<K>> versions = valeurs.keySet().iterator();
    while (valeurs.size() > taille && versions.hasNext()) {
      if (!versions.next().equals(gardee)) {
        versions.remove();
      }
    }
  }
}
