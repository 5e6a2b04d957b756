package fr.education.orion.referentiel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.Converter;

/**
 * The code of a département as the référentiel writes it, in 3 characters: {@code 035}, {@code
 * 02A}, {@code 974}. Users and other sites drop the leading zero ({@code 35}, {@code 2A}): it is
 * put back, so that both spellings name the same département.
 */
public record CodeDepartement(String code) {

  /** What users and sites write; the type holds only the référentiel's 3 characters. */
  static final FormeDeCode<CodeDepartement> FORME =
      new FormeDeCode<>(
          CodeDepartement.class,
          saisi -> new CodeDepartement(saisi.length() == 2 ? "0" + saisi : saisi),
          "[0-9]{2,3}|0?2[AB]",
          "Le code département",
          "2 ou 3 caractères (ex. 35 ou 035, 2A ou 02A, 971)",
          "035");

  private static final Pattern ECRITURE = Pattern.compile("[0-9]{3}|02[AB]");

  /** Reads a column of département codes, which the référentiel writes in 3 characters. */
  public static final Converter<String, CodeDepartement> CONVERTER =
      Converter.ofNullable(
          String.class, CodeDepartement.class, CodeDepartement::new, CodeDepartement::code);

  public CodeDepartement {
    if (!estValide(code)) {
      throw new IllegalArgumentException("« " + code + " » n'est pas un code département");
    }
  }

  /**
   * The département code a user typed, with or without its leading zero, in lower or upper case:
   * {@code 69} and {@code 069} are {@code 069}, {@code 2a} and {@code 02A} are {@code 02A}.
   *
   * @throws org.springframework.web.ErrorResponseException 400 with a French detail otherwise
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CodeDepartement of(String saisi) {
    return FORME.of(saisi);
  }

  /** {@link #of} for a source, which reports a malformed code its own way. */
  public static Optional<CodeDepartement> parse(String value) {
    return FORME.parse(value);
  }

  /**
   * {@code code} is a département code in the référentiel's 3 characters as this type writes it: no
   * spaces around, no lower case.
   */
  public static boolean estValide(String code) {
    return ECRITURE.matcher(code).matches();
  }

  @JsonValue
  @Override
  public String toString() {
    return code;
  }
}
