package fr.education.orion.panorama;

import fr.education.orion.indicateur.PositionQuadrant;
import fr.education.orion.panorama.QuadrantTerritoire.Formation;
import fr.education.orion.system.Problems;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The order of the quadrant's formations, named as the JSON fields are ({@code sort}) with {@code
 * order} {@code asc} or {@code desc}. Missing values come last either way; ties are broken by
 * label, CFD and dispositif.
 */
public record TriQuadrant(TriQuadrant.Colonne colonne, boolean descendant) {

  /** By default the largest headcounts first. */
  public static final TriQuadrant DEFAUT = new TriQuadrant(Colonne.EFFECTIF, true);

  /** A sortable column of the table. */
  public enum Colonne {
    FORMATION("libelleFormation", Formation::libelleFormation),
    DISPOSITIF("libelleDispositif", Formation::libelleDispositif),
    EFFECTIF("effectifEntree", Formation::effectifEntree),
    EMPLOI("tauxInsertion6mois", Formation::tauxInsertion6mois),
    POURSUITE("tauxPoursuite", Formation::tauxPoursuite),
    DEVENIR("tauxDevenirFavorable", Formation::tauxDevenirFavorable),
    POSITION("positionQuadrant", formation -> ordrePosition(formation.positionQuadrant()));

    private final String champ;
    private final Function<Formation, @Nullable Comparable<?>> valeur;

    Colonne(String champ, Function<Formation, @Nullable Comparable<?>> valeur) {
      this.champ = champ;
      this.valeur = valeur;
    }

    /** The JSON field, and the value of the {@code sort} parameter. */
    public String champ() {
      return champ;
    }
  }

  private static final List<String> ORDRE_POSITIONS =
      Arrays.stream(PositionQuadrant.values()).map(PositionQuadrant::code).toList();

  private static final Comparator<Formation> DEPARTAGE =
      Comparator.comparing(
              Formation::libelleFormation, Comparator.nullsLast(Comparator.<String>naturalOrder()))
          .thenComparing(f -> f.cfd().code())
          .thenComparing(Formation::codeDispositif);

  /** Reads {@code sort} and {@code order}; both absent: {@link #DEFAUT}. */
  public static TriQuadrant of(@Nullable String sort, @Nullable String order) {
    boolean sansTri = sort == null || sort.isBlank();
    Colonne colonne =
        sansTri
            ? DEFAUT.colonne()
            : Arrays.stream(Colonne.values())
                .filter(c -> c.champ.equals(sort.strip()))
                .findFirst()
                .orElseThrow(
                    () ->
                        Problems.badRequest(
                            "Le tri « "
                                + sort
                                + " » est invalide : "
                                + String.join(
                                    ", ",
                                    Arrays.stream(Colonne.values()).map(Colonne::champ).toList())
                                + "."));
    if (order == null || order.isBlank()) {
      return sansTri ? DEFAUT : new TriQuadrant(colonne, false);
    }
    return switch (order.strip()) {
      case "asc" -> new TriQuadrant(colonne, false);
      case "desc" -> new TriQuadrant(colonne, true);
      default -> throw Problems.badRequest("L'ordre « " + order + " » est invalide : asc ou desc.");
    };
  }

  public String order() {
    return descendant ? "desc" : "asc";
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  Comparator<Formation> comparateur() {
    Comparator<Comparable> naturel = Comparator.naturalOrder();
    Comparator<Comparable> sens = descendant ? naturel.reversed() : naturel;
    Comparator<Formation> principal =
        Comparator.comparing(
            formation -> (Comparable) colonne.valeur.apply(formation), Comparator.nullsLast(sens));
    return principal.thenComparing(DEPARTAGE);
  }

  private static Integer ordrePosition(String position) {
    int index = ORDRE_POSITIONS.indexOf(position);
    return index < 0 ? ORDRE_POSITIONS.size() : index;
  }
}
