package fr.education.orion.panorama;

import static fr.education.orion.schema.Tables.ETABLISSEMENT;
import static fr.education.orion.schema.Tables.FORMATION;
import static fr.education.orion.schema.Tables.OFFRE;
import static org.jooq.impl.DSL.noCondition;

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
    return OFFRE
        .VOIE
        .eq(Voie.CODE_SCOLAIRE)
        .and(Perimetre.scolaire(OFFRE.CFD))
        .and(
            selection
                .territoire()
                .contient(
                    ETABLISSEMENT.CODE_REGION,
                    ETABLISSEMENT.CODE_ACADEMIE,
                    ETABLISSEMENT.CODE_DEPARTEMENT))
        .and(formations(selection));
  }

  /** Formations (the {@code formation} table) of the selected niveau and NSF domain. */
  static Condition formations(Selection selection) {
    return egal(FORMATION.CODE_NIVEAU_DIPLOME, selection.codeNiveauDiplome())
        .and(egal(FORMATION.CODE_NSF, selection.codeNsf()));
  }

  private static Condition egal(Field<String> field, @Nullable String value) {
    return value == null ? noCondition() : field.eq(value);
  }
}
