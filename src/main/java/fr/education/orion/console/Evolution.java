package fr.education.orion.console;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A figure of a row and the same figure one rentrée or one millésime earlier; either may be missing
 * (null) where the data lack it.
 */
public record Evolution<T>(@Nullable T valeur, @Nullable T precedente) {

  /** The figure read from the columns {@code nom} and {@code nomPrecedente} of a row. */
  static <T> Evolution<T> lue(Lecture ligne, String nom, String nomPrecedente, Class<T> type) {
    return new Evolution<>(ligne.valeur(nom, type), ligne.valeur(nomPrecedente, type));
  }

  /** Writes the figure as two fields of a row's JSON. */
  void json(Map<String, @Nullable Object> json, String nom, String nomPrecedente) {
    json.put(nom, valeur);
    json.put(nomPrecedente, precedente);
  }
}
