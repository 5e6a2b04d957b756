package fr.education.orion.system;

import org.jspecify.annotations.Nullable;

/** What the error page says. */
public record ErrorPage(int statut, String titre, String message) {

  static ErrorPage of(int statut, @Nullable String detail) {
    return switch (statut) {
      case 404 ->
          new ErrorPage(
              404,
              "Page non trouvée",
              detail != null
                  ? detail
                  : "La page que vous cherchez est introuvable. Vérifiez l'adresse saisie.");
      case 400 ->
          new ErrorPage(
              400, "Requête invalide", detail != null ? detail : "La requête est mal formée.");
      case 403 ->
          new ErrorPage(
              403, "Accès refusé", "Vous n'avez pas les droits nécessaires pour voir cette page.");
      case 413 ->
          new ErrorPage(
              413,
              "Envoi trop volumineux",
              "Le fichier envoyé dépasse la taille maximale acceptée : compressez-le"
                  + " (.csv.gz) ou importez-le sur le serveur avec ./orion import.");
      default ->
          new ErrorPage(
              statut,
              "Erreur inattendue",
              "Une erreur est survenue de notre côté ; elle a été journalisée. Réessayez plus tard.");
    };
  }
}
