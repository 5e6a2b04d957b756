package fr.education.orion.referentiel;

import java.util.Optional;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;

/**
 * The place of a formation in a famille de métiers ({@link Perimetre#typeFamille}): the classe
 * commune of the famille (the first year shared by the options of a BTS), or one of its spécialités
 * (options of a BTS).
 */
public enum TypeFamille implements Nomenclature {
  SECONDE_COMMUNE("2nde_commune", "2nde commune"),
  PREMIERE_COMMUNE("1ere_commune", "1re commune"),
  SPECIALITE("specialite", "Spécialité"),
  OPTION("option", "Option");

  private final String code;
  private final String libelle;

  TypeFamille(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String libelle() {
    return libelle;
  }

  public static Optional<TypeFamille> duCode(@Nullable String code) {
    return Nomenclature.duCode(TypeFamille.class, code);
  }

  /** {@code 2nde_commune} → 2nde commune, {@code 1ere_commune} → 1re commune…; null for null. */
  public static @Nullable String libelleDe(@Nullable String code) {
    return Nomenclature.libelleDe(TypeFamille.class, code);
  }

  /** {@link #libelleDe(String)} in SQL. */
  public static Field<String> libelleEnSql(Field<String> code) {
    return Nomenclature.libelleEnSql(TypeFamille.class, code);
  }
}
