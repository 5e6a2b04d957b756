package fr.education.orion.console;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A column of a console: its JSON field (also the sort key and the URL name in {@code colonnes}),
 * its French header, how to show it, whether it is shown by default, and how to read it from a row.
 *
 * @param evolution the column gives the figure of the previous rentrée or millésime
 */
public record Colonne(
    String champ,
    String libelle,
    Nature nature,
    boolean parDefaut,
    boolean evolution,
    Function<LigneConsole, @Nullable Object> valeur) {

  /** How a value is written in a page or an export. */
  public enum Nature {
    TEXTE,
    NOMBRE,
    /** A fraction, shown as a rounded percentage; exported unrounded. */
    TAUX,
    /** Oui / Non. */
    OUI_NON
  }

  public @Nullable Object de(LigneConsole ligne) {
    return valeur.apply(ligne);
  }
}
