package fr.education.orion.console;

import static fr.education.orion.schema.Tables.DISPOSITIF;
import static fr.education.orion.schema.Tables.FAMILLE_METIER;
import static fr.education.orion.schema.Tables.FORMATION;
import static fr.education.orion.schema.Tables.NIVEAU_DIPLOME;
import static fr.education.orion.schema.Tables.NSF_GROUPE;
import static fr.education.orion.schema.Tables.OFFRE;

import fr.education.orion.indicateur.Calendrier;
import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.ingestion.SelonImports;
import fr.education.orion.referentiel.TerritoireQueries;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Reads the choices of the consoles' filters: what the offers the consoles show and the territories
 * of {@link fr.education.orion.referentiel.PerimetreTerritorial} hold, so that no choice (« Sans
 * objet », « Etranger », a niveau outside Orion's perimeter…) can only return nothing.
 */
@Component
class OptionsQueries {

  private final DSLContext dsl;
  private final Calendrier calendrier;
  private final TerritoireQueries territoires;
  private final SelonImports<Boolean, OptionsConsole> options;

  OptionsQueries(
      DSLContext dsl, Calendrier calendrier, TerritoireQueries territoires, ImportRuns imports) {
    this.dsl = dsl;
    this.calendrier = calendrier;
    this.territoires = territoires;
    this.options = new SelonImports<>(imports, sansCle -> lire());
  }

  /** The choices, read again after each import. */
  OptionsConsole options() {
    return options.get(true);
  }

  private OptionsConsole lire() {
    var regions = territoires.regionsDuPerimetre();
    var offertes =
        DSL.selectDistinct(OFFRE.CFD).from(OFFRE).where(LignesCalculees.offresDuPerimetre());
    var libelleNsf = DSL.coalesce(NSF_GROUPE.LIBELLE_EDITION, NSF_GROUPE.LIBELLE);
    return new OptionsConsole(
        calendrier.rentrees(),
        calendrier.millesimes(),
        regions.stream().map(r -> new Choix(r.codeRegion(), r.libelle())).toList(),
        territoires.academiesDuPerimetre().stream()
            .map(a -> new Choix(a.codeAcademie(), a.libelle()))
            .toList(),
        territoires.departementsDuPerimetre().stream()
            .map(d -> new Choix(d.codeDepartement(), d.codeDepartement() + " — " + d.libelle()))
            .toList(),
        dsl.selectDistinct(NIVEAU_DIPLOME.CODE_NIVEAU_DIPLOME, NIVEAU_DIPLOME.LIBELLE)
            .from(NIVEAU_DIPLOME)
            .join(FORMATION)
            .on(FORMATION.CODE_NIVEAU_DIPLOME.eq(NIVEAU_DIPLOME.CODE_NIVEAU_DIPLOME))
            .where(FORMATION.CFD.in(offertes))
            .orderBy(NIVEAU_DIPLOME.LIBELLE)
            .fetch(r -> new Choix(r.value1(), r.value2())),
        dsl.selectDistinct(DISPOSITIF.CODE_DISPOSITIF, DISPOSITIF.LIBELLE)
            .from(DISPOSITIF)
            .where(
                DISPOSITIF.CODE_DISPOSITIF.in(
                    DSL.selectDistinct(OFFRE.CODE_DISPOSITIF)
                        .from(OFFRE)
                        .where(LignesCalculees.offresDuPerimetre())))
            .orderBy(DISPOSITIF.LIBELLE)
            .fetch(r -> new Choix(r.value1(), r.value2())),
        dsl.selectDistinct(NSF_GROUPE.CODE_NSF, libelleNsf)
            .from(NSF_GROUPE)
            .join(FORMATION)
            .on(FORMATION.CODE_NSF.eq(NSF_GROUPE.CODE_NSF))
            .where(FORMATION.CFD.in(offertes))
            .orderBy(libelleNsf)
            .fetch(r -> new Choix(r.value1(), r.value2())),
        dsl.selectDistinct(FAMILLE_METIER.CFD_FAMILLE, FAMILLE_METIER.LIBELLE_FAMILLE)
            .from(FAMILLE_METIER)
            .orderBy(FAMILLE_METIER.LIBELLE_FAMILLE)
            .fetch(r -> new Choix(r.value1(), r.value2())));
  }
}
