package fr.education.orion.compte.connexion;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why an SSO login was refused, with what the refusal page tells the user: each reason has its own
 * page, saying what happened and what to do, since the user cannot fix a rights problem alone.
 *
 * @param statut HTTP status of the refusal page: 403 when Orion refuses the person, 502 when the
 *     identity provider failed, 400 when the login itself did not complete, 404 when this
 *     installation does not offer single sign-on
 */
public enum RefusSso {
  EMAIL_ABSENT(
      403,
      "Adresse électronique manquante",
      "Le portail d'authentification de l'Éducation nationale n'a pas transmis votre adresse"
          + " électronique : Orion ne peut pas vous identifier sans elle. Vérifiez qu'une adresse"
          + " est renseignée dans l'annuaire de votre académie, puis reconnectez-vous."),
  COMPTE_DESACTIVE(
      403,
      "Compte désactivé",
      "Votre compte Orion a été désactivé. Pour le réactiver, contactez l'administrateur Orion de"
          + " votre région ou l'équipe Orion."),
  AUCUN_DROIT(
      403,
      "Aucun droit d'accès à Orion",
      "Votre profil ne donne accès à aucun rôle dans Orion. L'accès passe par l'un des groupes"
          + " Orion (GRP_ORIONIJ_…) de l'annuaire de votre académie ou par une fonction de direction"
          + " d'établissement. Demandez à votre académie de vous ajouter au groupe qui convient."),
  ETABLISSEMENT_INCONNU(
      403,
      "Établissement inconnu d'Orion",
      "Vous êtes reconnu comme personnel de direction, mais aucun des établissements que vous"
          + " dirigez, ou pour lesquels vous avez une délégation en cours, n'est connu d'Orion."
          + " Vérifiez votre délégation, ou écrivez à l'équipe Orion en indiquant l'UAI de votre"
          + " établissement."),
  ACADEMIE_INCONNUE(
      403,
      "Académie non reconnue",
      "Votre rôle dans Orion est régional, mais le portail n'a pas transmis d'académie connue"
          + " (code codaca) : Orion ne peut pas déterminer votre région. Vérifiez le rattachement de"
          + " votre compte dans l'annuaire de votre académie."),
  FOURNISSEUR_INDISPONIBLE(
      502,
      "Portail d'authentification indisponible",
      "Orion n'a pas pu obtenir votre identité auprès du portail d'authentification de l'Éducation"
          + " nationale : il est injoignable ou a répondu par une erreur. Réessayez dans quelques"
          + " minutes ; si le problème persiste, contactez l'équipe Orion."),
  JETON_INVALIDE(
      502,
      "Identité non vérifiée",
      "Le portail d'authentification a répondu, mais Orion n'a pas pu vérifier la réponse (jeton"
          + " d'identité invalide, expiré ou destiné à un autre service). Reconnectez-vous ; si le"
          + " problème persiste, contactez l'équipe Orion."),
  CONNEXION_INTERROMPUE(
      400,
      "Connexion interrompue",
      "La connexion n'a pas abouti : elle a été annulée, a expiré, ou a été commencée dans un autre"
          + " onglet ou navigateur. Recommencez depuis la page de connexion."),
  NON_PROPOSEE(
      404,
      "Connexion par le portail non proposée",
      "Cette installation d'Orion ne propose pas la connexion par le portail de l'Éducation"
          + " nationale. Connectez-vous avec votre adresse électronique et votre mot de passe Orion,"
          + " ou adressez-vous à l'administrateur Orion de votre région.");

  private final int statut;
  private final String titre;
  private final String message;

  RefusSso(int statut, String titre, String message) {
    this.statut = statut;
    this.titre = titre;
    this.message = message;
  }

  public int statut() {
    return statut;
  }

  public String titre() {
    return titre;
  }

  public String message() {
    return message;
  }

  /** The code carried in URLs and OAuth2 errors, e.g. {@code compte-desactive}. */
  String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<RefusSso> deCode(String code) {
    return Arrays.stream(values()).filter(refus -> refus.code().equals(code)).findFirst();
  }
}
