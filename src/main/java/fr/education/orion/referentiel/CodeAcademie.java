package fr.education.orion.referentiel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.jooq.Converter;

/**
 * The code of an académie: 2 characters ({@code 14} is Rennes). The référentiel's are digits; a
 * request may also write letters, which name no académie (not found rather than malformed).
 */
public record CodeAcademie(String code) {

  static final FormeDeCode<CodeAcademie> FORME =
      new FormeDeCode<>(
          CodeAcademie.class,
          CodeAcademie::new,
          "[0-9A-Z]{2}",
          "Le code académie",
          "2 caractères (ex. 14)",
          "14");

  public static final Converter<String, CodeAcademie> CONVERTER = FORME.converter();

  public CodeAcademie {
    FORME.check(code);
  }

  /**
   * The code a user typed, in lower or upper case, around spaces.
   *
   * @throws org.springframework.web.ErrorResponseException 400 with a French detail otherwise
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CodeAcademie of(String saisi) {
    return FORME.of(saisi);
  }

  /** The code of a source or a search, which reports a malformed code its own way. */
  public static Optional<CodeAcademie> parse(String value) {
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
