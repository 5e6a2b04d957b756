package fr.education.orion.panorama;

import fr.education.orion.panorama.PanoramaEtablissement.EtablissementProche;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** How far établissements are from each other, and in which order a page lists them. */
final class Proximite {

  /** The mean radius of the Earth (IUGG), in km. */
  static final double RAYON_TERRESTRE_KM = 6371.0088;

  private Proximite() {}

  /** The great-circle distance between two WGS84 points (haversine formula), in km. */
  static double km(double latitude1, double longitude1, double latitude2, double longitude2) {
    double phi1 = Math.toRadians(latitude1);
    double phi2 = Math.toRadians(latitude2);
    double deltaPhi = Math.toRadians(latitude2 - latitude1);
    double deltaLambda = Math.toRadians(longitude2 - longitude1);
    double a =
        Math.pow(Math.sin(deltaPhi / 2), 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(deltaLambda / 2), 2);
    return 2 * RAYON_TERRESTRE_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /**
   * Nearest first among those whose distance is known, then the others by name (French order:
   * accents and case ignored), the UAI separating namesakes.
   */
  static List<EtablissementProche> sortByDistance(List<EtablissementProche> etablissements) {
    Collator francais = Collator.getInstance(Locale.FRANCE);
    francais.setStrength(Collator.PRIMARY);
    return etablissements.stream()
        .sorted(
            Comparator.comparing(
                    EtablissementProche::distanceKm,
                    Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(EtablissementProche::libelle, francais)
                .thenComparing(EtablissementProche::uai))
        .toList();
  }
}
