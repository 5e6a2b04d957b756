package fr.education.orion.panorama;

import fr.education.orion.referentiel.CodeDepartement;
import fr.education.orion.referentiel.CodeRegion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The "liens utiles" of the région and département panoramas, as Orion's reference gives them: the
 * DARES projection of the région's jobs to 2030, the DARES report on the tensions of the labour
 * market, and France Travail's Data emploi panorama of the territory.
 */
public final class LiensUtiles {

  /** The DARES "quelles difficultés de recrutement d'ici 2030" report of each région. */
  private static final Map<String, String> PROJECTIONS_DARES =
      Map.ofEntries(
          Map.entry("84", "auvergne-rhone-alpes"),
          Map.entry("53", "bretagne"),
          Map.entry("27", "bourgogne-franche-comte"),
          Map.entry("24", "centre-val-de-loire"),
          Map.entry("94", "corse"),
          Map.entry("44", "grand-est"),
          Map.entry("32", "hauts-de-france"),
          Map.entry("11", "ile-de-france"),
          Map.entry("28", "normandie"),
          Map.entry("75", "nouvelle-aquitaine"),
          Map.entry("76", "occitanie"),
          Map.entry("52", "pays-de-la-loire"),
          Map.entry("93", "paca"));

  private LiensUtiles() {}

  /**
   * @param codeRegion the région of the territory
   * @param codeDepartement the département, null for a région's panorama
   */
  public static List<LienUtile> territoire(
      @Nullable CodeRegion codeRegion, @Nullable CodeDepartement codeDepartement) {
    List<LienUtile> liens = new ArrayList<>();
    String projection = codeRegion == null ? null : PROJECTIONS_DARES.get(codeRegion.code());
    if (projection != null) {
      liens.add(
          new LienUtile(
              "Projection des métiers à 2030",
              "Le rapport de la région sur les difficultés de recrutement attendues d'ici 2030.",
              "https://dares.travail-emploi.gouv.fr/publication/"
                  + projection
                  + "-quelles-difficultes-de-recrutement-dici-2030",
              "DARES"));
    }
    liens.add(
        new LienUtile(
            "Métiers en tension en 2021",
            "Les métiers où les employeurs peinent à recruter, et pourquoi.",
            "https://dares.travail-emploi.gouv.fr/publication/les-tensions-sur-le-marche-du-travail-en-2021",
            "DARES"));
    String panorama =
        codeDepartement != null
            ? "DEP/" + sansZeroInitial(codeDepartement.code())
            : codeRegion != null ? "REG/" + codeRegion.code() : null;
    if (panorama != null) {
      liens.add(
          new LienUtile(
              "Data emploi",
              "Les chiffres essentiels du marché du travail du territoire.",
              "https://dataemploi.pole-emploi.fr/panorama/" + panorama,
              "France Travail"));
    }
    return List.copyOf(liens);
  }

  /**
   * The région of a territory or an établissement as the référentiel writes it; null when it has
   * none or no code of that shape (no link is better than a page in error).
   */
  public static @Nullable CodeRegion region(@Nullable String code) {
    return code == null ? null : CodeRegion.parse(code).orElse(null);
  }

  /** The département as the référentiel writes it, as {@link #region}. */
  public static @Nullable CodeDepartement departement(@Nullable String code) {
    return code == null ? null : CodeDepartement.parse(code).orElse(null);
  }

  /** Data emploi names a département as INSEE does: {@code 35}, {@code 2A}, {@code 971}. */
  private static String sansZeroInitial(String codeDepartement) {
    return codeDepartement.startsWith("0") ? codeDepartement.substring(1) : codeDepartement;
  }
}
