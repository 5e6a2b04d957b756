package fr.education.orion.panorama;

import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.IdentiteEtablissement;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The territory a panorama looks at: the nation, or one région, académie or département.
 * Établissements are placed where the référentiel puts them. InserJeunes publishes its counts per
 * région only, so an académie or a département is given the figures of its région, and the nation
 * the sum of the régions'.
 *
 * @param code the code of the région, académie or département; null for the nation
 * @param codeRegion the région of the territory (itself for a région); null for the nation
 */
public record TerritoireChoisi(
    Echelon echelon,
    @Nullable String code,
    String libelle,
    @Nullable CodeRegion codeRegion,
    @Nullable String libelleRegion) {

  /** The kinds of territory, each with the prefix of its value in a page's filter. */
  public enum Echelon {
    NATION(""),
    REGION("region"),
    ACADEMIE("academie"),
    DEPARTEMENT("departement");

    private final String prefixe;

    Echelon(String prefixe) {
      this.prefixe = prefixe;
    }

    public String prefixe() {
      return prefixe;
    }
  }

  public static final TerritoireChoisi NATION =
      new TerritoireChoisi(Echelon.NATION, null, "France entière", null, null);

  /**
   * The value of the territory in a page's filter ({@code region-84}, {@code academie-14}, {@code
   * departement-035}), empty for the nation.
   */
  public String valeur() {
    return code == null ? "" : echelon.prefixe() + "-" + code;
  }

  public boolean national() {
    return echelon == Echelon.NATION;
  }

  /** An académie or a département: InserJeunes figures are its région's. */
  public boolean infraRegional() {
    return echelon == Echelon.ACADEMIE || echelon == Echelon.DEPARTEMENT;
  }

  /**
   * The territory as the API's parameters ({@code ?codeRegion=84}), empty for the nation, with
   * {@code voie} when given.
   */
  public String parametresApi(@Nullable String voie) {
    UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
    switch (echelon) {
      case REGION -> uri.queryParam("codeRegion", code);
      case ACADEMIE -> uri.queryParam("codeAcademie", code);
      case DEPARTEMENT -> uri.queryParam("codeDepartement", code);
      case NATION -> {}
    }
    if (voie != null) {
      uri.queryParam("voie", voie);
    }
    return uri.encode().toUriString();
  }

  /** What a page says the territory is: "la région Bretagne", "le département Ille-et-Vilaine". */
  public String designation() {
    return switch (echelon) {
      case NATION -> "la France entière";
      case REGION -> "la région " + libelle;
      case ACADEMIE -> "l'académie " + libelle;
      case DEPARTEMENT -> "le département " + libelle + " (" + code + ")";
    };
  }

  /** The établissements of the territory, as a condition on {@code etablissement}. */
  Condition etablissements() {
    return switch (echelon) {
      case NATION -> DSL.noCondition();
      case REGION -> IdentiteEtablissement.codeRegion().eq(code);
      case ACADEMIE -> IdentiteEtablissement.codeAcademie().eq(code);
      case DEPARTEMENT -> IdentiteEtablissement.codeDepartement().eq(code);
    };
  }
}
