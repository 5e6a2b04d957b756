package fr.education.orion.referentiel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.jooq.Converter;

/**
 * The INSEE code of a région: 2 digits ({@code 53} is Bretagne, {@code 84} Auvergne-Rhône-Alpes).
 */
public record CodeRegion(String code) {

  static final FormeDeCode<CodeRegion> FORME =
      new FormeDeCode<>(
          CodeRegion.class,
          CodeRegion::new,
          "[0-9]{2}",
          "Le code région",
          "2 chiffres (ex. 53)",
          "53");

  public static final Converter<String, CodeRegion> CONVERTER = FORME.converter();

  public CodeRegion {
    FORME.check(code);
  }

  /**
   * The code a user typed, in lower or upper case, around spaces.
   *
   * @throws org.springframework.web.ErrorResponseException 400 with a French detail otherwise
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CodeRegion of(String saisi) {
    return FORME.of(saisi);
  }

  /** The code of a source or a search, which reports a malformed code its own way. */
  public static Optional<CodeRegion> parse(String value) {
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
