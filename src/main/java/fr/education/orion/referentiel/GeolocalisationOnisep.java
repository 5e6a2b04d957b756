package fr.education.orion.referentiel;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the coordinates of an établissement among the ONISEP structures that carry its UAI, as
 * Orion does: the secondaire catalogue before the supérieur one; one place when every line agrees;
 * else the line whose postcode is the établissement's; else the only line of a catalogue. Several
 * lines that disagree and match no postcode give no coordinates (Orion then asks the BAN, which we
 * do not call).
 */
public final class GeolocalisationOnisep {

  static final String SECONDAIRE = "secondaire";
  static final String SUPERIEUR = "superieur";

  private GeolocalisationOnisep() {}

  /** One ONISEP line of a UAI. */
  record Structure(
      String catalogue, @Nullable String codePostal, double latitude, double longitude) {

    boolean samePlaceAs(Structure other) {
      return latitude == other.latitude && longitude == other.longitude;
    }
  }

  /** WGS84 coordinates and where they come from. */
  record Coordonnees(double latitude, double longitude, String source) {

    static Coordonnees of(Structure structure) {
      return new Coordonnees(
          structure.latitude(), structure.longitude(), "onisep_" + structure.catalogue());
    }
  }

  /** The catalogue of a file: the supérieur one when its name says so. */
  public static String catalogueOf(String fichier) {
    return Recherche.normalize(fichier).contains("superieur") ? SUPERIEUR : SECONDAIRE;
  }

  static Optional<Coordonnees> choose(List<Structure> structures, @Nullable String codePostal) {
    if (structures.isEmpty()) {
      return Optional.empty();
    }
    List<Structure> ordered =
        structures.stream()
            .sorted(Comparator.comparing(structure -> !structure.catalogue().equals(SECONDAIRE)))
            .toList();
    Structure first = ordered.get(0);
    if (ordered.stream().allMatch(structure -> structure.samePlaceAs(first))) {
      return Optional.of(Coordonnees.of(first));
    }
    Optional<Structure> samePostcode =
        ordered.stream()
            .filter(structure -> codePostal != null && codePostal.equals(structure.codePostal()))
            .findFirst();
    if (samePostcode.isPresent()) {
      return samePostcode.map(Coordonnees::of);
    }
    for (String catalogue : List.of(SECONDAIRE, SUPERIEUR)) {
      List<Structure> ofCatalogue =
          ordered.stream().filter(structure -> structure.catalogue().equals(catalogue)).toList();
      if (ofCatalogue.size() == 1) {
        return Optional.of(Coordonnees.of(ofCatalogue.get(0)));
      }
    }
    return Optional.empty();
  }
}
