package fr.education.orion.compte;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page a refused SSO login ends on, one per reason ({@link RefusSso}), with the way back to the
 * login page. An unknown reason reads as an interrupted login.
 */
@Controller
class RefusSsoPage {

  static final String CHEMIN = "/connexion/sso/refus";

  @GetMapping(CHEMIN)
  String refus(
      @RequestParam(name = "motif", defaultValue = "") String code,
      Model model,
      HttpServletResponse response) {
    RefusSso motif = RefusSso.deCode(code).orElse(RefusSso.CONNEXION_INTERROMPUE);
    response.setStatus(motif.statut());
    model.addAttribute("page", new PageRefusSso(motif.titre(), motif.message()));
    return "compte/refus-sso";
  }
}
