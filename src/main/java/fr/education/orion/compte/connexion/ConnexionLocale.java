package fr.education.orion.compte.connexion;

import static fr.education.orion.schema.Tables.UTILISATEUR;

import fr.education.orion.compte.CompteCourant;
import fr.education.orion.compte.Comptes;
import fr.education.orion.compte.FicheUtilisateur;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.compte.gestion.Evenement;
import fr.education.orion.compte.gestion.JournalCompte;
import fr.education.orion.compte.gestion.RelancerActivation;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Login with an e-mail and a password. Every refusal reads the same ({@link #REFUS}), whatever the
 * reason (unknown e-mail, wrong password, account not activated yet, single sign-on account,
 * disabled account), and takes as long (one hash comparison in every case), so that the form tells
 * nobody who has an account; the audit keeps the real reason. A login on an account not activated
 * yet sends its user a new activation link ({@link RelancerActivation}) instead of saying so.
 *
 * <p>Failed logins slow down their pair of e-mail and client address, and the client address
 * ({@link TentativesConnexion}): past the thresholds, the password is not even checked until the
 * wait is over, and the visitor is told how long to wait (unknown e-mails are slowed down alike, so
 * this tells nothing either). A successful login forgets the account's failures.
 */
@Component
public class ConnexionLocale implements AuthenticationProvider {

  static final String REFUS =
      "Adresse e-mail ou mot de passe incorrect. Si votre compte n'est pas encore activé, un"
          + " nouveau lien d'activation vous est envoyé par e-mail.";

  /** Longer than any password the policy accepts (72 bytes) by far: not worth a hash. */
  private static final int LONGUEUR_MAXIMALE_MOT_DE_PASSE = 1000;

  /** Compared against when the account is unknown, so that both cases take as long. */
  private final String empreinteLeurre;

  private final DSLContext dsl;
  private final Comptes comptes;
  private final PasswordEncoder encodeur;
  private final JournalCompte journal;
  private final TentativesConnexion tentatives;
  private final RelancerActivation relance;

  ConnexionLocale(
      DSLContext dsl,
      Comptes comptes,
      PasswordEncoder encodeur,
      JournalCompte journal,
      TentativesConnexion tentatives,
      RelancerActivation relance) {
    this.dsl = dsl;
    this.comptes = comptes;
    this.encodeur = encodeur;
    this.journal = journal;
    this.tentatives = tentatives;
    this.relance = relance;
    this.empreinteLeurre = encodeur.encode("leurre-pour-un-compte-inconnu");
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String email = String.valueOf(authentication.getName()).strip().toLowerCase(Locale.ROOT);
    String motDePasse = String.valueOf(authentication.getCredentials());
    String adresse = Objects.requireNonNullElse(adresse(authentication), "inconnue");
    if (email.length() > FicheUtilisateur.LONGUEUR_EMAIL
        || motDePasse.length() > LONGUEUR_MAXIMALE_MOT_DE_PASSE) {
      journal.noter(Evenement.ECHEC_CONNEXION, null, null, adresse, "Saisie trop longue");
      throw new BadCredentialsException(REFUS);
    }
    Optional<Duration> attente = tentatives.reserver(email, adresse);
    if (attente.isPresent()) {
      journal.noter(Evenement.CONNEXION_BLOQUEE, null, email, adresse, "Trop d'échecs récents");
      throw new LockedException(attendre(attente.get()));
    }
    Utilisateur utilisateur = comptes.parEmail(email).orElse(null);
    String empreinte = utilisateur == null ? null : empreinte(utilisateur.id());
    // Always one hash comparison, so that an unknown e-mail answers as slowly as a known one.
    boolean correct =
        encodeur.matches(motDePasse, empreinte == null ? empreinteLeurre : empreinte)
            && empreinte != null;
    if (!correct || !utilisateur.actif()) {
      journal.noter(
          Evenement.ECHEC_CONNEXION,
          utilisateur == null ? null : utilisateur.id(),
          email,
          adresse,
          motifDuRefus(utilisateur, empreinte, correct));
      tentatives.echouer(adresse);
      if (utilisateur != null && attendActivation(utilisateur, empreinte)) {
        relance.resend(utilisateur, adresse);
      }
      throw new BadCredentialsException(REFUS);
    }
    tentatives.effacer(email);
    journal.noter(
        Evenement.CONNEXION, utilisateur.id(), email, adresse, "Connexion par mot de passe");
    return UsernamePasswordAuthenticationToken.authenticated(
        CompteCourant.nomPrincipal(utilisateur.id()), null, List.of());
  }

  /** What a throttled visitor reads: how long to wait, rounded up to the minute. */
  public static String attendre(Duration attente) {
    long minutes = Math.max(1, (attente.toSeconds() + 59) / 60);
    return "Trop de tentatives de connexion ont échoué. Par sécurité, attendez "
        + minutes
        + (minutes > 1 ? " minutes" : " minute")
        + " avant de réessayer, ou choisissez un nouveau mot de passe avec « Mot de passe"
        + " oublié ».";
  }

  /** An active local account that has never had a password: its activation link was not used. */
  private static boolean attendActivation(Utilisateur utilisateur, @Nullable String empreinte) {
    return utilisateur.actif() && empreinte == null && utilisateur.sub() == null;
  }

  /** Why a login is refused, for the audit only: the visitor always reads {@link #REFUS}. */
  private static String motifDuRefus(
      @Nullable Utilisateur utilisateur, @Nullable String empreinte, boolean correct) {
    if (utilisateur == null) {
      return "Compte inconnu";
    }
    if (empreinte == null) {
      return utilisateur.sub() != null
          ? "Compte de l'authentification unique, sans mot de passe Orion"
          : "Compte pas encore activé";
    }
    return correct ? "Compte désactivé" : "Mot de passe incorrect";
  }

  private @Nullable String empreinte(long id) {
    return dsl.select(UTILISATEUR.MOT_DE_PASSE)
        .from(UTILISATEUR)
        .where(UTILISATEUR.ID.eq(id))
        .fetchOne(UTILISATEUR.MOT_DE_PASSE);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private static @Nullable String adresse(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress()
        : null;
  }
}
