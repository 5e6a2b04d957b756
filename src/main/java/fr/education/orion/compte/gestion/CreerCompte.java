package fr.education.orion.compte.gestion;

import fr.education.orion.compte.CompteCourant;
import fr.education.orion.compte.Comptes;
import fr.education.orion.compte.FicheUtilisateur;
import fr.education.orion.compte.Utilisateur;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * An administrator creates an account, within the roles and the région it manages; the new user
 * receives an activation e-mail to choose a password. If the e-mail cannot be sent, the account is
 * kept and the administrator is told, so that the user can ask for a link with « Mot de passe
 * oublié ».
 */
@Component
public class CreerCompte {

  /** The account created, and whether its activation e-mail left. */
  public record Resultat(Utilisateur utilisateur, boolean mailEnvoye) {}

  private static final Logger log = LoggerFactory.getLogger(CreerCompte.class);

  private final Comptes comptes;
  private final CompteCourant courant;
  private final Hierarchie hierarchie;
  private final JetonsCompte jetons;
  private final MailsCompte mails;

  CreerCompte(
      Comptes comptes,
      CompteCourant courant,
      Hierarchie hierarchie,
      JetonsCompte jetons,
      MailsCompte mails) {
    this.comptes = comptes;
    this.courant = courant;
    this.hierarchie = hierarchie;
    this.jetons = jetons;
    this.mails = mails;
  }

  public Resultat create(FicheUtilisateur fiche) {
    hierarchie.check(courant.droits().orElseThrow(), fiche.role(), fiche.codeRegion());
    Utilisateur utilisateur = comptes.create(fiche);
    try {
      mails.activation(
          utilisateur, jetons.emettre(utilisateur.id(), JetonsCompte.Nature.ACTIVATION));
      return new Resultat(utilisateur, true);
    } catch (MailException e) {
      log.error("E-mail d'activation non envoyé à {}", utilisateur.email(), e);
      return new Resultat(utilisateur, false);
    }
  }
}
