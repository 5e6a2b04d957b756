package fr.education.orion.referentiel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Converter;
import org.jooq.Field;

/**
 * A niveau de diplôme (BCN N_NIVEAU_FORMATION_DIPLOME): 3 characters, digits or capitals, the first
 * three of the CFDs of its diplômes ({@code 400} bac pro, {@code 500} CAP, {@code 320} BTS).
 */
public record NiveauDiplome(String code) {

  static final FormeDeCode<NiveauDiplome> FORME =
      new FormeDeCode<>(
          NiveauDiplome.class,
          NiveauDiplome::new,
          "[0-9A-Z]{3}",
          "Le niveau de diplôme",
          "3 caractères (ex. 400, 500, 320)",
          "400");

  /**
   * The BTS: its wishes come from Parcoursup (a taux de demande, not de pression), and the year its
   * options share is a 1re année commune.
   */
  public static final NiveauDiplome BTS = new NiveauDiplome("320");

  /**
   * The niveaux of the formations complémentaires d'initiative locale (after a CAP, a bac pro, a
   * BTS), as the reference decides an FCIL: a demande names an FCIL by its own label.
   */
  private static final Set<String> FCIL = Set.of("381", "481", "581");

  public static final Converter<String, NiveauDiplome> CONVERTER = FORME.converter();

  public NiveauDiplome {
    FORME.check(code);
  }

  /** The niveau of the diplôme {@code cfd} names: its first three characters. */
  public static NiveauDiplome of(Cfd cfd) {
    return new NiveauDiplome(cfd.code().substring(0, 3));
  }

  /**
   * The niveau a user chose, in lower or upper case, around spaces.
   *
   * @throws org.springframework.web.ErrorResponseException 400 with a French detail otherwise
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static NiveauDiplome of(String saisi) {
    return FORME.of(saisi);
  }

  /** The niveau of a source, which reports a malformed code its own way. */
  public static Optional<NiveauDiplome> parse(String value) {
    return FORME.parse(value);
  }

  /** The formations of this niveau prepare a BTS. */
  public boolean bts() {
    return equals(BTS);
  }

  /** The formations of this niveau are FCIL. */
  public boolean fcil() {
    return FCIL.contains(code);
  }

  /** The formation of {@code cfd}, a column of CFDs, prepares a BTS. */
  public static Condition bts(Field<String> cfd) {
    return cfd.startsWith(BTS.code());
  }

  /** {@code code} is written as this type holds it: no spaces around, no lower case. */
  public static boolean estValide(String code) {
    return FORME.estValide(code);
  }

  @JsonValue
  @Override
  public String toString() {
    return code;
  }
}
