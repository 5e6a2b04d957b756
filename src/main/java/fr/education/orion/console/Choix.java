package fr.education.orion.console;

import fr.education.orion.referentiel.Nomenclature;
import java.util.Arrays;
import java.util.List;

/** A value a filter offers: its code and its label. */
public record Choix(String code, String libelle) {

  /** The values of a nomenclature ({@code Secteur.values()}), with their words. */
  public static List<Choix> de(Nomenclature[] valeurs) {
    return Arrays.stream(valeurs).map(v -> new Choix(v.code(), v.libelle())).toList();
  }
}
