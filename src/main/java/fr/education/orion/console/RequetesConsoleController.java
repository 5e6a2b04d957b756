package fr.education.orion.console;

import fr.education.orion.compte.CompteCourant;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.system.Autorise;
import fr.education.orion.system.Permission;
import fr.education.orion.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
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
class RequetesConsoleController {

  /** The longest name given back in the form after a refusal. */
  private static final int SAISIE_GARDEE = 1000;

  private final RequetesEnregistrees requetes;
  private final ConsoleController pages;
  private final CompteCourant compte;

  RequetesConsoleController(
      RequetesEnregistrees requetes, ConsoleController pages, CompteCourant compte) {
    this.requetes = requetes;
    this.pages = pages;
    this.compte = compte;
  }

  @GetMapping("/api/console/requetes")
  @ResponseBody
  @Autorise(Permission.ENREGISTREMENT_REQUETE_LECTURE)
  @Operation(summary = "Requêtes enregistrées de l'utilisateur connecté")
  List<RequeteEnregistree> liste() {
    return requetes.de(utilisateur().id());
  }

  /**
   * Saves the view and goes back to it; a refused query gives the console page back (400) with the
   * form as typed and the reason, and writes nothing.
   */
  @PostMapping("/console/{console}/requetes")
  @Autorise(Permission.ENREGISTREMENT_REQUETE_ECRITURE)
  String enregistrer(
      @PathVariable String console,
      @RequestParam String nom,
      @RequestParam String couleur,
      @RequestParam(defaultValue = "") String parametres,
      Model model,
      HttpServletResponse response) {
    Console laConsole = console(console);
    long utilisateurId = utilisateur().id();
    try {
      return retour(
          laConsole, requetes.enregistrer(utilisateurId, laConsole, nom, couleur, parametres));
    } catch (ErrorResponseException refus) {
      response.setStatus(refus.getStatusCode().value());
      SaisieRequete saisie =
          new SaisieRequete(
              nom.length() > SAISIE_GARDEE ? nom.substring(0, SAISIE_GARDEE) : nom,
              couleur,
              String.valueOf(refus.getBody().getDetail()));
      return pages.pageRefusee(vueOuDefaut(laConsole, parametres), saisie, model);
    }
  }

  @PostMapping("/console/{console}/requetes/{id}/suppression")
  @Autorise(Permission.ENREGISTREMENT_REQUETE_ECRITURE)
  String supprimer(
      @PathVariable String console,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String parametres) {
    Console laConsole = console(console);
    requetes.supprimer(utilisateur().id(), id);
    return retour(laConsole, vueOuDefaut(laConsole, parametres).parametres());
  }

  private static String retour(Console console, String parametres) {
    return "redirect:/console/" + console.chemin() + (parametres.isEmpty() ? "" : "?" + parametres);
  }

  /** The view the form came from; the console's default view when it is not one. */
  private static RequetesEnregistrees.VueEnregistree vueOuDefaut(
      Console console, String parametres) {
    try {
      return RequetesEnregistrees.vue(console, parametres);
    } catch (ErrorResponseException refus) {
      return new RequetesEnregistrees.VueEnregistree(
          console, FiltresConsole.aucun(), Tri.of(console, null, null), List.of());
    }
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
