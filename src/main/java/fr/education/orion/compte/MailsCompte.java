package fr.education.orion.compte;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The e-mails of accounts, in French, sent over SMTP ({@code ORION_SMTP_*}). Links are built on
 * Orion's configured public address ({@code ORION_URL}), never on the Host header of a request,
 * which a forged request could point elsewhere.
 */
@Component
class MailsCompte {

  private final JavaMailSender expediteur;
  private final Environment environnement;
  private final String adresseExpediteur;

  MailsCompte(
      JavaMailSender expediteur,
      Environment environnement,
      @Value("${orion.mail.expediteur}") String adresseExpediteur) {
    this.expediteur = expediteur;
    this.environnement = environnement;
    this.adresseExpediteur = adresseExpediteur;
  }

  void activation(Utilisateur utilisateur, String jeton) {
    envoyer(
        utilisateur,
        "Orion : activez votre compte",
        """
        Bonjour %s,

        Un compte Orion a été créé pour vous (rôle : %s). Pour l'activer, choisissez votre mot de \
        passe en suivant ce lien, valable 7 jours et une seule fois :

        %s

        Si vous n'attendiez pas ce message, ignorez-le.

        L'équipe Orion
        """
            .formatted(
                utilisateur.prenom(), utilisateur.role().code(), lien("/activation", jeton)));
  }

  void reinitialisation(Utilisateur utilisateur, String jeton) {
    envoyer(
        utilisateur,
        "Orion : choisir un nouveau mot de passe",
        """
        Bonjour %s,

        Vous avez demandé à choisir un nouveau mot de passe pour Orion. Suivez ce lien, valable \
        une heure et une seule fois :

        %s

        Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.

        L'équipe Orion
        """
            .formatted(utilisateur.prenom(), lien("/reinitialisation", jeton)));
  }

  private String lien(String chemin, String jeton) {
    return UriComponentsBuilder.fromUriString(environnement.getRequiredProperty("orion.url"))
        .path(chemin)
        .queryParam("jeton", jeton)
        .build()
        .toUriString();
  }

  private void envoyer(Utilisateur utilisateur, String sujet, String texte) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(adresseExpediteur);
    message.setTo(utilisateur.email());
    message.setSubject(sujet);
    message.setText(texte);
    expediteur.send(message);
  }
}
