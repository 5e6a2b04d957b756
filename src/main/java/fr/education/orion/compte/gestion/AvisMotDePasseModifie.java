package fr.education.orion.compte.gestion;

import fr.education.orion.compte.Utilisateur;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the notice « Votre mot de passe Orion a été modifié » after a change of password from « Mon
 * compte » or from a new-password link (an activation chooses a first password: nothing to warn
 * about). It leaves once the change is committed, so that a change rolled back announces nothing,
 * and after the answer ({@link EnvoiDiffere}), so that a slow SMTP server never delays the user.
 */
@Component
class AvisMotDePasseModifie {

  private final MailsCompte mails;
  private final EnvoiDiffere envoi;

  AvisMotDePasseModifie(MailsCompte mails, EnvoiDiffere envoi) {
    this.mails = mails;
    this.envoi = envoi;
  }

  /** {@code comment} ends the sentence « modifié le …, », e.g. « depuis la page Mon compte ». */
  void annoncer(Utilisateur utilisateur, String comment) {
    OffsetDateTime le = OffsetDateTime.now();
    Runnable envoyer =
        () ->
            envoi.executer(
                "Avis de mot de passe modifié au compte n° " + utilisateur.id(),
                () -> mails.motDePasseModifie(utilisateur, le, comment));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              envoyer.run();
            }
          });
    } else {
      envoyer.run();
    }
  }
}
