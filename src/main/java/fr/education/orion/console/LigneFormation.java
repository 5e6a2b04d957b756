package fr.education.orion.console;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A row of the formations console: a formation (CFD × dispositif) at a rentrée, its offers summed
 * over the selected territory, the InserJeunes rates summed over the territory's régions (each rate
 * is a sum of counts over a sum of counts).
 */
public record LigneFormation(
    String rentreeScolaire,
    Formation formation,
    Entree entree,
    String millesimeSortie,
    Sortie sortie,
    @Nullable String positionQuadrant)
    implements LigneConsole {

  static LigneFormation lue(Lecture l) {
    return new LigneFormation(
        l.texte("rentreeScolaire"),
        Formation.lue(l),
        Entree.lue(l),
        l.texte("millesimeSortie"),
        Sortie.lue(l, ""),
        l.texteOuNull("positionQuadrant"));
  }

  @Override
  @JsonValue
  public Map<String, @Nullable Object> json() {
    Map<String, @Nullable Object> json = new LinkedHashMap<>();
    json.put("rentreeScolaire", rentreeScolaire);
    formation.json(json);
    entree.json(json);
    json.put("millesimeSortie", millesimeSortie);
    sortie.json(json, "");
    json.put("positionQuadrant", positionQuadrant);
    return json;
  }
}
