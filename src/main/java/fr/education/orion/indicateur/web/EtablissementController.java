package fr.education.orion.indicateur.web;

import fr.education.orion.indicateur.IndicateurQueries;
import fr.education.orion.referentiel.EtablissementQueries;
import fr.education.orion.referentiel.Uai;
import fr.education.orion.system.Problems;
import fr.education.orion.system.Public;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The établissement page: what the référentiel knows of it and its indicators. It lives here, not
 * in {@code referentiel}, because the référentiel may not depend on indicators.
 */
@Controller
@Public
class EtablissementController {

  private final EtablissementQueries etablissements;
  private final IndicateurQueries indicateurs;

  EtablissementController(EtablissementQueries etablissements, IndicateurQueries indicateurs) {
    this.etablissements = etablissements;
    this.indicateurs = indicateurs;
  }

  @GetMapping("/etablissements/{uai}")
  String etablissement(@PathVariable Uai uai, Model model) {
    model.addAttribute(
        "etablissement",
        etablissements
            .find(uai)
            .orElseThrow(() -> Problems.notFound("Aucun établissement d'UAI « " + uai + " ».")));
    model.addAttribute("inserJeunes", indicateurs.inserJeunesParFichier(uai));
    return "indicateur/etablissement";
  }
}
