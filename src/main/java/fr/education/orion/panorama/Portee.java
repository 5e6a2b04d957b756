package fr.education.orion.panorama;

import static org.jooq.impl.DSL.noCondition;

import fr.education.orion.indicateur.OffresSommees;
import fr.education.orion.referentiel.IdentiteEtablissement;
import fr.education.orion.referentiel.IdentiteFormation;
import fr.education.orion.referentiel.NiveauDiplome;
import fr.education.orion.referentiel.Perimetre;
import fr.education.orion.referentiel.Voie;
import org.jooq.Condition;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;

/** The rows a territorial panorama aggregates, as SQL conditions. */
final class Portee {

  private Portee() {}

  /**
   * Offers of the voie scolaire of Orion's perimeter, in établissements of the territory, of the
   * selected niveau and NSF domain, at any rentrée. Reads {@code offre} joined to {@code
   * etablissement} (an offer whose établissement is unknown has no territory and is left out, as in
   * the reference) and {@code formation}.
   */
  static Condition offres(Selection selection) {
    return OffresSommees.voie()
        .eq(Voie.CODE_SCOLAIRE)
        .and(Perimetre.scolaire(OffresSommees.cfd()))
        .and(
            selection
                .territoire()
                .contient(
                    IdentiteEtablissement.codeRegion(),
                    IdentiteEtablissement.codeAcademie(),
                    IdentiteEtablissement.codeDepartement()))
        .and(formations(selection));
  }

  /** Formations (the {@code formation} table) of the selected niveau and NSF domain. */
  static Condition formations(Selection selection) {
    NiveauDiplome niveau = selection.codeNiveauDiplome();
    return egal(IdentiteFormation.codeNiveauDiplome(), niveau == null ? null : niveau.code())
        .and(egal(IdentiteFormation.codeNsf(), selection.codeNsf()));
  }

  private static Condition egal(Field<String> field, @Nullable String value) {
    return value == null ? noCondition() : field.eq(value);
  }
}
