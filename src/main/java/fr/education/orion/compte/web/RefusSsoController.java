package fr.education.orion.compte.web;

import fr.education.orion.compte.connexion.AuthentificationUnique;
import fr.education.orion.compte.connexion.RefusSso;
import fr.education.orion.system.Public;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page a refused SSO login ends on, one per reason ({@link RefusSso}), with the way back to the
 * login page. An unknown reason reads as an interrupted login. Public, like the login page: whoever
 * tries to sign in must be able to read why it failed.
 */
@Controller
@Public
public class RefusSsoController {

  public static final String CHEMIN = "/connexion/sso/refus";

  @GetMapping(CHEMIN)
  String show(
      @RequestParam(name = "motif", defaultValue = "") String code,
      Model model,
      HttpServletResponse response) {
    return render(RefusSso.deCode(code).orElse(RefusSso.CONNEXION_INTERROMPUE), model, response);
  }

  /**
   * The SSO's own addresses: the start of a login ({@link AuthentificationUnique#DEBUT}) and the
   * provider's callback. When the SSO is configured, Spring Security's filters answer them before
   * any handler; they are declared here so that they carry their route rule (public: they are how
   * one signs in), and so that, when the SSO is not configured, they say so instead of an
   * unexplained "page not found".
   */
  @GetMapping({"/oauth2/authorization/{fournisseur}", "/login/oauth2/code/{fournisseur}"})
  String showNotOffered(Model model, HttpServletResponse response) {
    return render(RefusSso.NON_PROPOSEE, model, response);
  }

  private static String render(RefusSso motif, Model model, HttpServletResponse response) {
    response.setStatus(motif.statut());
    model.addAttribute("page", new RefusSsoPage(motif.titre(), motif.message()));
    return "compte/refus-sso";
  }
}
