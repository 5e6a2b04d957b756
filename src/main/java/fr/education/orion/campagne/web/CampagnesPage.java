package fr.education.orion.campagne.web;

import fr.education.orion.campagne.Campagne;
import fr.education.orion.campagne.CampagneRegionale;
import java.util.List;

/** The campaigns' list: each national campaign, the most recent first, with its regional ones. */
public record CampagnesPage(List<Ligne> lignes) {

  public record Ligne(Campagne campagne, List<CampagneRegionale> regionales) {}
}
