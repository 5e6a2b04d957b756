package fr.education.orion.panorama;

import fr.education.orion.panorama.TerritoireChoisi.Echelon;
import fr.education.orion.referentiel.TerritoireQueries;
import fr.education.orion.referentiel.Territoires.Region;
import fr.education.orion.system.Problems;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns what a request names (a page's {@code territoire} filter, or the API's {@code codeRegion},
 * {@code codeAcademie}, {@code codeDepartement}) into a {@link TerritoireChoisi}, and lists the
 * territories a page offers.
 */
@Component
class TerritoireChoix {

  private final TerritoireQueries territoires;

  TerritoireChoix(TerritoireQueries territoires) {
    this.territoires = territoires;
  }

  /** The territory of a page's filter value ({@link TerritoireChoisi#valeur()}). */
  TerritoireChoisi filtre(@Nullable String valeur) {
    if (valeur == null || valeur.isBlank()) {
      return TerritoireChoisi.NATION;
    }
    String[] parts = valeur.strip().split("-", 2);
    if (parts.length == 2) {
      for (Echelon echelon : Echelon.values()) {
        if (echelon != Echelon.NATION && echelon.prefixe().equals(parts[0])) {
          return of(echelon, parts[1]);
        }
      }
    }
    throw Problems.badRequest(
        "Le territoire « "
            + valeur
            + " » est invalide : region-CODE, academie-CODE ou departement-CODE (ex. region-53).");
  }

  /** The territory of the API's parameters: the most precise one given, else the nation. */
  TerritoireChoisi codes(
      @Nullable String codeRegion,
      @Nullable String codeAcademie,
      @Nullable String codeDepartement) {
    if (given(codeDepartement)) {
      return of(Echelon.DEPARTEMENT, codeDepartement);
    }
    if (given(codeAcademie)) {
      return of(Echelon.ACADEMIE, codeAcademie);
    }
    if (given(codeRegion)) {
      return of(Echelon.REGION, codeRegion);
    }
    return TerritoireChoisi.NATION;
  }

  private TerritoireChoisi of(Echelon echelon, String code) {
    String cle = code.strip();
    Map<String, String> regions =
        territoires.regions().stream()
            .collect(Collectors.toMap(Region::codeRegion, Region::libelle));
    Optional<Lieu> lieu =
        switch (echelon) {
          case NATION -> Optional.empty();
          case REGION ->
              Optional.ofNullable(regions.get(cle)).map(libelle -> new Lieu(libelle, cle));
          case ACADEMIE ->
              territoires.academies().stream()
                  .filter(academie -> academie.codeAcademie().equals(cle))
                  .map(academie -> new Lieu(academie.libelle(), academie.codeRegion()))
                  .findFirst();
          case DEPARTEMENT ->
              territoires.departements().stream()
                  .filter(departement -> departement.codeDepartement().equals(cle))
                  .map(departement -> new Lieu(departement.libelle(), departement.codeRegion()))
                  .findFirst();
        };
    return lieu.map(
            l ->
                new TerritoireChoisi(
                    echelon, cle, l.libelle(), l.codeRegion(), regions.get(l.codeRegion())))
        .orElseThrow(
            () ->
                Problems.notFound(
                    "Aucun territoire de code « " + cle + " » (" + echelon.prefixe() + ")."));
  }

  /** A territory's name and région. */
  private record Lieu(String libelle, String codeRegion) {}

  private static boolean given(@Nullable String value) {
    return value != null && !value.isBlank();
  }
}
