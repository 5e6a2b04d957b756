package fr.education.orion.demande;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.education.orion.system.Problems;
import java.util.HexFormat;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The business id of a demande, kept by all its versions: 8 upper-case hexadecimal characters
 * ({@code 3F2A9C01}). Random rather than sequential so that it tells nothing of how many demandes
 * exist; the database's uniqueness constraint catches the rare collision.
 */
public record NumeroDemande(String code) {

  private static final Pattern FORME = Pattern.compile("[0-9A-F]{8}");

  public NumeroDemande {
    if (!FORME.matcher(code).matches()) {
      throw new IllegalArgumentException("Numéro de demande mal formé : " + code);
    }
  }

  /** A new numéro drawn from {@code hasard} ({@link java.security.SecureRandom} in production). */
  public static NumeroDemande generate(RandomGenerator hasard) {
    return new NumeroDemande(HexFormat.of().withUpperCase().toHexDigits(hasard.nextInt()));
  }

  /**
   * The numéro a user typed or a URL gives, in lower or upper case, around spaces.
   *
   * @throws org.springframework.web.ErrorResponseException 400 with a French detail otherwise
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static NumeroDemande of(String saisi) {
    String code = saisi.strip().toUpperCase(Locale.ROOT);
    if (!FORME.matcher(code).matches()) {
      throw Problems.badRequest(
          "Le numéro de demande « "
              + saisi
              + " » est invalide : il compte 8 caractères, chiffres ou lettres de A à F (ex."
              + " 3F2A9C01).");
    }
    return new NumeroDemande(code);
  }

  @JsonValue
  @Override
  public String toString() {
    return code;
  }
}
