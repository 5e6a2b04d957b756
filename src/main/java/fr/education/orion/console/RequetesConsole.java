package fr.education.orion.console;

import fr.education.orion.compte.Autorise;
import fr.education.orion.compte.CompteCourant;
import fr.education.orion.compte.Permission;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The saved queries of the signed-in user: saved and deleted from the console pages (forms with a
 * CSRF token, then back to the console), listed as JSON. Each handler declares its access rule.
 */
@Controller
@Tag(name = "Consoles")
class RequetesConsole {

  private final RequetesEnregistrees requetes;
  private final CompteCourant compte;

  RequetesConsole(RequetesEnregistrees requetes, CompteCourant compte) {
    this.requetes = requetes;
    this.compte = compte;
  }

  @GetMapping("/api/console/requetes")
  @ResponseBody
  @Autorise(Permission.ENREGISTREMENT_REQUETE_LECTURE)
  @Operation(summary = "Requêtes enregistrées de l'utilisateur connecté")
  List<RequeteEnregistree> liste() {
    return requetes.de(utilisateur().id());
  }

  @PostMapping("/console/{console}/requetes")
  @Autorise(Permission.ENREGISTREMENT_REQUETE_ECRITURE)
  String enregistrer(
      @PathVariable String console,
      @RequestParam String nom,
      @RequestParam String couleur,
      @RequestParam(defaultValue = "") String parametres) {
    Console laConsole = console(console);
    requetes.enregistrer(utilisateur().id(), laConsole, nom, couleur, parametres);
    String nettoyes = RequetesEnregistrees.nettoyes(parametres);
    return "redirect:/console/" + laConsole.chemin() + (nettoyes.isEmpty() ? "" : "?" + nettoyes);
  }

  @PostMapping("/console/{console}/requetes/{id}/suppression")
  @Autorise(Permission.ENREGISTREMENT_REQUETE_ECRITURE)
  String supprimer(
      @PathVariable String console,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String parametres) {
    Console laConsole = console(console);
    requetes.supprimer(utilisateur().id(), id);
    String nettoyes = RequetesEnregistrees.nettoyes(parametres);
    return "redirect:/console/" + laConsole.chemin() + (nettoyes.isEmpty() ? "" : "?" + nettoyes);
  }

  private Utilisateur utilisateur() {
    return compte
        .utilisateur()
        .orElseThrow(
            () ->
                new AuthenticationCredentialsNotFoundException(
                    "Connectez-vous pour enregistrer vos requêtes."));
  }

  private static Console console(String chemin) {
    for (Console console : Console.values()) {
      if (console.chemin().equals(chemin.toLowerCase(Locale.ROOT))) {
        return console;
      }
    }
    throw Problems.notFound("Aucune console « " + chemin + " ».");
  }
}
