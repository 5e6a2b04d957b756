package fr.education.orion.panorama.web;

import fr.education.orion.panorama.Selections;
import fr.education.orion.panorama.TerritoireChoisi;
import fr.education.orion.panorama.TerritoireChoisi.Echelon;
import fr.education.orion.referentiel.CodeDepartement;
import fr.education.orion.referentiel.Territoire;
import fr.education.orion.referentiel.TerritoireQueries;
import fr.education.orion.system.Problems;
import java.util.Locale;
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

  /**
   * A territory of the perimeter Orion covers, by its code (a département's with or without its
   * leading zero): the pseudo-territories (région 99 « Sans objet »…) are unknown here as on the
   * territory panoramas ({@link Selections#territoire}).
   */
  private TerritoireChoisi of(Echelon echelon, String code) {
    String cle =
        echelon == Echelon.DEPARTEMENT
            ? CodeDepartement.of(code).code()
            : code.strip().toUpperCase(Locale.ROOT);
    Territoire.Echelon niveau =
        switch (echelon) {
          case NATION -> Territoire.Echelon.NATION;
          case REGION -> Territoire.Echelon.REGION;
          case ACADEMIE -> Territoire.Echelon.ACADEMIE;
          case DEPARTEMENT -> Territoire.Echelon.DEPARTEMENT;
        };
    return territoires
        .find(niveau, cle)
        .map(
            t -> new TerritoireChoisi(echelon, cle, t.libelle(), t.codeRegion(), t.libelleRegion()))
        .orElseThrow(
            () ->
                Problems.notFound(
                    "Aucun territoire de code « " + cle + " » (" + echelon.prefixe() + ")."));
  }

  private static boolean given(@Nullable String value) {
    return value != null && !value.isBlank();
  }
}
