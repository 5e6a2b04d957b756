package fr.education.orion.ingestion;

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
      case "simulation" -> "fr-badge--info";
      default -> "fr-badge--error";
    };
  }

  /** A run's status in words. */
  public static String statut(String statut) {
    return switch (statut) {
      case "reussi" -> "Réussi";
      case "simulation" -> "Simulation";
      default -> "Refusé";
    };
  }
}
