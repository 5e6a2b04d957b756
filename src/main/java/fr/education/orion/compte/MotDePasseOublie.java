package fr.education.orion.compte;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * Asks for a link to choose a new password. The answer is the same whether the e-mail is known or
 * not, so that the page tells nobody who has an account; only an active local account receives the
 * link (a single sign-on account has no Orion password).
 */
@Component
class MotDePasseOublie {

  private static final Logger log = LoggerFactory.getLogger(MotDePasseOublie.class);

  private final Comptes comptes;
  private final JetonsCompte jetons;
  private final MailsCompte mails;
  private final JournalCompte journal;

  MotDePasseOublie(Comptes comptes, JetonsCompte jetons, MailsCompte mails, JournalCompte journal) {
    this.comptes = comptes;
    this.jetons = jetons;
    this.mails = mails;
    this.journal = journal;
  }

  void demander(String email) {
    comptes
        .parEmail(email)
        .filter(utilisateur -> utilisateur.actif() && utilisateur.sub() == null)
        .ifPresent(
            utilisateur -> {
              journal.noter(
                  Evenement.DEMANDE_REINITIALISATION,
                  utilisateur.id(),
                  utilisateur.email(),
                  "Lien envoyé");
              try {
                mails.reinitialisation(
                    utilisateur,
                    jetons.emettre(utilisateur.id(), JetonsCompte.Nature.REINITIALISATION));
              } catch (MailException e) {
                log.error("E-mail de réinitialisation non envoyé à {}", utilisateur.email(), e);
              }
            });
  }
}
