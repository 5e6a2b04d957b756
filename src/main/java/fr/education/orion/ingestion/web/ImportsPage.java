package fr.education.orion.ingestion.web;

import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.system.Format;
import fr.education.orion.system.Pluriel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the import page shows: the latest runs, the types a user may declare, what the user
 * typed in the form (given back with an error), and that error.
 */
public record ImportsPage(
    List<ImportRuns.ImportRun> runs, List<Type> types, Saisie saisie, @Nullable String erreur) {

  /** What the user typed in the upload form. */
  public record Saisie(@Nullable String type, @Nullable String annee, boolean simulation) {
    static Saisie vide() {
      return new Saisie(null, null, true);
    }
  }

  /** A type the user may choose instead of letting Orion recognise it from the header. */
  public record Type(String type, String libelle) {
    static Type of(SourceFormat format) {
      return new Type(format.type(), format.libelle());
    }
  }

  /** The DSFR badge class of a run's status. */
  public static String badge(String statut) {
    return switch (statut) {
      case "reussi" -> "fr-badge--success";
      case "simulation", "confirme" -> "fr-badge--info";
      case "a_confirmer" -> "fr-badge--warning";
      case "annule" -> "fr-badge--new";
      default -> "fr-badge--error";
    };
  }

  /** A run's status in words. */
  public static String statut(String statut) {
    return switch (statut) {
      case "reussi" -> "Réussi";
      case "simulation" -> "Simulation";
      case "a_confirmer" -> "À confirmer";
      case "confirme" -> "Confirmé";
      case "annule" -> "Annulé";
      default -> "Refusé";
    };
  }

  /**
   * What part of a list is shown, when not all of it: {@code 200 premières erreurs sur 1 234};
   * empty when every item is shown.
   *
   * @param montres the items shown
   * @param nombre all the items, shown or not
   */
  public static String partie(
      int montres, int nombre, String singulier, String pluriel, boolean feminin) {
    if (montres >= nombre) {
      return "";
    }
    String premiers = feminin ? "premières" : "premiers";
    if (montres == 1) {
      premiers = feminin ? "première" : "premier";
    }
    return Format.nombre(montres)
        + " "
        + premiers
        + " "
        + Pluriel.accord(montres, singulier, pluriel)
        + " sur "
        + Format.nombre(nombre);
  }
}
