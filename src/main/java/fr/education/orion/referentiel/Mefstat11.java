package fr.education.orion.referentiel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.jooq.Converter;

/**
 * The statistical code of a year of a formation (BCN MEF_STAT_11), by which the constat de rentrée,
 * Affelnet and Parcoursup name it: 11 characters, digits or capitals ({@code 25110033404}).
 */
public record Mefstat11(String code) {

  static final FormeDeCode<Mefstat11> FORME =
      new FormeDeCode<>(
          Mefstat11.class,
          Mefstat11::new,
          "[0-9A-Z]{11}",
          "Le code MEFSTAT11",
          "il compte 11 caractères, chiffres ou lettres (ex. 25110033404)",
          "25110033404");

  public static final Converter<String, Mefstat11> CONVERTER = FORME.converter();

  public Mefstat11 {
    FORME.check(code);
  }

  /**
   * The code a user typed, in lower or upper case, around spaces.
   *
   * @throws org.springframework.web.ErrorResponseException 400 with a French detail otherwise
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Mefstat11 of(String saisi) {
    return FORME.of(saisi);
  }

  /** The code of a source or a search, which reports a malformed code its own way. */
  public static Optional<Mefstat11> parse(String value) {
    return FORME.parse(value);
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
