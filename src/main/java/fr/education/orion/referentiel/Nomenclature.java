package fr.education.orion.referentiel;

import java.util.Arrays;
import java.util.Optional;
import org.jooq.CaseValueStep;
import org.jooq.CaseWhenStep;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * A code of the sources and the word Orion shows for it ({@code PU} → Public). Implemented by the
 * enums of such notions ({@link Secteur}, {@link Voie}, {@link TypeFamille}), so that each word is
 * written once and pages, exports, filters and SQL read it from there.
 */
public interface Nomenclature {

  /** The code as the sources and the database write it. */
  String code();

  /** The word pages and exports show. */
  String libelle();

  /** The value of a code, empty for an unknown or missing one. */
  static <E extends Enum<E> & Nomenclature> Optional<E> duCode(
      Class<E> type, @Nullable String code) {
    return Arrays.stream(type.getEnumConstants()).filter(v -> v.code().equals(code)).findFirst();
  }

  /** The word of a code; the code itself when unknown (never hidden), null for null. */
  static <E extends Enum<E> & Nomenclature> @Nullable String libelleDe(
      Class<E> type, @Nullable String code) {
    return code == null ? null : duCode(type, code).map(Nomenclature::libelle).orElse(code);
  }

  /**
   * The same words in SQL, for a query that sorts or filters on them: a {@code CASE} on {@code
   * code}, the code itself when unknown.
   */
  static <E extends Enum<E> & Nomenclature> Field<String> libelleEnSql(
      Class<E> type, Field<String> code) {
    CaseValueStep<String> cas = DSL.choose(code);
    CaseWhenStep<String, String> quand = null;
    for (E valeur : type.getEnumConstants()) {
      quand =
          quand == null
              ? cas.when(DSL.inline(valeur.code()), DSL.inline(valeur.libelle()))
              : quand.when(DSL.inline(valeur.code()), DSL.inline(valeur.libelle()));
    }
    return quand == null ? code : quand.otherwise(code);
  }
}
