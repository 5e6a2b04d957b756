package fr.education.orion.compte.gestion;

import fr.education.orion.compte.Utilisateur;
import org.springframework.stereotype.Component;

/**
 * A login attempt on an account not activated yet sends its user a new activation link, after the
 * answer and within the quotas of {@link QuotasEnvoi}, instead of telling the visitor that the
 * account exists and waits for activation. The new link replaces the older ones.
 */
@Component
public class RelancerActivation {

  private final JetonsCompte jetons;
  private final MailsCompte mails;
  private final JournalCompte journal;
  private final QuotasEnvoi quotas;
  private final EnvoiDiffere envoi;

  RelancerActivation(
      JetonsCompte jetons,
      MailsCompte mails,
      JournalCompte journal,
      QuotasEnvoi quotas,
      EnvoiDiffere envoi) {
    this.jetons = jetons;
    this.mails = mails;
    this.journal = journal;
    this.quotas = quotas;
    this.envoi = envoi;
  }

  public void resend(Utilisateur utilisateur, String adresse) {
    envoi.executer(
        "Nouveau lien d'activation pour le compte n° " + utilisateur.id(),
        () -> {
          if (!quotas.accorder(JetonsCompte.Nature.ACTIVATION, utilisateur.email(), adresse)) {
            journal.noter(
                Evenement.RELANCE_ACTIVATION,
                utilisateur.id(),
                utilisateur.email(),
                adresse,
                "Aucun e-mail : trop de demandes récentes");
            return;
          }
          journal.noter(
              Evenement.RELANCE_ACTIVATION,
              utilisateur.id(),
              utilisateur.email(),
              adresse,
              "Lien d'activation renvoyé après une tentative de connexion");
          mails.activation(
              utilisateur, jetons.emettre(utilisateur.id(), JetonsCompte.Nature.ACTIVATION));
        });
  }
}
