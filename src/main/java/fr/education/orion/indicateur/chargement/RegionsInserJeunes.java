package fr.education.orion.indicateur.chargement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The InserJeunes API numbers the régions its own way; Orion keys them by INSEE code. The table is
 * Orion's ({@code regionAcademiqueMapping}), checked on the regional dump, which carries both
 * codes.
 */
final class RegionsInserJeunes {

  private static final Map<String, String> INSEE_BY_API_CODE = new LinkedHashMap<>();

  static {
    String[][] pairs = {
      {"01", "84"}, {"02", "27"}, {"03", "53"}, {"04", "24"}, {"05", "94"}, {"06", "44"},
      {"07", "01"}, {"08", "03"}, {"09", "32"}, {"10", "11"}, {"11", "04"}, {"12", "02"},
      {"13", "06"}, {"14", "28"}, {"15", "75"}, {"16", "76"}, {"17", "52"}, {"18", "93"}
    };
    for (String[] pair : pairs) {
      INSEE_BY_API_CODE.put(pair[0], pair[1]);
    }
  }

  private RegionsInserJeunes() {}

  /** The INSEE codes of the régions the API knows, in the API's order. */
  static List<String> codesInsee() {
    return List.copyOf(INSEE_BY_API_CODE.values());
  }

  static String codeInsee(String codeApi) {
    String insee = INSEE_BY_API_CODE.get(codeApi);
    if (insee == null) {
      throw new IllegalArgumentException("Code région InserJeunes inconnu : " + codeApi);
    }
    return insee;
  }

  static String codeApi(String codeInsee) {
    return INSEE_BY_API_CODE.entrySet().stream()
        .filter(entry -> entry.getValue().equals(codeInsee))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException("Région INSEE inconnue d'InserJeunes : " + codeInsee));
  }
}
