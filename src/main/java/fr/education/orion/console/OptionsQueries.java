package fr.education.orion.console;

import fr.education.orion.indicateur.Calendrier;
import fr.education.orion.indicateur.OffresSommees;
import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.ingestion.SelonImports;
import fr.education.orion.referentiel.NomenclaturesOffertes;
import fr.education.orion.referentiel.TerritoireQueries;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Select;
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
        DSL.selectDistinct(OffresSommees.cfd())
            .from(OffresSommees.offres())
            .where(ConditionsFiltres.offresDuPerimetre());
    var dispositifs =
        DSL.selectDistinct(OffresSommees.codeDispositif())
            .from(OffresSommees.offres())
            .where(ConditionsFiltres.offresDuPerimetre());
    return new OptionsConsole(
        calendrier.rentrees(),
        calendrier.millesimes(),
        regions.stream().map(r -> new Choix(r.codeRegion().code(), r.libelle())).toList(),
        territoires.academiesDuPerimetre().stream()
            .map(a -> new Choix(a.codeAcademie().code(), a.libelle()))
            .toList(),
        territoires.departementsDuPerimetre().stream()
            .map(
                d ->
                    new Choix(
                        d.codeDepartement().code(), d.codeDepartement() + " — " + d.libelle()))
            .toList(),
        choix(NomenclaturesOffertes.niveauxDiplome(offertes)),
        choix(NomenclaturesOffertes.dispositifs(dispositifs)),
        choix(NomenclaturesOffertes.domainesNsf(offertes)),
        choix(NomenclaturesOffertes.famillesMetiers()));
  }

  private List<Choix> choix(Select<Record2<String, String>> codesEtLibelles) {
    return dsl.fetch(codesEtLibelles).map(r -> new Choix(r.value1(), r.value2()));
  }
}
