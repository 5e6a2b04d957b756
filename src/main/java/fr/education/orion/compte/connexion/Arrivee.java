package fr.education.orion.compte.connexion;

import fr.education.orion.compte.Role;
import fr.education.orion.compte.Utilisateur;

/**
 * Where a user lands after signing in, when the login was not made to reach a given page: a head of
 * établissement on the panorama of his établissement (the first, when he heads several; the others
 * are listed on the index of the panoramas), a regional user on his région's panorama, a national
 * user on the home page.
 */
final class Arrivee {

  private Arrivee() {}

  static String page(Utilisateur utilisateur) {
    if (utilisateur.role() == Role.PERDIR && !utilisateur.uais().isEmpty()) {
      return "/panorama/etablissement/" + utilisateur.uais().get(0);
    }
    if (utilisateur.codeRegion() != null) {
      return "/panorama/region/" + utilisateur.codeRegion();
    }
    return "/";
  }
}
