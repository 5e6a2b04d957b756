package fr.education.orion.compte.web;

import fr.education.orion.compte.connexion.AuthentificationUnique;
import fr.education.orion.system.Public;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page. Spring Security receives the form ({@code POST /connexion}) and comes back here
 * with {@code ?erreur} after a refusal, whose French reason it left in the session. When single
 * sign-on is configured, the page also offers it ({@link AuthentificationUnique}).
 */
@Controller
@Public
public class ConnexionController {

  public static final String CHEMIN = "/connexion";

  private final AuthentificationUnique authentificationUnique;

  ConnexionController(AuthentificationUnique authentificationUnique) {
    this.authentificationUnique = authentificationUnique;
  }

  @GetMapping(CHEMIN)
  String show(
      @RequestParam(required = false) @Nullable String erreur,
      @RequestParam(required = false) @Nullable String deconnexion,
      @RequestParam(required = false) @Nullable String motDePasseChoisi,
      HttpServletRequest request,
      Model model) {
    // Never creates a session: an anonymous visit of the login page stores nothing.
    HttpSession session = request.getSession(false);
    String message = null;
    if (erreur != null
        && session != null
        && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
            instanceof AuthenticationException refus) {
      message = refus.getMessage();
      session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    } else if (erreur != null) {
      message = "La connexion a échoué. Réessayez.";
    }
    String confirmation = null;
    if (deconnexion != null) {
      confirmation = "Vous êtes déconnecté.";
    } else if (motDePasseChoisi != null) {
      confirmation = "Votre mot de passe est enregistré : vous pouvez vous connecter.";
    }
    model.addAttribute("page", new ConnexionPage(message, confirmation));
    model.addAttribute("authentificationUnique", authentificationUnique.active());
    return "compte/connexion";
  }
}
