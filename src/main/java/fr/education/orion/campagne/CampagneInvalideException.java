package fr.education.orion.campagne;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A campaign entered with errors: each field's French message, in the order of the form, so that a
 * page shows each beside its field and the API lists them in its problem.
 */
public class CampagneInvalideException extends RuntimeException {

  private final Map<String, String> erreurs;

  public CampagneInvalideException(Map<String, String> erreurs) {
    super(String.join(" ", erreurs.values()));
    this.erreurs = Collections.unmodifiableMap(new LinkedHashMap<>(erreurs));
  }

  /** Field name → message. */
  public Map<String, String> erreurs() {
    return erreurs;
  }
}
