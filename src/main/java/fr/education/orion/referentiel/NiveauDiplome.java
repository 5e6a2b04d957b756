package fr.education.orion.referentiel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import fr.education.orion.system.Problems;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.Converter;
import org.jooq.Field;

/**
 * A niveau de diplôme (BCN N_NIVEAU_FORMATION_DIPLOME): 3 characters, digits or capitals, the first
 * three of the CFDs of its diplômes ({@code 400} bac pro, {@code 500} CAP, {@code 320} BTS).
 */
public record NiveauDiplome(String code) {

  static final Pattern FORME = Pattern.compile("[0-9A-Z]{3}");

  /**
   * The BTS: its wishes come from Parcoursup (a taux de demande, not de pression), and the year its
   * options share is a 1re année commune.
   */
  public static final NiveauDiplome BTS = new NiveauDiplome("320");

  /** Reads a column of niveaux as {@code NiveauDiplome}s. */
  public static final Converter<String, NiveauDiplome> CONVERTER =
      Converter.ofNullable(
          String.class, NiveauDiplome.class, NiveauDiplome::new, NiveauDiplome::code);

  public NiveauDiplome {
    if (!estValide(code)) {
      throw new IllegalArgumentException("« " + code + " » n'est pas un niveau de diplôme");
    }
  }

  /** The niveau of the diplôme {@code cfd} names: its first three characters. */
  public static NiveauDiplome of(Cfd cfd) {
    return new NiveauDiplome(cfd.code().substring(0, 3));
  }

  /**
   * The niveau a user chose, in lower or upper case, around spaces.
   *
   * @throws org.springframework.web.ErrorResponseException 400 with a French detail otherwise
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static NiveauDiplome of(String saisi) {
    return parse(saisi)
        .orElseThrow(
            () ->
                Problems.badRequest(
                    "Le niveau de diplôme « "
                        + saisi
                        + " » est invalide : 3 caractères (ex. 400, 500, 320)."));
  }

  /** The niveau of a source, which reports a malformed code its own way. */
  public static Optional<NiveauDiplome> parse(String value) {
    String code = value.strip().toUpperCase(Locale.ROOT);
    return FORME.matcher(code).matches() ? Optional.of(new NiveauDiplome(code)) : Optional.empty();
  }

  /** The formations of this niveau prepare a BTS. */
  public boolean bts() {
    return equals(BTS);
  }

  /** The formation of {@code cfd}, a column of CFDs, prepares a BTS. */
  public static Condition bts(Field<String> cfd) {
    return cfd.startsWith(BTS.code());
  }

  /**
   * {@code code} is a niveau de diplôme as this type writes it: no spaces around, no lower case.
   */
  public static boolean estValide(String code) {
    return FORME.matcher(code).matches();
  }

  @JsonValue
  @Override
  public String toString() {
    return code;
  }
}
