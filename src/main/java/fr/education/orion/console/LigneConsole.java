package fr.education.orion.console;

import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.NiveauDiplome;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a row of either console says of a formation (aggregated over a territory, or one offer of an
 * établissement): the formation, its entry figures at the rentrée and the one before, the
 * InserJeunes rates of the millésime and of the one before, its quadrant position. Rates are
 * fractions, null when not computable.
 *
 * <p>A row's JSON is flat, one field per column of the console's query ({@link #json()}): the names
 * of the JSON, of the query's columns and of the console's columns ({@link Colonne#champ()}) are
 * the same.
 */
public interface LigneConsole {

  String rentreeScolaire();

  Formation formation();

  Entree entree();

  String millesimeSortie();

  /** The InserJeunes rates of the row: a formation's in its régions, an offer's own. */
  Sortie sortie();

  /** Q1…Q4, Hors quadrant, - (classe commune); null when no single région is selected. */
  @Nullable String positionQuadrant();

  /** The row as its JSON object: its fields in the order of the query's columns. */
  Map<String, @Nullable Object> json();

  /**
   * A code of a row's JSON ({@link Cfd}, {@link fr.education.orion.referentiel.Uai}…) as the text
   * it writes itself as. The JSON object is a map whose values Jackson serialises by their class,
   * keeping a quick lookup for a few classes only: the codes go in as text, the class the map holds
   * already, and the answer is the same.
   */
  static @Nullable String code(@Nullable Object code) {
    return code == null ? null : code.toString();
  }

  /**
   * A formation and dispositif: codes, labels, place in a famille de métiers, tags.
   *
   * @param libelleFamille the famille de métiers the formation belongs to, when it does
   * @param typeFamille {@code 2nde_commune}, {@code 1ere_commune}, {@code specialite}, {@code
   *     option} or null
   * @param libelleTypeFamille {@code typeFamille} in words ({@link
   *     fr.education.orion.referentiel.TypeFamille})
   */
  record Formation(
      Cfd cfd,
      String codeDispositif,
      @Nullable String libelleFormation,
      @Nullable String libelleDispositif,
      @Nullable NiveauDiplome codeNiveauDiplome,
      @Nullable String libelleNiveauDiplome,
      @Nullable String codeNsf,
      @Nullable String libelleNsf,
      @Nullable String libelleFamille,
      @Nullable String typeFamille,
      @Nullable String libelleTypeFamille,
      boolean actionPrioritaire,
      boolean transitionEcologique,
      boolean transitionNumerique,
      boolean transitionDemographique) {

    static Formation lue(Lecture l) {
      return new Formation(
          l.code("cfd", Cfd.CONVERTER),
          l.texte("codeDispositif"),
          l.texteOuNull("libelleFormation"),
          l.texteOuNull("libelleDispositif"),
          l.codeOuNull("codeNiveauDiplome", NiveauDiplome.CONVERTER),
          l.texteOuNull("libelleNiveauDiplome"),
          l.texteOuNull("codeNsf"),
          l.texteOuNull("libelleNsf"),
          l.texteOuNull("libelleFamille"),
          l.texteOuNull("typeFamille"),
          l.texteOuNull("libelleTypeFamille"),
          l.oui("actionPrioritaire"),
          l.oui("transitionEcologique"),
          l.oui("transitionNumerique"),
          l.oui("transitionDemographique"));
    }

    void json(Map<String, @Nullable Object> json) {
      json.put("cfd", code(cfd));
      json.put("codeDispositif", codeDispositif);
      json.put("libelleFormation", libelleFormation);
      json.put("libelleDispositif", libelleDispositif);
      json.put("codeNiveauDiplome", code(codeNiveauDiplome));
      json.put("libelleNiveauDiplome", libelleNiveauDiplome);
      json.put("codeNsf", codeNsf);
      json.put("libelleNsf", libelleNsf);
      json.put("libelleFamille", libelleFamille);
      json.put("typeFamille", typeFamille);
      json.put("libelleTypeFamille", libelleTypeFamille);
      json.put("actionPrioritaire", actionPrioritaire);
      json.put("transitionEcologique", transitionEcologique);
      json.put("transitionNumerique", transitionNumerique);
      json.put("transitionDemographique", transitionDemographique);
    }
  }

  /**
   * The entry figures of a row at its rentrée, summed over its offers (students, capacity, wishes);
   * the evolutions hold the figure of the rentrée before.
   */
  record Entree(
      int nbEtablissements,
      @Nullable Integer effectif1,
      @Nullable Integer effectif2,
      @Nullable Integer effectif3,
      Evolution<Integer> effectifEntree,
      Evolution<Integer> capacite,
      @Nullable Integer premiersVoeux,
      Evolution<BigDecimal> tauxPression,
      Evolution<BigDecimal> tauxDemande,
      Evolution<BigDecimal> tauxRemplissage) {

    static Entree lue(Lecture l) {
      Integer nbEtablissements = l.valeur("nbEtablissements", Integer.class);
      return new Entree(
          nbEtablissements == null ? 0 : nbEtablissements,
          l.valeur("effectif1", Integer.class),
          l.valeur("effectif2", Integer.class),
          l.valeur("effectif3", Integer.class),
          Evolution.lue(l, "effectifEntree", "effectifEntreePrecedent", Integer.class),
          Evolution.lue(l, "capacite", "capacitePrecedente", Integer.class),
          l.valeur("premiersVoeux", Integer.class),
          Evolution.lue(l, "tauxPression", "tauxPressionPrecedent", BigDecimal.class),
          Evolution.lue(l, "tauxDemande", "tauxDemandePrecedent", BigDecimal.class),
          Evolution.lue(l, "tauxRemplissage", "tauxRemplissagePrecedent", BigDecimal.class));
    }

    void json(Map<String, @Nullable Object> json) {
      json.put("nbEtablissements", nbEtablissements);
      json.put("effectif1", effectif1);
      json.put("effectif2", effectif2);
      json.put("effectif3", effectif3);
      effectifEntree.json(json, "effectifEntree", "effectifEntreePrecedent");
      capacite.json(json, "capacite", "capacitePrecedente");
      json.put("premiersVoeux", premiersVoeux);
      tauxPression.json(json, "tauxPression", "tauxPressionPrecedent");
      tauxDemande.json(json, "tauxDemande", "tauxDemandePrecedent");
      tauxRemplissage.json(json, "tauxRemplissage", "tauxRemplissagePrecedent");
    }
  }

  /**
   * The three InserJeunes rates of a row for its millésime, beside the millésime before. Their
   * columns are named {@code tauxInsertion6mois}, {@code tauxPoursuite} and {@code
   * tauxDevenirFavorable} followed by a qualifier ({@code Regional} for an offer's région) and, for
   * the millésime before, {@code Precedent}.
   */
  record Sortie(
      Evolution<BigDecimal> tauxInsertion6mois,
      Evolution<BigDecimal> tauxPoursuite,
      Evolution<BigDecimal> tauxDevenirFavorable) {

    static Sortie lue(Lecture l, String qualificatif) {
      return new Sortie(
          taux(l, "tauxInsertion6mois" + qualificatif),
          taux(l, "tauxPoursuite" + qualificatif),
          taux(l, "tauxDevenirFavorable" + qualificatif));
    }

    private static Evolution<BigDecimal> taux(Lecture l, String nom) {
      return Evolution.lue(l, nom, nom + "Precedent", BigDecimal.class);
    }

    void json(Map<String, @Nullable Object> json, String qualificatif) {
      String emploi = "tauxInsertion6mois" + qualificatif;
      String poursuite = "tauxPoursuite" + qualificatif;
      String devenir = "tauxDevenirFavorable" + qualificatif;
      tauxInsertion6mois.json(json, emploi, emploi + "Precedent");
      tauxPoursuite.json(json, poursuite, poursuite + "Precedent");
      tauxDevenirFavorable.json(json, devenir, devenir + "Precedent");
    }
  }
}
