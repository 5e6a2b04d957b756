package fr.education.orion.panorama.web;

import fr.education.orion.panorama.DomaineFormationQueries;
import fr.education.orion.panorama.DomainesFormation;
import fr.education.orion.panorama.DomainesFormation.Domaine;
import fr.education.orion.panorama.DomainesFormation.FormationDuDomaine;
import fr.education.orion.panorama.DomainesFormation.FormationsDuDomaine;
import fr.education.orion.panorama.FormationIndicateurQueries;
import fr.education.orion.panorama.IndicateursFormation.GraphiqueInserJeunes;
import fr.education.orion.panorama.IndicateursFormation.IndicateursTerritoire;
import fr.education.orion.panorama.SourcesFormation;
import fr.education.orion.panorama.TerritoireChoisi;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.TerritoireQueries;
import fr.education.orion.system.Problems;
import fr.education.orion.system.Public;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The panorama of a domaine de formation: choose a domaine (NSF), a territory and a voie, then a
 * formation of the domaine to see the établissements offering it and its indicators. Every filter
 * is a GET parameter, so a view can be bookmarked and needs no JavaScript.
 */
@Controller
@Public
class DomaineFormationController {

  private static final String PAGE = "/panorama/domaine-de-formation";

  private final DomaineFormationQueries domaines;
  private final FormationIndicateurQueries indicateurs;
  private final TerritoireChoix territoires;
  private final TerritoireQueries referentiel;
  private final SourcesFormation sources;
  private final JsonMapper json;

  DomaineFormationController(
      DomaineFormationQueries domaines,
      FormationIndicateurQueries indicateurs,
      TerritoireChoix territoires,
      TerritoireQueries referentiel,
      SourcesFormation sources,
      JsonMapper json) {
    this.domaines = domaines;
    this.indicateurs = indicateurs;
    this.territoires = territoires;
    this.referentiel = referentiel;
    this.sources = sources;
    this.json = json;
  }

  /** The former address of the panorama. */
  @GetMapping("/domaine-de-formation")
  String ancienneAdresse() {
    return "redirect:" + PAGE;
  }

  /**
   * The list of domaines; with {@code codeNsf} (the domaine filter of the page), that domaine's
   * page with the other filters kept.
   */
  @GetMapping(PAGE)
  String domaines(
      @RequestParam(required = false) @Nullable String codeNsf,
      @RequestParam(required = false) @Nullable String territoire,
      @RequestParam(required = false) @Nullable String voie,
      Model model) {
    if (codeNsf != null && !codeNsf.isBlank()) {
      return "redirect:"
          + UriComponentsBuilder.fromPath(PAGE + "/" + codeNsf.strip())
              .queryParamIfPresent("territoire", nonBlank(territoire))
              .queryParamIfPresent("voie", nonBlank(voie))
              .encode()
              .toUriString();
    }
    model.addAttribute("domaines", domaines.domaines());
    return "panorama/domaines";
  }

  @GetMapping(PAGE + "/{codeNsf}")
  String domaine(
      @PathVariable String codeNsf,
      @RequestParam(required = false) @Nullable String territoire,
      @RequestParam(required = false) @Nullable String voie,
      @RequestParam(required = false) @Nullable String cfd,
      Model model) {
    Domaine domaine =
        domaines
            .domaine(codeNsf)
            .orElseThrow(
                () ->
                    Problems.notFound(
                        "Aucun domaine de formation de code NSF « " + codeNsf + " »."));
    TerritoireChoisi choisi = territoires.filtre(territoire);
    String voieChoisie = DomainesFormation.voie(voie);
    FormationsDuDomaine formations = domaines.formations(domaine, choisi, voieChoisie);
    FormationDuDomaine formation = null;
    if (cfd != null && !cfd.isBlank()) {
      Cfd code = Cfd.of(cfd);
      formation =
          formations.formations().stream()
              .filter(f -> f.cfd().equals(code))
              .findFirst()
              .orElseThrow(
                  () ->
                      Problems.notFound(
                          "La formation « "
                              + code
                              + " » n'est pas une formation du domaine "
                              + domaine.libelle()
                              + " dans la voie choisie."));
    }
    IndicateursTerritoire indicateursFormation =
        formation == null ? null : indicateurs.territoire(formation.cfd(), choisi, voieChoisie);
    GraphiqueInserJeunes graphique =
        indicateursFormation == null ? null : indicateursFormation.graphique();
    model.addAttribute(
        "page",
        new DomaineFormationPage(
            domaines.domaines(),
            referentiel.regionsDuPerimetre(),
            referentiel.academiesDuPerimetre(),
            referentiel.departementsDuPerimetre(),
            formations,
            formation,
            formation == null
                ? null
                : domaines.etablissements(formation.cfd(), choisi, voieChoisie),
            indicateursFormation,
            graphique == null ? null : scriptJson(graphique),
            sources.sources()));
    return "panorama/domaine";
  }

  /** JSON that a {@code <script>} block may hold: no {@code </} can close it early. */
  private String scriptJson(Object data) {
    return json.writeValueAsString(data).replace("</", "<\\/");
  }

  private static Optional<String> nonBlank(@Nullable String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }
}
