package fr.education.orion.compte.web;

import fr.education.orion.compte.Utilisateur;
import fr.education.orion.compte.connexion.SessionOuverte;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What « Mon compte » shows: the signed-in user's identity (read-only), the form to change the
 * password (for a local account), the open sessions.
 *
 * @param libelleRole the role as the reference names it
 * @param libelleRegion the région's name, null for a national role
 * @param connexionPrecedente the login before the one of this session, null if none
 * @param motDePasseLocal whether the account signs in with an Orion password; a single sign-on
 *     account changes it at the ministry's portal
 * @param erreur why the password form was refused; what was typed is never given back
 * @param information what the last action did
 */
public record MonComptePage(
    Utilisateur utilisateur,
    String libelleRole,
    @Nullable String libelleRegion,
    @Nullable OffsetDateTime connexionPrecedente,
    boolean motDePasseLocal,
    String politique,
    List<SessionOuverte> sessions,
    @Nullable String erreur,
    @Nullable String information) {

  public MonComptePage {
    sessions = List.copyOf(sessions);
  }

  /** Whether other sessions than the current one are open, which the close button needs. */
  public boolean autresSessions() {
    return sessions.stream().anyMatch(session -> !session.courante());
  }
}
