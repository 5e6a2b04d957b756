package fr.education.orion.referentiel.web;

import static fr.education.orion.schema.Tables.DIPLOME_PROFESSIONNEL;
import static fr.education.orion.schema.Tables.FORMATION;

import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.ingestion.SelonImports;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.Formations.FormationProche;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The formations whose labels are close to a search that found none ({@link Rapprochement}), for «
 * Vouliez-vous dire … ? ». The open formations and the trigrams of their labels are read once per
 * import; a search then compares its words with them in memory.
 */
@Component
class FormationsProches {

  /** At most this many suggestions. */
  static final int NOMBRE = 5;

  /** An open formation and the trigrams of the words of its label. */
  private record Candidate(FormationProche formation, List<Set<String>> mots) {}

  private record Notee(FormationProche formation, double score) {}

  private final DSLContext dsl;
  private final SelonImports<Boolean, List<Candidate>> candidates;

  FormationsProches(DSLContext dsl, ImportRuns imports) {
    this.dsl = dsl;
    this.candidates = new SelonImports<>(imports, this::lire);
  }

  /**
   * The formations closest to {@code q}, the closest first, at most {@value #NOMBRE}; none when no
   * label is close enough.
   *
   * @param perimetreSeul among the formations of Orion's perimeter only, as the search
   */
  List<FormationProche> de(String q, boolean perimetreSeul) {
    List<Set<String>> recherche =
        Rapprochement.mots(q).stream().map(Rapprochement::trigrammes).toList();
    return candidates.get(perimetreSeul).stream()
        .map(c -> new Notee(c.formation(), Rapprochement.score(recherche, c.mots())))
        .filter(n -> n.score() >= Rapprochement.SEUIL)
        .sorted(
            Comparator.comparingDouble(Notee::score)
                .reversed()
                .thenComparing(n -> n.formation().libelle()))
        .limit(NOMBRE)
        .map(Notee::formation)
        .toList();
  }

  private List<Candidate> lire(boolean perimetreSeul) {
    return dsl.select(FORMATION.CFD.convert(Cfd.CONVERTER), FORMATION.LIBELLE)
        .from(FORMATION)
        .where(FORMATION.DATE_FERMETURE.isNull().or(FORMATION.DATE_FERMETURE.ge(LocalDate.now())))
        .and(
            perimetreSeul
                ? DSL.exists(
                    DSL.selectOne()
                        .from(DIPLOME_PROFESSIONNEL)
                        .where(DIPLOME_PROFESSIONNEL.CFD.eq(FORMATION.CFD)))
                : DSL.noCondition())
        .and(FORMATION.LIBELLE.isNotNull())
        .orderBy(FORMATION.CFD)
        .fetch(
            r ->
                new Candidate(
                    new FormationProche(r.value1(), r.value2()),
                    Rapprochement.mots(r.value2()).stream()
                        .map(Rapprochement::trigrammes)
                        .toList()));
  }
}
