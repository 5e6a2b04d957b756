package fr.education.orion.console;

import fr.education.orion.indicateur.Unite;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A column of a console: its JSON field (also the sort key and the URL name in {@code colonnes}),
 * its French header, how to show it, whether it is shown by default, and how to read it from a row.
 *
 * @param unite how an indicator is measured ({@link Unite#duChamp}); null for other natures
 * @param evolution the column gives the figure of the previous rentrée or millésime
 * @param code the field of the column that gives the code of this column's words ({@code secteur}
 *     for « Public »), which exports write next to them; null when the column is no word of a code
 */
public record Colonne(
    String champ,
    String libelle,
    Nature nature,
    @Nullable Unite unite,
    boolean parDefaut,
    boolean evolution,
    Function<LigneConsole, @Nullable Object> valeur,
    @Nullable String code) {

  /** How a value is written in a page or an export. */
  public enum Nature {
    TEXTE,
    NOMBRE,
    /** An indicator in its {@link Unite}. */
    MESURE,
    /** Oui / Non. */
    OUI_NON
  }

  public Colonne {
    if ((nature == Nature.MESURE) != (unite != null)) {
      throw new IllegalArgumentException(
          "Une unité pour les mesures, et pour elles seules : " + champ);
    }
  }

  /** The same column, whose words are the codes of the column {@code champCode}. */
  Colonne avecCode(String champCode) {
    return new Colonne(champ, libelle, nature, unite, parDefaut, evolution, valeur, champCode);
  }

  /** The header of an export file: the label and, for an indicator, its unit. */
  public String enTete() {
    return unite == null ? libelle : unite.enTete(libelle);
  }

  public @Nullable Object de(LigneConsole ligne) {
    return valeur.apply(ligne);
  }
}
