package fr.education.orion.referentiel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.education.orion.system.Problems;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.Converter;

/**
 * The INSEE code of a région: 2 digits ({@code 53} is Bretagne, {@code 84} Auvergne-Rhône-Alpes).
 */
public record CodeRegion(String code) {

  static final Pattern FORME = Pattern.compile("[0-9]{2}");

  /** Reads a column of région codes as {@code CodeRegion}s. */
  public static final Converter<String, CodeRegion> CONVERTER =
      Converter.ofNullable(String.class, CodeRegion.class, CodeRegion::new, CodeRegion::code);

  public CodeRegion {
    if (!estValide(code)) {
      throw new IllegalArgumentException("« " + code + " » n'est pas un code région");
    }
  }

  /**
   * The région code a user typed, around spaces.
   *
   * @throws org.springframework.web.ErrorResponseException 400 with a French detail otherwise
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CodeRegion of(String saisi) {
    return parse(saisi)
        .orElseThrow(
            () ->
                Problems.badRequest(
                    "Le code région « " + saisi + " » est invalide : 2 chiffres (ex. 53)."));
  }

  /** The région code of a source, which reports a malformed code its own way. */
  public static Optional<CodeRegion> parse(String value) {
    String code = value.strip().toUpperCase(Locale.ROOT);
    return FORME.matcher(code).matches() ? Optional.of(new CodeRegion(code)) : Optional.empty();
  }

  /** {@code code} is a région code as this type writes it: no spaces around, no lower case. */
  public static boolean estValide(String code) {
    return FORME.matcher(code).matches();
  }

  @JsonValue
  @Override
  public String toString() {
    return code;
  }
}
