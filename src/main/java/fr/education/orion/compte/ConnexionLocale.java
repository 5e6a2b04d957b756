package fr.education.orion.compte;

import static fr.education.orion.schema.Tables.UTILISATEUR;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Login with an e-mail and a password. Failed logins are throttled per account and per client
 * address (counted from the audit, so that every instance sees them): past the limit, the password
 * is not even checked until the window has passed. The refusals say why, in French, except that an
 * unknown e-mail and a wrong password read the same.
 */
@Component
class ConnexionLocale implements AuthenticationProvider {

  static final int ECHECS_PAR_COMPTE = 5;
  static final int ECHECS_PAR_ADRESSE = 20;
  static final Duration FENETRE = Duration.ofMinutes(15);

  /** Compared against when the account is unknown, so that both cases take as long. */
  private final String empreinteLeurre;

  private final DSLContext dsl;
  private final Comptes comptes;
  private final PasswordEncoder encodeur;
  private final JournalCompte journal;

  ConnexionLocale(
      DSLContext dsl, Comptes comptes, PasswordEncoder encodeur, JournalCompte journal) {
    this.dsl = dsl;
    this.comptes = comptes;
    this.encodeur = encodeur;
    this.journal = journal;
    this.empreinteLeurre = encodeur.encode("leurre-pour-un-compte-inconnu");
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String email = String.valueOf(authentication.getName()).strip().toLowerCase(Locale.ROOT);
    String motDePasse = String.valueOf(authentication.getCredentials());
    String adresse = adresse(authentication);
    if (journal.echecsRecentsPourEmail(email, FENETRE) >= ECHECS_PAR_COMPTE
        || (adresse != null
            && journal.echecsRecentsPourAdresse(adresse, FENETRE) >= ECHECS_PAR_ADRESSE)) {
      journal.noter(Evenement.CONNEXION_BLOQUEE, null, email, adresse, "Trop d'échecs récents");
      throw new LockedException(
          "Trop de tentatives de connexion ont échoué. Par sécurité, attendez "
              + FENETRE.toMinutes()
              + " minutes avant de réessayer, ou choisissez un nouveau mot de passe avec « Mot de"
              + " passe oublié ».");
    }
    Utilisateur utilisateur = comptes.parEmail(email).orElse(null);
    String empreinte = utilisateur == null ? null : empreinte(utilisateur.id());
    // Always one hash comparison, so that an unknown e-mail answers as slowly as a known one.
    boolean correct =
        encodeur.matches(motDePasse, empreinte == null ? empreinteLeurre : empreinte)
            && empreinte != null;
    if (!correct || !utilisateur.actif()) {
      String motif = motifDuRefus(utilisateur, empreinte, correct);
      journal.noter(
          Evenement.ECHEC_CONNEXION,
          utilisateur == null ? null : utilisateur.id(),
          email,
          adresse,
          motif);
      throw correct ? new DisabledException(motif) : new BadCredentialsException(motif);
    }
    journal.noter(
        Evenement.CONNEXION, utilisateur.id(), email, adresse, "Connexion par mot de passe");
    return UsernamePasswordAuthenticationToken.authenticated(
        CompteCourant.nomPrincipal(utilisateur.id()), null, List.of());
  }

  /**
   * Why a login is refused. An account without a password says so (not activated yet, or single
   * sign-on), as the reference did; a disabled account says so only to whoever knows its password.
   */
  private static String motifDuRefus(
      @Nullable Utilisateur utilisateur, @Nullable String empreinte, boolean correct) {
    if (utilisateur != null && empreinte == null) {
      return utilisateur.sub() != null
          ? "Ce compte se connecte par le portail du ministère (authentification unique)."
          : "Ce compte n'est pas encore activé : suivez le lien d'activation reçu par e-mail, ou"
              + " demandez un nouveau lien avec « Mot de passe oublié ».";
    }
    if (correct) {
      return "Ce compte est désactivé. Adressez-vous à l'administrateur Orion de votre région.";
    }
    return "Adresse e-mail ou mot de passe incorrect.";
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
