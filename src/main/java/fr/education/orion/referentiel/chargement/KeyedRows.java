package fr.education.orion.referentiel.chargement;

import fr.education.orion.ingestion.SourceRow;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a file, one per key (the first values of a row). A key repeated with the same values
 * is one row; repeated with other values, the later line wins and a warning names the earlier one.
 */
final class KeyedRows {

  private final int keySize;
  private final Map<List<Object>, Object[]> rows = new LinkedHashMap<>();
  private final Map<List<Object>, Integer> lines = new HashMap<>();

  KeyedRows(int keySize) {
    this.keySize = keySize;
  }

  void put(SourceRow row, Object[] values, Rejets rejets) {
    List<Object> key = List.copyOf(Arrays.asList(values).subList(0, keySize));
    Object[] earlier = rows.put(key, values);
    if (earlier != null && !Arrays.equals(earlier, values)) {
      rejets.warn(
          row,
          null,
          "clé "
              + String.join(" × ", key.stream().map(Object::toString).toList())
              + " déjà présente ligne "
              + lines.get(key)
              + " avec d'autres valeurs : cette ligne l'emporte");
    }
    lines.put(key, row.line());
  }

  Collection<Object[]> values() {
    return rows.values();
  }
}
