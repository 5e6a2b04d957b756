package fr.education.orion.compte.gestion;

import static fr.education.orion.schema.Tables.UTILISATEUR;

import fr.education.orion.compte.CompteInvalideException;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.compte.connexion.ConnexionLocale;
import fr.education.orion.compte.connexion.SessionsCompte;
import fr.education.orion.compte.connexion.TentativesConnexion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in user changes their password from « Mon compte », giving the current one (ASVS 2.1.5,
 * 2.1.6): a stolen open session alone does not let anyone take the account. The current password is
 * checked like a login and counted by the same throttling ({@link TentativesConnexion}, the
 * account's e-mail with the client address), so that this form is no way around it; it is checked
 * first, so that every wrong guess counts, whatever the new password. Then the policy ({@link
 * PolitiqueMotDePasse}) judges the new one. Once changed, the account's other sessions end (ASVS
 * 3.3.3) — the caller gives the current one a new id —, its failed logins are forgotten, the change
 * is audited and announced by e-mail ({@link AvisMotDePasseModifie}).
 */
@Component
public class ChangerMotDePasse {

  static final String ACTUEL_INCORRECT = "Le mot de passe actuel est incorrect.";
  static final String ACTUEL_MANQUANT = "Saisissez votre mot de passe actuel.";
  static final String SANS_MOT_DE_PASSE =
      "Votre compte se connecte par le portail de l'Éducation nationale : son mot de passe se"
          + " change sur ce portail, pas dans Orion.";

  /**
   * A change of the password of {@code utilisateur}, asked from the client address {@code adresse}
   * in the session {@code session}, which stays open.
   */
  public record Demande(
      Utilisateur utilisateur,
      String actuel,
      String nouveau,
      String confirmation,
      String adresse,
      String session) {}

  private final DSLContext dsl;
  private final PasswordEncoder encodeur;
  private final MotsDePasse motsDePasse;
  private final TentativesConnexion tentatives;
  private final JournalCompte journal;
  private final SessionsCompte sessions;
  private final AvisMotDePasseModifie avis;

  ChangerMotDePasse(
      DSLContext dsl,
      PasswordEncoder encodeur,
      MotsDePasse motsDePasse,
      TentativesConnexion tentatives,
      JournalCompte journal,
      SessionsCompte sessions,
      AvisMotDePasseModifie avis) {
    this.dsl = dsl;
    this.encodeur = encodeur;
    this.motsDePasse = motsDePasse;
    this.tentatives = tentatives;
    this.journal = journal;
    this.sessions = sessions;
    this.avis = avis;
  }

  /**
   * Changes the password; throws {@link CompteInvalideException} with the reason, in French, when
   * the current password is wrong or must wait, the two entries differ or the policy refuses it.
   * Returns how many other sessions ended.
   */
  @Transactional(noRollbackFor = CompteInvalideException.class)
  public int change(Demande demande) {
    Utilisateur utilisateur = demande.utilisateur();
    String empreinte = empreinte(utilisateur.id());
    if (utilisateur.sub() != null || empreinte == null) {
      throw new CompteInvalideException(SANS_MOT_DE_PASSE);
    }
    if (demande.actuel().isEmpty()) {
      // Not a guess: nothing to count.
      throw new CompteInvalideException(ACTUEL_MANQUANT);
    }
    checkActuel(utilisateur, demande.actuel(), empreinte, demande.adresse());
    if (!demande.nouveau().equals(demande.confirmation())) {
      throw new CompteInvalideException("Les deux nouveaux mots de passe saisis sont différents.");
    }
    if (demande.nouveau().equals(demande.actuel())) {
      throw new CompteInvalideException(
          "Le nouveau mot de passe doit être différent du mot de passe actuel.");
    }
    motsDePasse.definir(utilisateur, demande.nouveau());
    int fermees = sessions.terminerAutres(utilisateur.id(), demande.session());
    journal.noter(
        Evenement.CHANGEMENT_MOT_DE_PASSE,
        utilisateur.id(),
        utilisateur.email(),
        demande.adresse(),
        "Mot de passe changé depuis « Mon compte » ; autres sessions fermées : " + fermees);
    avis.annoncer(utilisateur, "depuis la page « Mon compte » d'Orion");
    return fermees;
  }

  /**
   * The current password, checked as a login is: counted before the comparison, so that guesses
   * sent in parallel cannot all pass before the first failure is written; a right one forgets the
   * account's failures, as a login does.
   */
  private void checkActuel(
      Utilisateur utilisateur, String actuel, String empreinte, String adresse) {
    Optional<Duration> attente = tentatives.reserver(utilisateur.email(), adresse);
    if (attente.isPresent()) {
      journal.noter(
          Evenement.CONNEXION_BLOQUEE,
          utilisateur.id(),
          utilisateur.email(),
          adresse,
          "Changement de mot de passe : trop d'échecs récents");
      throw new CompteInvalideException(ConnexionLocale.attendre(attente.get()));
    }
    if (!correspond(actuel, empreinte)) {
      journal.noter(
          Evenement.ECHEC_CONNEXION,
          utilisateur.id(),
          utilisateur.email(),
          adresse,
          "Mot de passe actuel incorrect, pour changer de mot de passe");
      tentatives.echouer(adresse);
      throw new CompteInvalideException(ACTUEL_INCORRECT);
    }
    tentatives.effacer(utilisateur.email());
  }

  /** BCrypt reads 72 bytes at most: a longer entry cannot be a password the policy accepted. */
  private boolean correspond(String actuel, String empreinte) {
    return actuel.getBytes(StandardCharsets.UTF_8).length <= PolitiqueMotDePasse.OCTETS_MAXIMUM
        && encodeur.matches(actuel, empreinte);
  }

  private @Nullable String empreinte(long id) {
    return dsl.select(UTILISATEUR.MOT_DE_PASSE)
        .from(UTILISATEUR)
        .where(UTILISATEUR.ID.eq(id))
        .fetchOne(UTILISATEUR.MOT_DE_PASSE);
  }
}
