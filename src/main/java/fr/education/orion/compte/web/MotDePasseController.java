package fr.education.orion.compte.web;

import fr.education.orion.compte.CompteInvalideException;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.compte.gestion.ChoisirMotDePasse;
import fr.education.orion.compte.gestion.JetonsCompte;
import fr.education.orion.compte.gestion.MotDePasseOublie;
import fr.education.orion.compte.gestion.PolitiqueMotDePasse;
import fr.education.orion.system.Public;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages reached from e-mails: activation of a new account and a new password, both choosing a
 * password under the stated policy; and the form that asks for a new-password link.
 */
@Controller
@Public
class MotDePasseController {

  private final ChoisirMotDePasse choisir;
  private final MotDePasseOublie oublie;

  MotDePasseController(ChoisirMotDePasse choisir, MotDePasseOublie oublie) {
    this.choisir = choisir;
    this.oublie = oublie;
  }

  @GetMapping("/activation")
  String showActivation(@RequestParam(defaultValue = "") String jeton, Model model) {
    return formulaire(model, JetonsCompte.Nature.ACTIVATION, jeton, null);
  }

  @PostMapping("/activation")
  String activate(
      @RequestParam(defaultValue = "") String jeton,
      @RequestParam(defaultValue = "") String motDePasse,
      @RequestParam(defaultValue = "") String confirmation,
      Model model) {
    return choose(model, JetonsCompte.Nature.ACTIVATION, jeton, motDePasse, confirmation);
  }

  @GetMapping("/reinitialisation")
  String showReset(@RequestParam(defaultValue = "") String jeton, Model model) {
    return formulaire(model, JetonsCompte.Nature.REINITIALISATION, jeton, null);
  }

  @PostMapping("/reinitialisation")
  String reset(
      @RequestParam(defaultValue = "") String jeton,
      @RequestParam(defaultValue = "") String motDePasse,
      @RequestParam(defaultValue = "") String confirmation,
      Model model) {
    return choose(model, JetonsCompte.Nature.REINITIALISATION, jeton, motDePasse, confirmation);
  }

  @GetMapping("/mot-de-passe-oublie")
  String showRequest(Model model) {
    model.addAttribute("page", new MotDePasseOubliePage(false));
    return "compte/mot-de-passe-oublie";
  }

  @PostMapping("/mot-de-passe-oublie")
  String request(
      @RequestParam(defaultValue = "") String email, HttpServletRequest requete, Model model) {
    oublie.request(email, requete.getRemoteAddr());
    model.addAttribute("page", new MotDePasseOubliePage(true));
    return "compte/mot-de-passe-oublie";
  }

  private String choose(
      Model model,
      JetonsCompte.Nature nature,
      String jeton,
      String motDePasse,
      String confirmation) {
    try {
      choisir.choose(jeton, nature, motDePasse, confirmation);
      return "redirect:/connexion?motDePasseChoisi";
    } catch (CompteInvalideException refus) {
      return formulaire(model, nature, jeton, refus.getMessage());
    }
  }

  private String formulaire(
      Model model, JetonsCompte.Nature nature, String jeton, @Nullable String erreur) {
    boolean activation = nature == JetonsCompte.Nature.ACTIVATION;
    Utilisateur utilisateur = choisir.compteDuLien(jeton, nature).orElse(null);
    model.addAttribute(
        "page",
        new MotDePassePage(
            activation ? "Activer votre compte" : "Choisir un nouveau mot de passe",
            activation ? "/activation" : "/reinitialisation",
            utilisateur == null ? null : jeton,
            utilisateur == null ? null : utilisateur.email(),
            utilisateur == null ? ChoisirMotDePasse.LIEN_INVALIDE : erreur,
            PolitiqueMotDePasse.ENONCE));
    return "compte/mot-de-passe";
  }
}
