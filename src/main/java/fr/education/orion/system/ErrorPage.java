package fr.education.orion.system;

import org.jspecify.annotations.Nullable;

/**
 * What an error says, in French, on a page and in an API problem alike: a title and a message for
 * each status, or the detail the application gave ({@link Problems}). Never the framework's or the
 * server's own (English) wording, and never a command-line hint: the reader is on the web.
 */
public record ErrorPage(int statut, String titre, String message) {

  static ErrorPage of(int statut, @Nullable String detail) {
    return switch (statut) {
      case 400 ->
          avec(
              statut,
              "Requête invalide",
              detail,
              "La requête est mal formée. Vérifiez l'adresse saisie ou le formulaire envoyé.");
      case 401 ->
          avec(statut, "Connexion requise", detail, "Connectez-vous pour accéder à ce contenu.");
      case 403 ->
          new ErrorPage(
              statut,
              "Accès refusé",
              "Vous n'avez pas les droits nécessaires pour voir cette page.");
      case 404 ->
          avec(
              statut,
              "Page non trouvée",
              detail,
              "La page que vous cherchez est introuvable. Vérifiez l'adresse saisie.");
      case 405 ->
          new ErrorPage(
              statut,
              "Méthode non autorisée",
              "Cette adresse existe, mais ne répond pas à ce type de requête.");
      case 406 ->
          new ErrorPage(
              statut,
              "Format non disponible",
              "Cette adresse ne peut pas répondre dans le format demandé.");
      case 408 ->
          new ErrorPage(
              statut,
              "Délai dépassé",
              "La requête a mis trop de temps à parvenir au serveur. Réessayez.");
      case 413 ->
          new ErrorPage(
              statut,
              "Envoi trop volumineux",
              "Le fichier envoyé dépasse la taille maximale acceptée. Compressez-le (.csv.gz)"
                  + " avant de l'envoyer.");
      case 414 ->
          new ErrorPage(
              statut,
              "Adresse trop longue",
              "L'adresse demandée est trop longue. Raccourcissez-la, par exemple en retirant des"
                  + " filtres.");
      case 415 ->
          new ErrorPage(
              statut,
              "Format non accepté",
              "Le contenu envoyé n'est pas dans un format que cette adresse accepte.");
      case 429 ->
          new ErrorPage(
              statut,
              "Trop de requêtes",
              "Trop de requêtes ont été envoyées en peu de temps. Patientez avant de réessayer.");
      case 431 ->
          new ErrorPage(
              statut,
              "En-têtes trop volumineux",
              "La requête porte des en-têtes trop volumineux, souvent trop de cookies. Effacez les"
                  + " cookies de ce site, puis réessayez.");
      case 503 ->
          new ErrorPage(
              statut,
              "Service indisponible",
              "Le service est momentanément indisponible. Réessayez dans quelques minutes.");
      default ->
          statut < 500
              ? avec(
                  statut,
                  "Requête refusée",
                  detail,
                  "La requête n'a pas pu être traitée. Vérifiez l'adresse saisie.")
              : new ErrorPage(
                  statut,
                  "Erreur inattendue",
                  "Une erreur est survenue de notre côté ; elle a été journalisée. Réessayez plus"
                      + " tard.");
    };
  }

  private static ErrorPage avec(
      int statut, String titre, @Nullable String detail, String parDefaut) {
    return new ErrorPage(statut, titre, detail != null ? detail : parDefaut);
  }
}
