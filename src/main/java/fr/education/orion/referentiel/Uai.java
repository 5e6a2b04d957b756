package fr.education.orion.referentiel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.jooq.Converter;

/**
 * The unité administrative immatriculée (UAI) of an établissement, its name in the RNE: 7 digits
 * and a capital letter ({@code 0350031U}).
 */
public record Uai(String code) {

  static final FormeDeCode<Uai> FORME =
      new FormeDeCode<>(
          Uai.class,
          Uai::new,
          "[0-9]{7}[A-Z]",
          "L'UAI",
          "il compte 7 chiffres suivis d'une lettre (ex. 0350031U)",
          "0350031U");

  public static final Converter<String, Uai> CONVERTER = FORME.converter();

  public Uai {
    FORME.check(code);
  }

  /**
   * The code a user typed, in lower or upper case, around spaces.
   *
   * @throws org.springframework.web.ErrorResponseException 400 with a French detail otherwise
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Uai of(String saisi) {
    return FORME.of(saisi);
  }

  /** The code of a source or a search, which reports a malformed code its own way. */
  public static Optional<Uai> parse(String value) {
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
