package fr.education.orion.compte;

import fr.education.orion.compte.connexion.ConnexionCourante;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.Uai;
import fr.education.orion.system.Auteur;
import fr.education.orion.system.Autorise;
import fr.education.orion.system.Permission;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who is signed in for the current request, and whether they may act on some data: the helper any
 * module calls to check a scope against the région or UAI of the data it loaded, after the route
 * rule ({@link Autorise}) has checked the permission itself. A refusal is an exception that Orion
 * answers with 403 (a DSFR "accès refusé" page, or a problem for the API), or 401 when nobody is
 * signed in.
 */
@Component
public class CompteCourant implements Auteur {

  private static final Logger log = LoggerFactory.getLogger(CompteCourant.class);

  /**
   * The request attribute holding the signed-in {@link Utilisateur}, set by {@link
   * ConnexionCourante}.
   */
  static final String ATTRIBUT = CompteCourant.class.getName();

  /**
   * The session's principal name for an account: its id, which never changes (an e-mail may). A
   * single sign-on login must give its authentication this name too.
   */
  public static String nomPrincipal(long utilisateurId) {
    return Long.toString(utilisateurId);
  }

  /** The signed-in, active user of the current request; empty for anonymous visitors. */
  public Optional<Utilisateur> utilisateur() {
    return Optional.ofNullable(CompteConnecte.courant()).map(CompteConnecte::utilisateur);
  }

  @Override
  public Optional<String> email() {
    return utilisateur().map(Utilisateur::email);
  }

  public Optional<Droits> droits() {
    return Optional.ofNullable(CompteConnecte.courant()).map(CompteConnecte::droits);
  }

  /** May the current user use {@code permission} on data of this région? */
  public boolean mayActOnRegion(Permission permission, @Nullable CodeRegion codeRegion) {
    return droits().map(droits -> droits.autorise(permission, codeRegion, null)).orElse(false);
  }

  /** May the current user use {@code permission} on data of this établissement (and its région)? */
  public boolean mayActOnUai(
      Permission permission, Uai uai, @Nullable CodeRegion codeRegionDeLUai) {
    return droits().map(droits -> droits.autorise(permission, codeRegionDeLUai, uai)).orElse(false);
  }

  /** Refuses (401 or 403) unless the current user may use {@code permission} on this région. */
  public void checkRegion(Permission permission, @Nullable CodeRegion codeRegion) {
    if (!mayActOnRegion(permission, codeRegion)) {
      throw refus("de la région " + (codeRegion == null ? "non renseignée" : codeRegion));
    }
  }

  /** Refuses (401 or 403) unless the current user may use {@code permission} on this UAI. */
  public void checkUai(Permission permission, Uai uai, @Nullable CodeRegion codeRegionDeLUai) {
    if (!mayActOnUai(permission, uai, codeRegionDeLUai)) {
      throw refus("de l'établissement " + uai);
    }
  }

  /**
   * The route rule's check ({@link Autorise#region()}), on the région code as the URL gives it: a
   * malformed code is no région, and the refusal quotes it as it came.
   */
  void checkRegionOfRoute(Permission permission, @Nullable String code) {
    CodeRegion codeRegion =
        code != null && CodeRegion.estValide(code) ? new CodeRegion(code) : null;
    if (!mayActOnRegion(permission, codeRegion)) {
      throw refus("de la région " + (code == null ? "non renseignée" : code));
    }
  }

  private RuntimeException refus(String donnees) {
    Optional<Utilisateur> utilisateur = utilisateur();
    if (utilisateur.isEmpty()) {
      log.info("Accès refusé à un visiteur anonyme : données {}", donnees);
      return new AuthenticationCredentialsNotFoundException(
          "Connectez-vous pour accéder à cette page.");
    }
    log.warn(
        "Accès refusé au compte n° {} ({}) : données {}",
        utilisateur.get().id(),
        utilisateur.get().role().code(),
        donnees);
    return new AccessDeniedException("Vous n'avez pas accès aux données " + donnees + ".");
  }
}
