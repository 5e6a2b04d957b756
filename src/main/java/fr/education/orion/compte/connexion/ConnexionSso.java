package fr.education.orion.compte.connexion;

import fr.education.orion.compte.Comptes;
import fr.education.orion.compte.FicheUtilisateur;
import fr.education.orion.compte.Role;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.compte.connexion.DroitsSso.Accordes;
import fr.education.orion.compte.gestion.Evenement;
import fr.education.orion.compte.gestion.JournalCompte;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A single sign-on login: finds the account of the hub's subject (or of its e-mail, for an account
 * an administrator created before), refuses a disabled account or a user without rights, then
 * creates the account or brings it up to date.
 *
 * <p>What a later login changes: the identity (e-mail, first name, last name, subject) always
 * follows the hub, which is the source of truth for who the person is. The rights (role, fonction,
 * région, UAIs) follow the hub too, as one block, <em>unless an administrator set them</em>: when
 * the account's rights differ from those the previous SSO login gave, or the account was created by
 * an administrator before its first SSO login, they are kept. An administrator's deliberate
 * decision (say, raising a DRAFPIC to Admin RA, or giving a perdir a second établissement) must not
 * be undone silently at the next login, while an ordinary change at the ministry (a move to another
 * académie, a new établissement) must reach Orion without anyone's action. The rights are one block
 * because they depend on each other: a région without its role, or UAIs without the perdir role,
 * would make an account Orion refuses.
 */
@Component
class ConnexionSso {

  /** What a login did, for the notice shown after it. */
  enum Issue {
    /** The account did not exist. */
    COMPTE_CREE,
    /** A local account, now linked to the hub: its password no longer works. */
    COMPTE_LIE,
    /** An account already linked to the hub. */
    CONNECTE
  }

  /** A successful login. */
  record Connexion(Utilisateur utilisateur, Issue issue) {}

  static final String SUB = "sub";
  static final String EMAIL = "email";
  static final String PRENOM = "given_name";
  static final String NOM = "family_name";

  private final Comptes comptes;
  private final DroitsSso droitsSso;
  private final DerniersDroitsSso derniersDroits;
  private final JournalCompte journal;

  ConnexionSso(
      Comptes comptes,
      DroitsSso droitsSso,
      DerniersDroitsSso derniersDroits,
      JournalCompte journal) {
    this.comptes = comptes;
    this.droitsSso = droitsSso;
    this.derniersDroits = derniersDroits;
    this.journal = journal;
  }

  /**
   * @throws ConnexionSsoRefusee for a login without e-mail, a disabled account, or a user the
   *     mapping gives no usable rights
   */
  @Transactional
  Connexion connecter(AttributsSso attributs) {
    String email =
        attributs
            .valeur(EMAIL)
            .map(adresse -> adresse.toLowerCase(Locale.ROOT))
            .orElseThrow(() -> new ConnexionSsoRefusee(RefusSso.EMAIL_ABSENT));
    String sub = attributs.valeur(SUB).orElseThrow();
    Optional<Utilisateur> existant = comptes.parSub(sub).or(() -> comptes.parEmail(email));
    if (existant.isPresent() && !existant.get().actif()) {
      throw new ConnexionSsoRefusee(RefusSso.COMPTE_DESACTIVE);
    }
    Accordes droits = droitsSso.de(attributs);
    Connexion connexion =
        existant
            .map(utilisateur -> mettreAJour(utilisateur, attributs, email, sub, droits))
            .orElseGet(() -> create(attributs, email, sub, droits));
    derniersDroits.retenir(connexion.utilisateur().id(), droits);
    journal.noter(
        Evenement.CONNEXION,
        connexion.utilisateur().id(),
        email,
        "Authentification unique (" + droits.role() + ")");
    return connexion;
  }

  private Connexion create(AttributsSso attributs, String email, String sub, Accordes droits) {
    Utilisateur cree = comptes.create(fiche(attributs, email, droits));
    return new Connexion(comptes.lierSso(cree.id(), sub), Issue.COMPTE_CREE);
  }

  private Connexion mettreAJour(
      Utilisateur utilisateur, AttributsSso attributs, String email, String sub, Accordes droits) {
    Accordes retenus = suiventLeFournisseur(utilisateur) ? droits : droitsDe(utilisateur);
    FicheUtilisateur fiche = fiche(attributs, email, retenus);
    if (!fiche.equals(utilisateur.fiche())) {
      comptes.update(utilisateur.id(), fiche);
    }
    boolean dejaLie = sub.equals(utilisateur.sub()) && !utilisateur.motDePasseDefini();
    if (dejaLie) {
      return new Connexion(comptes.parId(utilisateur.id()).orElseThrow(), Issue.CONNECTE);
    }
    return new Connexion(
        comptes.lierSso(utilisateur.id(), sub),
        utilisateur.sub() == null ? Issue.COMPTE_LIE : Issue.CONNECTE);
  }

  /** True unless an administrator set the account's rights since the last SSO login. */
  private boolean suiventLeFournisseur(Utilisateur utilisateur) {
    return derniersDroits
        .de(utilisateur.id())
        .map(derniers -> derniers.tries().equals(droitsDe(utilisateur).tries()))
        .orElse(false);
  }

  private static Accordes droitsDe(Utilisateur utilisateur) {
    return new Accordes(
        utilisateur.role().code(),
        utilisateur.fonction(),
        utilisateur.codeRegion(),
        utilisateur.uais());
  }

  /**
   * The account as the hub describes it. The ministry's hub always sends both names; another
   * provider may not, and an account needs them: the e-mail then stands in.
   */
  private static FicheUtilisateur fiche(AttributsSso attributs, String email, Accordes droits) {
    return new FicheUtilisateur(
        email,
        borne(attributs.valeur(PRENOM).orElse(email)),
        borne(attributs.valeur(NOM).orElse(email)),
        Role.of(droits.role()),
        droits.fonction(),
        droits.codeRegion(),
        droits.tries().uais(),
        true);
  }

  /**
   * A name from the provider cut to the bound of the account form, rather than refusing the login
   * over it: the provider is trusted, its names are not typed by the visitor.
   */
  private static String borne(String nom) {
    return nom.length() > FicheUtilisateur.LONGUEUR_NOM
        ? nom.substring(0, FicheUtilisateur.LONGUEUR_NOM)
        : nom;
  }
}
