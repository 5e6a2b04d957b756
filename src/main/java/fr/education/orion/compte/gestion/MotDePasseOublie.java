package fr.education.orion.compte.gestion;

import fr.education.orion.compte.Comptes;
import fr.education.orion.compte.FicheUtilisateur;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * Asks for a link to choose a new password. The request is only queued: looking the account up and
 * sending the e-mail happen after the answer ({@link EnvoiDiffere}), so that the answer is the
 * same, in the same time, whether the e-mail is known or not. Within the quotas of {@link
 * QuotasEnvoi} (per e-mail and per client address), only an active local account receives the link
 * (a single sign-on account has no Orion password); beyond them, no e-mail leaves.
 */
@Component
public class MotDePasseOublie {

  private static final Logger log = LoggerFactory.getLogger(MotDePasseOublie.class);

  private final Comptes comptes;
  private final JetonsCompte jetons;
  private final MailsCompte mails;
  private final JournalCompte journal;
  private final QuotasEnvoi quotas;
  private final EnvoiDiffere envoi;

  MotDePasseOublie(
      Comptes comptes,
      JetonsCompte jetons,
      MailsCompte mails,
      JournalCompte journal,
      QuotasEnvoi quotas,
      EnvoiDiffere envoi) {
    this.comptes = comptes;
    this.jetons = jetons;
    this.mails = mails;
    this.journal = journal;
    this.quotas = quotas;
    this.envoi = envoi;
  }

  /** A request for {@code email} from the client address {@code adresse}. */
  public void request(String email, String adresse) {
    String saisi = email.strip().toLowerCase(Locale.ROOT);
    if (saisi.isEmpty() || saisi.length() > FicheUtilisateur.LONGUEUR_EMAIL) {
      return;
    }
    envoi.executer("Demande de nouveau mot de passe", () -> envoyer(saisi, adresse));
  }

  private void envoyer(String email, String adresse) {
    if (!quotas.accorder(JetonsCompte.Nature.REINITIALISATION, email, adresse)) {
      comptes
          .parEmail(email)
          .ifPresent(
              utilisateur ->
                  journal.noter(
                      Evenement.DEMANDE_REINITIALISATION,
                      utilisateur.id(),
                      utilisateur.email(),
                      adresse,
                      "Aucun e-mail : trop de demandes récentes"));
      return;
    }
    comptes
        .parEmail(email)
        .filter(utilisateur -> utilisateur.actif() && utilisateur.sub() == null)
        .ifPresent(
            utilisateur -> {
              journal.noter(
                  Evenement.DEMANDE_REINITIALISATION,
                  utilisateur.id(),
                  utilisateur.email(),
                  adresse,
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
