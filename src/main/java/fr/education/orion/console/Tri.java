package fr.education.orion.console;

import fr.education.orion.system.Problems;
import org.jspecify.annotations.Nullable;

/**
 * The order of a console: any of its columns, ascending or descending, missing values always last.
 * By default the largest effectif en entrée first.
 */
public record Tri(Colonne colonne, boolean descendant) {

  static final String PAR_DEFAUT = "effectifEntree";

  /**
   * @throws org.springframework.web.ErrorResponseException 400 for a field the console does not
   *     have or an order other than asc and desc
   */
  public static Tri of(Console console, @Nullable String sort, @Nullable String order) {
    boolean parDefaut = sort == null || sort.isBlank();
    String champ = parDefaut ? PAR_DEFAUT : sort.strip();
    Colonne colonne =
        console
            .colonne(champ)
            .orElseThrow(
                () ->
                    Problems.badRequest(
                        "Tri impossible sur « "
                            + champ
                            + " » : ce n'est pas un champ de la "
                            + console.titre().toLowerCase(java.util.Locale.FRANCE)
                            + "."));
    if (order == null || order.isBlank()) {
      return new Tri(colonne, parDefaut || colonne.nature() != Colonne.Nature.TEXTE);
    }
    return switch (order.strip()) {
      case "asc" -> new Tri(colonne, false);
      case "desc" -> new Tri(colonne, true);
      default ->
          throw Problems.badRequest(
              "Le paramètre order vaut « asc » ou « desc » (reçu : « " + order + " »).");
    };
  }

  public String order() {
    return descendant ? "desc" : "asc";
  }
}
