package fr.education.orion.referentiel;

import java.util.Set;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * The territories Orion's aggregates cover: not the collectivités d'outre-mer of the Pacific and
 * Saint-Pierre-et-Miquelon, nor the administrative pseudo-territories (étranger, "France entière",
 * "sans objet"…), whose InserJeunes and entry data are not comparable. A row without a code is
 * kept.
 */
public final class PerimetreTerritorial {

  private static final Set<String> REGIONS_EXCLUES = Set.of("00", "99");
  private static final Set<String> ACADEMIES_EXCLUES =
      Set.of("00", "40", "41", "42", "44", "54", "61", "62", "63", "66", "67", "91", "99");
  private static final Set<String> DEPARTEMENTS_EXCLUS = Set.of("975", "986", "987", "988", "990");

  /**
   * Départements of the référentiel that are foreign countries: Andorre (130, attached to the
   * académie de Montpellier). Their rows stay in the aggregates of their région, as in the
   * reference, but no list offers them as a département to choose.
   */
  private static final Set<String> DEPARTEMENTS_ETRANGERS = Set.of("130");

  private PerimetreTerritorial() {}

  /** Rows whose région, académie and département are all in the perimeter (or unknown). */
  public static Condition contient(
      Field<String> codeRegion, Field<String> codeAcademie, Field<String> codeDepartement) {
    return horsListe(codeRegion, REGIONS_EXCLUES)
        .and(horsListe(codeAcademie, ACADEMIES_EXCLUES))
        .and(horsListe(codeDepartement, DEPARTEMENTS_EXCLUS));
  }

  /** Rows of a région of the perimeter, given only their région (e.g. InserJeunes counts). */
  public static Condition regions(Field<String> codeRegion) {
    return horsListe(codeRegion, REGIONS_EXCLUES);
  }

  static boolean regionIncluse(CodeRegion codeRegion) {
    return !REGIONS_EXCLUES.contains(codeRegion.code());
  }

  static boolean academieIncluse(Territoires.Academie academie) {
    return !ACADEMIES_EXCLUES.contains(academie.codeAcademie().code())
        && regionIncluse(academie.codeRegion());
  }

  /** A département a list may offer: in the perimeter, and not a foreign country. */
  static boolean departementInclus(Territoires.Departement departement) {
    return !DEPARTEMENTS_EXCLUS.contains(departement.codeDepartement().code())
        && !DEPARTEMENTS_ETRANGERS.contains(departement.codeDepartement().code())
        && !ACADEMIES_EXCLUES.contains(departement.codeAcademie().code())
        && regionIncluse(departement.codeRegion());
  }

  private static Condition horsListe(Field<String> code, Set<String> exclus) {
    return code.isNull().or(code.notIn(exclus));
  }
}
