package fr.education.orion.indicateur;

import fr.education.orion.system.Format;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How an indicator is measured, and so how it is written on a page, in an export and in the API
 * documentation. Values are kept in the database, the query records and the JSON as they are
 * computed (a fraction for a rate, vœux per place for a pression); each surface converts them here,
 * and only here.
 *
 * <p>The choice follows the reference Orion and its users' habits: taux de pression and de demande
 * are read as « 1,07 vœu par place » (its filters speak of « 1,3 ou plus »), InserJeunes and
 * remplissage rates as percentages, the valeur ajoutée as points above or below the expected rate
 * (the DEPP publishes it so).
 */
public enum Unite {
  /** A share: {@code 0.573} reads « 57 % » on a page, {@code 57,3} in a file. */
  POURCENTAGE(" (%)", 1, "0.0"),
  /** Vœux per place: {@code 1.0714} reads « 1,07 » on a page and in a file. */
  VOEUX_PAR_PLACE(" (vœux par place)", 2, "0.00"),
  /** A difference of two rates, as a fraction: {@code 0.09} reads « +9 points », {@code 9,0}. */
  POINTS(" (points)", 1, "+0.0;-0.0;0.0");

  /** The description of a JSON field measured in this unit (OpenAPI). */
  public static final String JSON_POURCENTAGE =
      "Fraction non arrondie (0.573 pour 57,3 %) ; null quand non calculable.";

  public static final String JSON_VOEUX_PAR_PLACE =
      "Vœux par place, non arrondi (1.07 : 107 vœux pour 100 places) ; null quand non calculable.";

  public static final String JSON_POINTS =
      "Écart en fraction non arrondi (0.09 pour +9 points de pourcentage) ; null quand non"
          + " calculable.";

  /**
   * The unit of an indicator from the name of its field, the one convention the query records, the
   * JSON routes and the console's columns follow: {@code tauxPression…}, {@code tauxDemande…} and
   * {@code voeuxParPlace…} are vœux per place; {@code valeurAjoutee…} is in points; any other
   * {@code taux…}, {@code moyenne…} or {@code part…} is a share. Empty for a count or a text.
   */
  public static Optional<Unite> duChamp(String champ) {
    if (champ.startsWith("tauxPression")
        || champ.startsWith("tauxDemande")
        || champ.startsWith("voeuxParPlace")) {
      return Optional.of(VOEUX_PAR_PLACE);
    }
    if (champ.startsWith("valeurAjoutee")) {
      return Optional.of(POINTS);
    }
    if (champ.matches("(taux|moyenne|part)[A-Z].*")) {
      return Optional.of(POURCENTAGE);
    }
    return Optional.empty();
  }

  /** The description of a JSON field in this unit, for the API documentation. */
  public String json() {
    return switch (this) {
      case POURCENTAGE -> JSON_POURCENTAGE;
      case VOEUX_PAR_PLACE -> JSON_VOEUX_PAR_PLACE;
      case POINTS -> JSON_POINTS;
    };
  }

  private final String enTete;
  private final int decimalesExport;
  private final String formatTableur;

  Unite(String enTete, int decimalesExport, String formatTableur) {
    this.enTete = enTete;
    this.decimalesExport = decimalesExport;
    this.formatTableur = formatTableur;
  }

  /** The value as a page shows it: « 57 % », « 1,07 », « +9 points »; « — » when missing. */
  public String texte(@Nullable BigDecimal valeur) {
    return switch (this) {
      case POURCENTAGE -> Format.pourcentage(valeur);
      case VOEUX_PAR_PLACE -> Format.decimal(valeur, 2);
      case POINTS -> Format.points(valeur);
    };
  }

  /**
   * The change from {@code precedent} to {@code valeur}: points for rates (« +3 points »), a signed
   * number of vœux per place (« −0,12 »); « — » when either is missing.
   */
  public String ecart(@Nullable BigDecimal valeur, @Nullable BigDecimal precedent) {
    if (valeur == null || precedent == null) {
      return "—";
    }
    BigDecimal difference = valeur.subtract(precedent);
    return this == VOEUX_PAR_PLACE ? Format.decimalSigne(difference, 2) : Format.points(difference);
  }

  /**
   * The value a CSV or XLSX file holds: in the unit its header names, rounded (57,3 for a rate of
   * 0.57294…, 1,07 for 1.0714… vœux per place, 9,0 for a valeur ajoutée of 0.09).
   */
  public @Nullable BigDecimal exportee(@Nullable BigDecimal valeur) {
    if (valeur == null) {
      return null;
    }
    BigDecimal dansLUnite = this == VOEUX_PAR_PLACE ? valeur : valeur.movePointRight(2);
    return dansLUnite.setScale(decimalesExport, RoundingMode.HALF_UP);
  }

  /**
   * The header of a file's column: its label and its unit, « Taux de pression (vœux par place) ».
   */
  public String enTete(String libelle) {
    return libelle + enTete;
  }

  /** The XLSX number format of the exported value. */
  public String formatTableur() {
    return formatTableur;
  }
}
