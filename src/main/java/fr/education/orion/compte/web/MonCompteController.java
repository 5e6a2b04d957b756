package fr.education.orion.compte.web;

import fr.education.orion.compte.CompteCourant;
import fr.education.orion.compte.CompteInvalideException;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.compte.connexion.SessionsCompte;
import fr.education.orion.compte.gestion.ChangerMotDePasse;
import fr.education.orion.compte.gestion.FermerAutresSessions;
import fr.education.orion.compte.gestion.Matrice;
import fr.education.orion.compte.gestion.PolitiqueMotDePasse;
import fr.education.orion.system.Connecte;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * « Mon compte », the signed-in user's own account, whatever the role: identity, change of
 * password, open sessions. Every action applies to the signed-in user alone: no route names an
 * account.
 */
@Controller
@Connecte
class MonCompteController {

  static final String CHEMIN = "/mon-compte";

  private final CompteCourant courant;
  private final Matrice matrice;
  private final MonCompteQueries queries;
  private final SessionsCompte sessions;
  private final ChangerMotDePasse changerMotDePasse;
  private final FermerAutresSessions fermerAutresSessions;

  MonCompteController(
      CompteCourant courant,
      Matrice matrice,
      MonCompteQueries queries,
      SessionsCompte sessions,
      ChangerMotDePasse changerMotDePasse,
      FermerAutresSessions fermerAutresSessions) {
    this.courant = courant;
    this.matrice = matrice;
    this.queries = queries;
    this.sessions = sessions;
    this.changerMotDePasse = changerMotDePasse;
    this.fermerAutresSessions = fermerAutresSessions;
  }

  @GetMapping(CHEMIN)
  String show(
      @RequestParam(required = false) @Nullable String motDePasseModifie,
      @RequestParam(required = false) @Nullable Integer sessionsFermees,
      HttpServletRequest requete,
      Model model) {
    String information = null;
    if (motDePasseModifie != null) {
      information =
          "Votre mot de passe est modifié. Vos autres sessions sont fermées ; un e-mail vous le"
              + " confirme.";
    } else if (sessionsFermees != null) {
      information =
          sessionsFermees == 0
              ? "Aucune autre session n'était ouverte."
              : sessionsFermees == 1
                  ? "Votre autre session est fermée."
                  : "Vos " + sessionsFermees + " autres sessions sont fermées.";
    }
    return page(model, requete, null, information);
  }

  @PostMapping(CHEMIN + "/mot-de-passe")
  String changePassword(
      @RequestParam(defaultValue = "") String motDePasseActuel,
      @RequestParam(defaultValue = "") String motDePasse,
      @RequestParam(defaultValue = "") String confirmation,
      HttpServletRequest requete,
      Model model) {
    try {
      changerMotDePasse.change(
          new ChangerMotDePasse.Demande(
              utilisateur(),
              motDePasseActuel,
              motDePasse,
              confirmation,
              requete.getRemoteAddr(),
              session(requete).getId()));
    } catch (CompteInvalideException refus) {
      return page(model, requete, refus.getMessage(), null);
    }
    // A new id for the session that stays, as after a login: an id seen before the change
    // (on a shared computer, in a log) no longer opens it.
    requete.changeSessionId();
    return "redirect:" + CHEMIN + "?motDePasseModifie";
  }

  @PostMapping(CHEMIN + "/sessions/fermeture")
  String closeOtherSessions(HttpServletRequest requete) {
    int fermees = fermerAutresSessions.close(utilisateur(), session(requete).getId());
    return "redirect:" + CHEMIN + "?sessionsFermees=" + fermees;
  }

  private String page(
      Model model,
      HttpServletRequest requete,
      @Nullable String erreur,
      @Nullable String information) {
    Utilisateur utilisateur = utilisateur();
    HttpSession session = session(requete);
    model.addAttribute(
        "page",
        new MonComptePage(
            utilisateur,
            matrice.role(utilisateur.role()).libelle(),
            queries.libelleRegion(utilisateur.codeRegion()).orElse(null),
            queries
                .connexionPrecedente(
                    utilisateur.id(),
                    Instant.ofEpochMilli(session.getCreationTime()).atOffset(ZoneOffset.UTC))
                .orElse(null),
            utilisateur.sub() == null && utilisateur.motDePasseDefini(),
            PolitiqueMotDePasse.ENONCE,
            sessions.lister(utilisateur.id(), session.getId()),
            erreur,
            information));
    return "compte/mon-compte";
  }

  /** The route rule ({@link Connecte}) let only a signed-in user in. */
  private Utilisateur utilisateur() {
    return courant.utilisateur().orElseThrow();
  }

  /** A signed-in user always has a session: it is where the login is kept. */
  private static HttpSession session(HttpServletRequest requete) {
    return requete.getSession();
  }
}
