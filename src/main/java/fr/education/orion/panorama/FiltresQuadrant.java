package fr.education.orion.panorama;

import fr.education.orion.system.Problems;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the quadrant: a minimum headcount at entry and trends — headcount up or down
 * against the previous rentrée, taux de pression high (≥ 1.3) or low (&lt; 0.7), taux d'emploi and
 * taux de poursuite up or down against the previous millésime. A formation whose trend cannot be
 * told (no previous figure) is left out by an active trend filter. All null: no filter.
 */
public record FiltresQuadrant(
    @Nullable Integer effectifMinimum,
    @Nullable Tendance effectif,
    @Nullable Pression pression,
    @Nullable Tendance emploi,
    @Nullable Tendance poursuite) {

  public static final FiltresQuadrant AUCUN = new FiltresQuadrant(null, null, null, null, null);

  /** From this many wishes per place, the pression is high. */
  static final BigDecimal PRESSION_HAUTE = new BigDecimal("1.3");

  /** Under this many wishes per place, the pression is low. */
  static final BigDecimal PRESSION_BASSE = new BigDecimal("0.7");

  public FiltresQuadrant {
    if (effectifMinimum != null && effectifMinimum < 0) {
      throw Problems.badRequest(
          "L'effectif minimum doit être positif ou nul (reçu : " + effectifMinimum + ").");
    }
  }

  /** A direction of change between two years. */
  public enum Tendance {
    HAUSSE,
    BAISSE;

    /** The value of the GET parameter: {@code hausse}, {@code baisse}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    static @Nullable Tendance of(String parametre, @Nullable String valeur) {
      return parse(Tendance.class, parametre, valeur, "hausse ou baisse");
    }

    boolean suivie(@Nullable Number avant, @Nullable Number apres) {
      if (avant == null || apres == null) {
        return false;
      }
      int sens = new BigDecimal(apres.toString()).compareTo(new BigDecimal(avant.toString()));
      return this == HAUSSE ? sens > 0 : sens < 0;
    }
  }

  /** A level of taux de pression (or de demande for a BTS). */
  public enum Pression {
    HAUTE,
    BASSE;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    static @Nullable Pression of(@Nullable String valeur) {
      return parse(Pression.class, "pression", valeur, "haute ou basse");
    }

    boolean atteinte(@Nullable BigDecimal taux) {
      if (taux == null) {
        return false;
      }
      return this == HAUTE
          ? taux.compareTo(PRESSION_HAUTE) >= 0
          : taux.compareTo(PRESSION_BASSE) < 0;
    }
  }

  /** Why a formation is kept or left out. */
  enum Verdict {
    RETENUE,
    SOUS_EFFECTIF_MINIMUM,
    ECARTEE_PAR_TENDANCE
  }

  /** Reads the filters of a request; blank values are no filter. */
  public static FiltresQuadrant of(
      @Nullable String effectifMinimum,
      @Nullable String effectif,
      @Nullable String pression,
      @Nullable String emploi,
      @Nullable String poursuite) {
    return new FiltresQuadrant(
        entier(effectifMinimum),
        Tendance.of("effectif", effectif),
        Pression.of(pression),
        Tendance.of("emploi", emploi),
        Tendance.of("poursuite", poursuite));
  }

  private static @Nullable Integer entier(@Nullable String valeur) {
    if (valeur == null || valeur.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(valeur.strip());
    } catch (NumberFormatException e) {
      throw Problems.badRequest(
          "L'effectif minimum « " + valeur + " » est invalide : un nombre entier (ex. 20).");
    }
  }

  Verdict examine(QuadrantTerritoire.Formation formation) {
    Integer effectifEntree = formation.effectifEntree();
    if (effectifMinimum != null && (effectifEntree == null || effectifEntree < effectifMinimum)) {
      return Verdict.SOUS_EFFECTIF_MINIMUM;
    }
    boolean suivie =
        (effectif == null || effectif.suivie(formation.effectifEntreePrecedent(), effectifEntree))
            && (pression == null
                || pression.atteinte(
                    formation.tauxDemande() != null
                        ? formation.tauxDemande()
                        : formation.tauxPression()))
            && (emploi == null
                || emploi.suivie(
                    formation.tauxInsertion6moisPrecedent(), formation.tauxInsertion6mois()))
            && (poursuite == null
                || poursuite.suivie(formation.tauxPoursuitePrecedent(), formation.tauxPoursuite()));
    return suivie ? Verdict.RETENUE : Verdict.ECARTEE_PAR_TENDANCE;
  }

  private static <E extends Enum<E>> @Nullable E parse(
      Class<E> type, String parametre, @Nullable String valeur, String attendu) {
    if (valeur == null || valeur.isBlank()) {
      return null;
    }
    return Arrays.stream(type.getEnumConstants())
        .filter(constante -> constante.name().equalsIgnoreCase(valeur.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                Problems.badRequest(
                    "La valeur « "
                        + valeur
                        + " » du paramètre "
                        + parametre
                        + " est invalide : "
                        + attendu
                        + "."));
  }
}
