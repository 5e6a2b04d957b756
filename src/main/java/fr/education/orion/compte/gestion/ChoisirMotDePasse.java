package fr.education.orion.compte.gestion;

import fr.education.orion.compte.CompteInvalideException;
import fr.education.orion.compte.Comptes;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.compte.connexion.SessionsCompte;
import fr.education.orion.compte.connexion.TentativesConnexion;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chooses a password from an e-mailed link: activation of a new account, or a new password. The
 * link is spent only when the password is accepted (a refused one leaves it usable). A new password
 * ends the account's other sessions, in case someone else had it, and forgets the account's failed
 * logins, so that whoever was slowed down can sign in at once. A new password (not an activation,
 * which chooses the first one) is announced to the account's e-mail ({@link
 * AvisMotDePasseModifie}).
 */
@Component
public class ChoisirMotDePasse {

  public static final String LIEN_INVALIDE =
      "Ce lien n'est plus valable : il a déjà servi ou il a expiré. Demandez-en un nouveau avec"
          + " « Mot de passe oublié ».";

  private final Comptes comptes;
  private final JetonsCompte jetons;
  private final MotsDePasse motsDePasse;
  private final JournalCompte journal;
  private final SessionsCompte sessions;
  private final TentativesConnexion tentatives;
  private final AvisMotDePasseModifie avis;

  ChoisirMotDePasse(
      Comptes comptes,
      JetonsCompte jetons,
      MotsDePasse motsDePasse,
      JournalCompte journal,
      SessionsCompte sessions,
      TentativesConnexion tentatives,
      AvisMotDePasseModifie avis) {
    this.comptes = comptes;
    this.jetons = jetons;
    this.motsDePasse = motsDePasse;
    this.journal = journal;
    this.sessions = sessions;
    this.tentatives = tentatives;
    this.avis = avis;
  }

  /** The account a link is valid for, if it is. */
  public Optional<Utilisateur> compteDuLien(String jeton, JetonsCompte.Nature nature) {
    return jetons.check(jeton, nature).flatMap(comptes::parId).filter(Utilisateur::actif);
  }

  /**
   * Sets the password; throws {@link CompteInvalideException} with the reason when the link is not
   * valid, the two entries differ or the policy refuses the password.
   */
  @Transactional
  public void choose(
      String jeton, JetonsCompte.Nature nature, String motDePasse, String confirmation) {
    Utilisateur utilisateur =
        compteDuLien(jeton, nature).orElseThrow(() -> new CompteInvalideException(LIEN_INVALIDE));
    if (!motDePasse.equals(confirmation)) {
      throw new CompteInvalideException("Les deux mots de passe saisis sont différents.");
    }
    motsDePasse.definir(utilisateur, motDePasse);
    jetons.consommer(jeton, nature).orElseThrow(() -> new CompteInvalideException(LIEN_INVALIDE));
    journal.noter(
        nature == JetonsCompte.Nature.ACTIVATION
            ? Evenement.ACTIVATION
            : Evenement.REINITIALISATION,
        utilisateur.id(),
        utilisateur.email(),
        "Mot de passe choisi par lien reçu par e-mail");
    sessions.terminer(utilisateur.id());
    tentatives.effacer(utilisateur.email());
    if (nature == JetonsCompte.Nature.REINITIALISATION) {
      avis.annoncer(utilisateur, "avec un lien « Mot de passe oublié » reçu par e-mail");
    }
  }
}
