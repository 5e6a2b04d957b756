package fr.education.orion.console;

import com.fasterxml.jackson.annotation.JsonValue;
import fr.education.orion.referentiel.CodeDepartement;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.Uai;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A row of the établissements console: one offer (établissement × formation × dispositif × voie) at
 * a rentrée. Its {@link #sortie()} rates are the établissement's own (InserJeunes counts per UAI),
 * its {@link #sortieRegionale()} ones those of the formation in the établissement's région; {@code
 * valeurAjoutee} is the DEPP's for the établissement, as a fraction.
 */
public record LigneEtablissement(
    String rentreeScolaire,
    Etablissement etablissement,
    String voie,
    String libelleVoie,
    Formation formation,
    Entree entree,
    String millesimeSortie,
    Sortie sortie,
    @Nullable String positionQuadrant,
    Sortie sortieRegionale,
    Evolution<BigDecimal> valeurAjoutee)
    implements LigneConsole {

  /** The établissement of an offer: UAI, name, commune, territory, sector. */
  public record Etablissement(
      Uai uai,
      @Nullable String libelleEtablissement,
      @Nullable String commune,
      @Nullable CodeDepartement codeDepartement,
      @Nullable String libelleDepartement,
      @Nullable CodeRegion codeRegion,
      @Nullable String libelleRegion,
      @Nullable String secteur,
      @Nullable String libelleSecteur) {

    static Etablissement lu(Lecture l) {
      return new Etablissement(
          l.code("uai", Uai.CONVERTER),
          l.texteOuNull("libelleEtablissement"),
          l.texteOuNull("commune"),
          l.codeOuNull("codeDepartement", CodeDepartement.CONVERTER),
          l.texteOuNull("libelleDepartement"),
          l.codeOuNull("codeRegion", CodeRegion.CONVERTER),
          l.texteOuNull("libelleRegion"),
          l.texteOuNull("secteur"),
          l.texteOuNull("libelleSecteur"));
    }

    void json(Map<String, @Nullable Object> json) {
      json.put("uai", LigneConsole.code(uai));
      json.put("libelleEtablissement", libelleEtablissement);
      json.put("commune", commune);
      json.put("codeDepartement", LigneConsole.code(codeDepartement));
      json.put("libelleDepartement", libelleDepartement);
      json.put("codeRegion", LigneConsole.code(codeRegion));
      json.put("libelleRegion", libelleRegion);
      json.put("secteur", secteur);
      json.put("libelleSecteur", libelleSecteur);
    }
  }

  static LigneEtablissement lue(Lecture l) {
    return new LigneEtablissement(
        l.texte("rentreeScolaire"),
        Etablissement.lu(l),
        l.texte("voie"),
        l.texte("libelleVoie"),
        Formation.lue(l),
        Entree.lue(l),
        l.texte("millesimeSortie"),
        Sortie.lue(l, ""),
        l.texteOuNull("positionQuadrant"),
        Sortie.lue(l, REGIONAL),
        Evolution.lue(l, "valeurAjoutee", "valeurAjouteePrecedente", BigDecimal.class));
  }

  /** What the names of the columns of the rates of the offer's région add to the offer's own. */
  private static final String REGIONAL = "Regional";

  @Override
  @JsonValue
  public Map<String, @Nullable Object> json() {
    Map<String, @Nullable Object> json = new LinkedHashMap<>();
    json.put("rentreeScolaire", rentreeScolaire);
    etablissement.json(json);
    json.put("voie", voie);
    json.put("libelleVoie", libelleVoie);
    formation.json(json);
    entree.json(json);
    json.put("millesimeSortie", millesimeSortie);
    sortie.json(json, "");
    json.put("positionQuadrant", positionQuadrant);
    sortieRegionale.json(json, REGIONAL);
    valeurAjoutee.json(json, "valeurAjoutee", "valeurAjouteePrecedente");
    return json;
  }
}
