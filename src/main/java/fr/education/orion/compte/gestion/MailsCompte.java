package fr.education.orion.compte.gestion;

import fr.education.orion.compte.Utilisateur;
import fr.education.orion.system.Format;
import java.time.OffsetDateTime;
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

  /**
   * Tells the user their password changed, and what to do if they did not change it: the
   * notification of ASVS 2.5.5, which reaches the owner even when someone else holds the password.
   * It holds no link with a token: only the address of « Mot de passe oublié ».
   */
  void motDePasseModifie(Utilisateur utilisateur, OffsetDateTime le, String comment) {
    envoyer(
        utilisateur,
        "Votre mot de passe Orion a été modifié",
        """
        Bonjour %s,

        Le mot de passe de votre compte Orion (%s) a été modifié le %s (heure de Paris), %s.

        Si c'est vous, vous n'avez rien à faire.

        Si ce n'est pas vous, quelqu'un d'autre connaît peut-être votre mot de passe ou a accès à \
        votre messagerie : choisissez dès maintenant un nouveau mot de passe avec « Mot de passe \
        oublié » sur la page de connexion,

        %s

        puis prévenez votre administrateur Orion.

        L'équipe Orion
        """
            .formatted(
                utilisateur.prenom(),
                utilisateur.email(),
                Format.moment(le),
                comment,
                adresse("/mot-de-passe-oublie")));
  }

  private String adresse(String chemin) {
    return UriComponentsBuilder.fromUriString(environnement.getRequiredProperty("orion.url"))
        .path(chemin)
        .build()
        .toUriString();
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
