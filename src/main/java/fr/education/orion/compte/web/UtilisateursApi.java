package fr.education.orion.compte.web;

import static fr.education.orion.schema.Tables.UTILISATEUR;

import fr.education.orion.compte.CompteCourant;
import fr.education.orion.compte.Comptes;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.system.Autorise;
import fr.education.orion.system.Permission;
import fr.education.orion.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The accounts in JSON, for the administrators who may read them, within their scope. */
@RestController
@RequestMapping("/api/utilisateurs")
@Tag(name = "Utilisateurs", description = "Comptes (administrateurs seulement)")
@Autorise(Permission.USERS_LECTURE)
class UtilisateursApi {

  private final Comptes comptes;
  private final CompteCourant courant;

  UtilisateursApi(Comptes comptes, CompteCourant courant) {
    this.comptes = comptes;
    this.courant = courant;
  }

  @GetMapping
  @Operation(
      summary = "Les comptes visibles de l'utilisateur connecté (sa région pour un Admin RA)")
  List<Utilisateur> list() {
    return comptes.lister(
        UtilisateurQueries.visibles(courant.droits().orElseThrow()), UTILISATEUR.EMAIL.asc());
  }

  @GetMapping("/{id}")
  @Operation(summary = "Un compte, s'il est dans la portée de l'utilisateur connecté")
  Utilisateur one(@PathVariable long id) {
    Utilisateur utilisateur =
        comptes.parId(id).orElseThrow(() -> Problems.notFound("Aucun compte n° " + id + "."));
    courant.checkRegion(Permission.USERS_LECTURE, utilisateur.codeRegion());
    return utilisateur;
  }
}
