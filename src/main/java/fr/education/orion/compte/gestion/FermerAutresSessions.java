package fr.education.orion.compte.gestion;

import fr.education.orion.compte.Utilisateur;
import fr.education.orion.compte.connexion.SessionsCompte;
import org.springframework.stereotype.Component;

/**
 * A signed-in user ends their other open sessions (ASVS 3.3.4), e.g. one left open on a shared
 * computer or one they do not recognise; the session asking stays open. Audited.
 */
@Component
public class FermerAutresSessions {

  private final SessionsCompte sessions;
  private final JournalCompte journal;

  FermerAutresSessions(SessionsCompte sessions, JournalCompte journal) {
    this.sessions = sessions;
    this.journal = journal;
  }

  /** Ends every session of {@code utilisateur} but {@code courante}; how many ended. */
  public int close(Utilisateur utilisateur, String courante) {
    int fermees = sessions.terminerAutres(utilisateur.id(), courante);
    journal.noter(
        Evenement.FERMETURE_SESSIONS,
        utilisateur.id(),
        utilisateur.email(),
        "Autres sessions fermées depuis « Mon compte » : " + fermees);
    return fermees;
  }
}
