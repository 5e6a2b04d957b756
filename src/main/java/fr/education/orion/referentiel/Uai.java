package fr.education.orion.referentiel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.education.orion.system.Problems;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.Converter;

/**
 * The unité administrative immatriculée (UAI) of an établissement, its name in the RNE: 7 digits
 * and a capital letter ({@code 0350031U}).
 */
public record Uai(String code) {

  static final Pattern FORME = Pattern.compile("[0-9]{7}[A-Z]");

  /** Reads a column of UAIs as {@code Uai}s. */
  public static final Converter<String, Uai> CONVERTER =
      Converter.ofNullable(String.class, Uai.class, Uai::new, Uai::code);

  public Uai {
    if (!estValide(code)) {
      throw new IllegalArgumentException("« " + code + " » n'est pas une UAI");
    }
  }

  /**
   * The UAI a user typed, in lower or upper case, around spaces.
   *
   * @throws org.springframework.web.ErrorResponseException 400 with a French detail otherwise
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Uai of(String saisi) {
    return parse(saisi)
        .orElseThrow(
            () ->
                Problems.badRequest(
                    "L'UAI « "
                        + saisi
                        + " » est invalide : il compte 7 chiffres suivis d'une lettre (ex."
                        + " 0350031U)."));
  }

  /** The UAI of a source, which reports a malformed code its own way. */
  public static Optional<Uai> parse(String value) {
    String code = value.trim().toUpperCase(Locale.ROOT);
    return FORME.matcher(code).matches() ? Optional.of(new Uai(code)) : Optional.empty();
  }

  /** {@code code} is a UAI as this type writes it: no spaces around, no lower case. */
  public static boolean estValide(String code) {
    return FORME.matcher(code).matches();
  }

  @JsonValue
  @Override
  public String toString() {
    return code;
  }
}
