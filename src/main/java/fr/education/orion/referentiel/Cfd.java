package fr.education.orion.referentiel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import org.jooq.Converter;

/**
 * A code formation diplôme (CFD), the BCN's name of a diplôme: 8 characters, digits or capitals,
 * the first three being its niveau ({@code 40022105} is a bac pro, niveau {@code 400}).
 */
public record Cfd(String code) {

  static final FormeDeCode<Cfd> FORME =
      new FormeDeCode<>(
          Cfd.class,
          Cfd::new,
          "[0-9A-Z]{8}",
          "Le code formation diplôme (CFD)",
          "il compte 8 caractères, chiffres ou lettres (ex. 40022105)",
          "40022105");

  public static final Converter<String, Cfd> CONVERTER = FORME.converter();

  public Cfd {
    FORME.check(code);
  }

  /**
   * The code a user typed, in lower or upper case, around spaces.
   *
   * @throws org.springframework.web.ErrorResponseException 400 with a French detail otherwise
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Cfd of(String saisi) {
    return FORME.of(saisi);
  }

  /** The code of a source or a search, which reports a malformed code its own way. */
  public static Optional<Cfd> parse(String value) {
    return FORME.parse(value);
  }

  /** {@code code} is written as this type holds it: no spaces around, no lower case. */
  public static boolean estValide(String code) {
    return FORME.estValide(code);
  }

  /** The niveau de diplôme the formation prepares. */
  public NiveauDiplome niveau() {
    return NiveauDiplome.of(this);
  }

  @JsonValue
  @Override
  public String toString() {
    return code;
  }
}
