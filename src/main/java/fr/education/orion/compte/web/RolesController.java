package fr.education.orion.compte.web;

import fr.education.orion.compte.CompteCourant;
import fr.education.orion.compte.Comptes;
import fr.education.orion.compte.FicheUtilisateur;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.compte.gestion.Matrice;
import fr.education.orion.system.Autorise;
import fr.education.orion.system.Permission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The roles page: what each role is for, the permission × role matrix with the scope of each grant,
 * and the effective rights of one user (looked up by e-mail, within the reader's scope).
 */
@Controller
@Autorise(Permission.USERS_LECTURE)
class RolesController {

  private final Matrice matrice;
  private final Comptes comptes;
  private final CompteCourant courant;

  RolesController(Matrice matrice, Comptes comptes, CompteCourant courant) {
    this.matrice = matrice;
    this.comptes = comptes;
    this.courant = courant;
  }

  @GetMapping("/admin/roles")
  String list(@RequestParam(defaultValue = "") String email, Model model) {
    Utilisateur utilisateur = null;
    String message = null;
    if (email.length() > FicheUtilisateur.LONGUEUR_EMAIL) {
      message =
          "L'adresse e-mail ne doit pas dépasser "
              + FicheUtilisateur.LONGUEUR_EMAIL
              + " caractères.";
      email = "";
    } else if (!email.isBlank()) {
      utilisateur =
          comptes
              .parEmail(email)
              .filter(u -> courant.mayActOnRegion(Permission.USERS_LECTURE, u.codeRegion()))
              .orElse(null);
      if (utilisateur == null) {
        message = "Aucun compte « " + email.strip() + " » dans votre périmètre.";
      }
    }
    model.addAttribute(
        "page",
        new RolesPage(
            matrice.roles(), matrice.permissions(), matrice, email.strip(), utilisateur, message));
    return "compte/roles";
  }
}
