package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.DISCIPLINE;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The disciplines d'enseignement of Orion's referential, which a demande names for its needs in
 * teachers (§2.3.7). The table holds some eighty rows: they are read whole and matched here, with
 * the accent- and case-insensitive form of the other searches ({@link Recherche}).
 */
@Component
public class Disciplines {

  /** A discipline: its code (a letter and four digits, e.g. {@code L0421}) and its label. */
  public record Discipline(String codeDiscipline, String libelle) {}

  /** The most a search answers: enough for a form's suggestions. */
  public static final int MAX_RESULTATS = 20;

  private final DSLContext dsl;

  Disciplines(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * The disciplines whose code starts with the text, or whose label holds every word of it, by
   * label, at most {@value #MAX_RESULTATS}; the first ones for an empty text.
   */
  public List<Discipline> search(@Nullable String texte) {
    String code = texte == null ? "" : texte.strip().toUpperCase(Locale.ROOT);
    List<String> mots = Recherche.words(texte);
    return all().stream()
        .filter(
            discipline ->
                code.isEmpty()
                    || discipline.codeDiscipline().startsWith(code)
                    || (!mots.isEmpty() && contientChaqueMot(discipline.libelle(), mots)))
        .limit(MAX_RESULTATS)
        .toList();
  }

  public Optional<Discipline> find(String codeDiscipline) {
    return dsl.select(DISCIPLINE.CODE_DISCIPLINE, DISCIPLINE.LIBELLE.trim())
        .from(DISCIPLINE)
        .where(DISCIPLINE.CODE_DISCIPLINE.eq(codeDiscipline))
        .fetchOptional(Records.mapping(Discipline::new));
  }

  private List<Discipline> all() {
    // The file pads some labels with spaces.
    return dsl.select(DISCIPLINE.CODE_DISCIPLINE, DISCIPLINE.LIBELLE.trim())
        .from(DISCIPLINE)
        .orderBy(DISCIPLINE.LIBELLE.trim(), DISCIPLINE.CODE_DISCIPLINE)
        .fetch(Records.mapping(Discipline::new));
  }

  private static boolean contientChaqueMot(String libelle, List<String> mots) {
    String normalise = Recherche.normalize(libelle);
    return mots.stream().allMatch(normalise::contains);
  }
}
