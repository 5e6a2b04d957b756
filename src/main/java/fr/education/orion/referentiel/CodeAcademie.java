package fr.education.orion.referentiel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.education.orion.system.Problems;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.Converter;

/**
 * The code of an académie: 2 characters ({@code 14} is Rennes). The référentiel's are digits; a
 * request may also write letters, which name no académie (not found rather than malformed).
 */
public record CodeAcademie(String code) {

  static final Pattern FORME = Pattern.compile("[0-9A-Z]{2}");

  /** Reads a column of académie codes as {@code CodeAcademie}s. */
  public static final Converter<String, CodeAcademie> CONVERTER =
      Converter.ofNullable(String.class, CodeAcademie.class, CodeAcademie::new, CodeAcademie::code);

  public CodeAcademie {
    if (!estValide(code)) {
      throw new IllegalArgumentException("« " + code + " » n'est pas un code académie");
    }
  }

  /**
   * The académie code a user typed, in lower or upper case, around spaces.
   *
   * @throws org.springframework.web.ErrorResponseException 400 with a French detail otherwise
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CodeAcademie of(String saisi) {
    return parse(saisi)
        .orElseThrow(
            () ->
                Problems.badRequest(
                    "Le code académie « " + saisi + " » est invalide : 2 caractères (ex. 14)."));
  }

  /** The académie code of a source, which reports a malformed code its own way. */
  public static Optional<CodeAcademie> parse(String value) {
    String code = value.strip().toUpperCase(Locale.ROOT);
    return FORME.matcher(code).matches() ? Optional.of(new CodeAcademie(code)) : Optional.empty();
  }

  /** {@code code} is an académie code as this type writes it: no spaces around, no lower case. */
  public static boolean estValide(String code) {
    return FORME.matcher(code).matches();
  }

  @JsonValue
  @Override
  public String toString() {
    return code;
  }
}
