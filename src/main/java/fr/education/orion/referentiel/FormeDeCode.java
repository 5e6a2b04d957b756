package fr.education.orion.referentiel;

import fr.education.orion.system.Problems;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jooq.Converter;
import org.springframework.web.ErrorResponseException;

/**
 * The shape of the codes of one type ({@link Cfd}, {@link Uai}…), written once for the type, its
 * 400 problem and its API documentation: the pattern a code is written in once spaces around are
 * dropped and letters put in capitals, the French words of the detail that refuses another, and an
 * example. A type writes itself as its code ({@code toString}), which its converter stores.
 */
final class FormeDeCode<T> {

  private final Class<T> type;
  private final Function<String, T> lecture;
  private final Pattern forme;
  private final String nom;
  private final String regle;
  private final String exemple;

  /**
   * @param lecture the code of a text that has the shape, upper-cased and without spaces around
   * @param nom how the 400 detail names a code, with its article ({@code Le code région})
   * @param regle the shape in French words and the codes the detail cites ({@code 2 chiffres (ex.
   *     53)})
   * @param exemple a code, shown by the documentation
   */
  FormeDeCode(
      Class<T> type,
      Function<String, T> lecture,
      String forme,
      String nom,
      String regle,
      String exemple) {
    this.type = type;
    this.lecture = lecture;
    this.forme = Pattern.compile(forme);
    this.nom = nom;
    this.regle = regle;
    this.exemple = exemple;
  }

  Class<T> type() {
    return type;
  }

  Pattern forme() {
    return forme;
  }

  String exemple() {
    return exemple;
  }

  /** {@code code} has the shape as written: no spaces around, no lower case. */
  boolean estValide(String code) {
    return forme.matcher(code).matches();
  }

  /** For a type's constructor, which holds only codes as written. */
  void check(String code) {
    if (!estValide(code)) {
      throw new IllegalArgumentException(nom + " « " + code + " » ne suit pas la forme " + forme);
    }
  }

  /** The code of a text of a source, which reports a malformed code its own way. */
  Optional<T> parse(String value) {
    String code = value.strip().toUpperCase(Locale.ROOT);
    return estValide(code) ? Optional.of(lecture.apply(code)) : Optional.empty();
  }

  /**
   * The code a user typed, in lower or upper case, around spaces.
   *
   * @throws ErrorResponseException 400 with a French detail otherwise
   */
  T of(String saisi) {
    return parse(saisi).orElseThrow(() -> invalide(saisi));
  }

  private ErrorResponseException invalide(String saisi) {
    return Problems.badRequest(nom + " « " + saisi + " » est invalide : " + regle + ".");
  }

  /** Reads a column of codes as the type's values, and writes them back as their code. */
  Converter<String, T> converter() {
    return Converter.ofNullable(String.class, type, lecture, Object::toString);
  }
}
