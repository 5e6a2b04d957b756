package fr.education.orion.referentiel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.education.orion.system.Problems;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.Converter;

/**
 * A code formation diplôme (CFD), the BCN's name of a diplôme: 8 characters, digits or capitals,
 * the first three being its niveau ({@code 40022105} is a bac pro, niveau {@code 400}).
 */
public record Cfd(String code) {

  static final Pattern FORME = Pattern.compile("[0-9A-Z]{8}");

  /** Reads a column of CFDs as {@code Cfd}s. */
  public static final Converter<String, Cfd> CONVERTER =
      Converter.ofNullable(String.class, Cfd.class, Cfd::new, Cfd::code);

  public Cfd {
    if (!estValide(code)) {
      throw new IllegalArgumentException("« " + code + " » n'est pas un CFD");
    }
  }

  /**
   * The CFD a user typed, in lower or upper case, around spaces.
   *
   * @throws org.springframework.web.ErrorResponseException 400 with a French detail otherwise
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Cfd of(String saisi) {
    return parse(saisi)
        .orElseThrow(
            () ->
                Problems.badRequest(
                    "Le code formation diplôme (CFD) « "
                        + saisi
                        + " » est invalide : il compte 8 caractères, chiffres ou lettres (ex."
                        + " 40022105)."));
  }

  /** The CFD of a source or a search, which reports a malformed code its own way. */
  public static Optional<Cfd> parse(String value) {
    String code = value.trim().toUpperCase(Locale.ROOT);
    return FORME.matcher(code).matches() ? Optional.of(new Cfd(code)) : Optional.empty();
  }

  /** The niveau de diplôme the formation prepares. */
  public NiveauDiplome niveau() {
    return NiveauDiplome.of(this);
  }

  /** {@code code} is a CFD as this type writes it: no spaces around, no lower case. */
  public static boolean estValide(String code) {
    return FORME.matcher(code).matches();
  }

  @JsonValue
  @Override
  public String toString() {
    return code;
  }
}
