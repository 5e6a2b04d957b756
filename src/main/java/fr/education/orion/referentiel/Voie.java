package fr.education.orion.referentiel;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;

/** How a formation is followed: at school (voie scolaire) or as an apprentice. */
public enum Voie implements Nomenclature {
  SCOLAIRE(Voie.CODE_SCOLAIRE, "Voie scolaire"),
  APPRENTISSAGE(Voie.CODE_APPRENTISSAGE, "Apprentissage");

  /**
   * The code of the voie scolaire in the tables, the sources and the URLs; a constant, so that
   * annotations and {@code switch} can name it.
   */
  public static final String CODE_SCOLAIRE = "scolaire";

  /** The code of apprenticeship in the tables, the sources and the URLs. */
  public static final String CODE_APPRENTISSAGE = "apprentissage";

  private final String code;
  private final String libelle;

  Voie(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** Also how the JSON writes a voie, as the routes that name it in text do. */
  @JsonValue
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
