package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.ETABLISSEMENT;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The établissements as the queries of other modules join them on a UAI: name, commune, territory,
 * sector and the words a search looks for ({@link Recherche}).
 */
public final class IdentiteEtablissement {

  private IdentiteEtablissement() {}

  public static Table<?> etablissements() {
    return ETABLISSEMENT;
  }

  public static Field<String> uai() {
    return ETABLISSEMENT.UAI;
  }

  public static Field<String> libelle() {
    return ETABLISSEMENT.LIBELLE;
  }

  public static Field<String> commune() {
    return ETABLISSEMENT.COMMUNE;
  }

  public static Field<String> codeRegion() {
    return ETABLISSEMENT.CODE_REGION;
  }

  public static Field<String> codeAcademie() {
    return ETABLISSEMENT.CODE_ACADEMIE;
  }

  public static Field<String> codeDepartement() {
    return ETABLISSEMENT.CODE_DEPARTEMENT;
  }

  /** {@code PU} or {@code PR} ({@link Secteur}). */
  public static Field<String> secteur() {
    return ETABLISSEMENT.SECTEUR;
  }

  /** The normalised words of the name and commune ({@link Recherche#normalize}). */
  public static Field<String> recherche() {
    return ETABLISSEMENT.RECHERCHE;
  }

  /** The établissement's région, académie and département are in Orion's perimeter. */
  public static Condition duPerimetre() {
    return PerimetreTerritorial.contient(
        ETABLISSEMENT.CODE_REGION, ETABLISSEMENT.CODE_ACADEMIE, ETABLISSEMENT.CODE_DEPARTEMENT);
  }

  /** The régions of the établissements that {@code etablissements} selects. */
  public static SelectConditionStep<Record1<String>> regions(Condition etablissements) {
    return DSL.selectDistinct(ETABLISSEMENT.CODE_REGION).from(ETABLISSEMENT).where(etablissements);
  }
}
