package fr.education.orion.panorama.web;

import fr.education.orion.panorama.DomainesFormation.Domaine;
import fr.education.orion.panorama.DomainesFormation.EtablissementsDeFormation;
import fr.education.orion.panorama.DomainesFormation.FormationDuDomaine;
import fr.education.orion.panorama.DomainesFormation.FormationsDuDomaine;
import fr.education.orion.panorama.IndicateursFormation.IndicateursTerritoire;
import fr.education.orion.panorama.SourceDesChiffres;
import fr.education.orion.panorama.TerritoireChoisi;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.Territoires.Academie;
import fr.education.orion.referentiel.Territoires.Departement;
import fr.education.orion.referentiel.Territoires.Region;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the page of a domaine de formation shows: its filters, the formations of the domaine in the
 * territory and, when one is chosen, the établissements offering it and its indicators.
 *
 * @param domaines every domaine, for the filter
 * @param formation the formation chosen, null before a choice
 * @param etablissements the établissements offering the chosen formation
 * @param indicateurs the indicators of the chosen formation in the territory
 * @param graphiqueInserJeunes the data of the chart of its InserJeunes rates, as JSON for the
 *     page's script; null without a chart
 */
public record DomaineFormationPage(
    List<Domaine> domaines,
    List<Region> regions,
    List<Academie> academies,
    List<Departement> departements,
    FormationsDuDomaine formations,
    @Nullable FormationDuDomaine formation,
    @Nullable EtablissementsDeFormation etablissements,
    @Nullable IndicateursTerritoire indicateurs,
    @Nullable String graphiqueInserJeunes,
    List<SourceDesChiffres> sources) {

  public Domaine domaine() {
    return formations.domaine();
  }

  public TerritoireChoisi territoire() {
    return formations.territoire();
  }

  public @Nullable String voie() {
    return formations.voie();
  }

  /** The formations of the domaine, grouped by niveau de diplôme (its label, or its code). */
  public Map<String, List<FormationDuDomaine>> parNiveau() {
    Map<String, List<FormationDuDomaine>> parNiveau = new LinkedHashMap<>();
    for (FormationDuDomaine f : formations.formations()) {
      String niveau =
          f.libelleNiveauDiplome() == null
              ? f.codeNiveauDiplome().code()
              : f.libelleNiveauDiplome();
      parNiveau.computeIfAbsent(niveau, key -> new ArrayList<>()).add(f);
    }
    return parNiveau;
  }

  /** This page with {@code cfd} chosen, the territory and the voie kept. */
  public String lien(Cfd cfd) {
    return UriComponentsBuilder.fromPath("/panorama/domaine-de-formation/" + domaine().codeNsf())
        .queryParamIfPresent(
            "territoire", Optional.of(territoire().valeur()).filter(valeur -> !valeur.isEmpty()))
        .queryParamIfPresent("voie", Optional.ofNullable(voie()))
        .queryParam("cfd", cfd.code())
        .encode()
        .toUriString();
  }
}
