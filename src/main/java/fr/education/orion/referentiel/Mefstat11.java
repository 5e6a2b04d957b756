package fr.education.orion.referentiel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.education.orion.system.Problems;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.Converter;

/**
 * The statistical code of a year of a formation (BCN MEF_STAT_11), by which the constat de rentrée,
 * Affelnet and Parcoursup name it: 11 characters, digits or capitals ({@code 25110033404}).
 */
public record Mefstat11(String code) {

  static final Pattern FORME = Pattern.compile("[0-9A-Z]{11}");

  /** Reads a column of MEFSTAT11 as {@code Mefstat11}s. */
  public static final Converter<String, Mefstat11> CONVERTER =
      Converter.ofNullable(String.class, Mefstat11.class, Mefstat11::new, Mefstat11::code);

  public Mefstat11 {
    if (!estValide(code)) {
      throw new IllegalArgumentException("« " + code + " » n'est pas un MEFSTAT11");
    }
  }

  /**
   * The MEFSTAT11 a user typed, in lower or upper case, around spaces.
   *
   * @throws org.springframework.web.ErrorResponseException 400 with a French detail otherwise
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Mefstat11 of(String saisi) {
    return parse(saisi)
        .orElseThrow(
            () ->
                Problems.badRequest(
                    "Le code MEFSTAT11 « "
                        + saisi
                        + " » est invalide : il compte 11 caractères, chiffres ou lettres (ex."
                        + " 25110033404)."));
  }

  /** The MEFSTAT11 of a source, which reports a malformed code its own way. */
  public static Optional<Mefstat11> parse(String value) {
    String code = value.trim().toUpperCase(Locale.ROOT);
    return FORME.matcher(code).matches() ? Optional.of(new Mefstat11(code)) : Optional.empty();
  }

  /** {@code code} is a MEFSTAT11 as this type writes it: no spaces around, no lower case. */
  public static boolean estValide(String code) {
    return FORME.matcher(code).matches();
  }

  @JsonValue
  @Override
  public String toString() {
    return code;
  }
}
