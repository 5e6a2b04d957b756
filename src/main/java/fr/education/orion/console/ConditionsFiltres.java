package fr.education.orion.console;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.upper;

import fr.education.orion.indicateur.OffresSommees;
import fr.education.orion.referentiel.IdentiteEtablissement;
import fr.education.orion.referentiel.IdentiteFormation;
import fr.education.orion.referentiel.Perimetre;
import fr.education.orion.referentiel.Recherche;
import fr.education.orion.referentiel.Voie;
import fr.education.orion.system.Like;
import java.util.Collection;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * The filters of a console as conditions on the offers ({@link OffresSommees#offres()}) joined to
 * their établissement ({@link IdentiteEtablissement}) and formation ({@link IdentiteFormation}).
 */
final class ConditionsFiltres {

  private ConditionsFiltres() {}

  /**
   * The offers the consoles show: every apprenticeship offer (the catalogue is read within the
   * perimeter), the offers of the voie scolaire of the formations of the perimeter. The filters'
   * choices ({@link OptionsQueries}) are read from the same offers.
   */
  static Condition offresDuPerimetre() {
    return OffresSommees.voie()
        .eq(inline(Voie.CODE_APPRENTISSAGE))
        .or(Perimetre.scolaire(OffresSommees.cfd()));
  }

  /** The offers of the filters, of établissements and formations of the perimeter. */
  static Condition offres(FiltresConsole f) {
    Condition c =
        offresDuPerimetre()
            .and(IdentiteEtablissement.duPerimetre())
            .and(territoire(f))
            .and(parmi(IdentiteFormation.codeNiveauDiplome(), f.codeNiveauDiplome()))
            .and(parmi(IdentiteFormation.codeNsf(), f.codeNsf()))
            .and(parmi(OffresSommees.codeDispositif(), f.codeDispositif()))
            .and(parmi(OffresSommees.cfd(), f.cfd()))
            .and(parmi(OffresSommees.voie(), f.voie()));
    if (!f.cfdFamille().isEmpty()) {
      c = c.and(IdentiteFormation.deFamilles(OffresSommees.cfd(), f.cfdFamille()));
    }
    if (!f.avecClassesCommunes()) {
      c = c.and(not(Perimetre.classeCommune(OffresSommees.cfd())));
    }
    return c;
  }

  /** Some filter narrows the territory (or the établissements) of the rows. */
  static boolean territorial(FiltresConsole f) {
    return !(f.codeRegion().isEmpty()
        && f.codeAcademie().isEmpty()
        && f.codeDepartement().isEmpty()
        && f.commune().isEmpty()
        && f.uai().isEmpty()
        && f.secteur().isEmpty());
  }

  /** The établissements of the territorial filters. */
  static Condition territoire(FiltresConsole f) {
    Condition c =
        parmi(IdentiteEtablissement.codeRegion(), f.codeRegion())
            .and(parmi(IdentiteEtablissement.codeAcademie(), f.codeAcademie()))
            .and(parmi(IdentiteEtablissement.codeDepartement(), f.codeDepartement()))
            .and(parmi(IdentiteEtablissement.uai(), f.uai()))
            .and(parmi(IdentiteEtablissement.secteur(), f.secteur()));
    if (!f.commune().isEmpty()) {
      c =
          c.and(
              upper(IdentiteEtablissement.commune())
                  .in(f.commune().stream().map(v -> v.toUpperCase(Locale.FRANCE)).toList()));
    }
    return c;
  }

  /** Every word of the free-text search is in the formation's words, or is its CFD. */
  static Condition rechercheFormation(FiltresConsole f) {
    return Recherche.chaqueMot(f.q(), ConditionsFiltres::motDeFormation);
  }

  /**
   * Every word of the free-text search is the formation's ({@link #rechercheFormation}) or in the
   * établissement's words.
   */
  static Condition rechercheOffre(FiltresConsole f) {
    return Recherche.chaqueMot(
        f.q(),
        mot -> motDeFormation(mot).or(Like.contient(IdentiteEtablissement.recherche(), mot)));
  }

  private static Condition motDeFormation(String mot) {
    return Like.contient(IdentiteFormation.recherche(), mot)
        .or(IdentiteFormation.cfd().equalIgnoreCase(mot));
  }

  static Condition parmi(Field<String> field, Collection<String> values) {
    return values.isEmpty() ? noCondition() : field.in(values);
  }
}
