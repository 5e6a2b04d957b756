package fr.education.orion.referentiel;

import java.util.Optional;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;

/** Whether an établissement is public or private, as the ACCE codes it. */
public enum Secteur implements Nomenclature {
  PUBLIC("PU", "Public"),
  PRIVE("PR", "Privé");

  private final String code;
  private final String libelle;

  Secteur(String code, String libelle) {
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

  public static Optional<Secteur> duCode(@Nullable String code) {
    return Nomenclature.duCode(Secteur.class, code);
  }

  /** {@code PU} → Public, {@code PR} → Privé; null for null. */
  public static @Nullable String libelleDe(@Nullable String code) {
    return Nomenclature.libelleDe(Secteur.class, code);
  }

  /** {@link #libelleDe(String)} in SQL. */
  public static Field<String> libelleEnSql(Field<String> code) {
    return Nomenclature.libelleEnSql(Secteur.class, code);
  }
}
