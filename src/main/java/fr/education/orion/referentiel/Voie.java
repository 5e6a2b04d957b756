package fr.education.orion.referentiel;

import java.util.Optional;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;

/** How a formation is followed: at school (voie scolaire) or as an apprentice. */
public enum Voie implements Nomenclature {
  SCOLAIRE("scolaire", "Voie scolaire"),
  APPRENTISSAGE("apprentissage", "Apprentissage");

  private final String code;
  private final String libelle;

  Voie(String code, String libelle) {
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

  public static Optional<Voie> duCode(@Nullable String code) {
    return Nomenclature.duCode(Voie.class, code);
  }

  /** {@code scolaire} → Voie scolaire, {@code apprentissage} → Apprentissage; null for null. */
  public static @Nullable String libelleDe(@Nullable String code) {
    return Nomenclature.libelleDe(Voie.class, code);
  }

  /** {@link #libelleDe(String)} in SQL. */
  public static Field<String> libelleEnSql(Field<String> code) {
    return Nomenclature.libelleEnSql(Voie.class, code);
  }
}
