package fr.education.orion.panorama.web;

import fr.education.orion.panorama.Selections;
import fr.education.orion.panorama.TerritoireChoisi;
import fr.education.orion.panorama.TerritoireChoisi.Echelon;
import fr.education.orion.referentiel.CodeAcademie;
import fr.education.orion.referentiel.CodeDepartement;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.Territoire;
import fr.education.orion.referentiel.TerritoireQueries;
import fr.education.orion.system.Problems;
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
          return of(echelon, code(echelon, parts[1]));
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
      @Nullable CodeRegion codeRegion,
      @Nullable CodeAcademie codeAcademie,
      @Nullable CodeDepartement codeDepartement) {
    if (codeDepartement != null) {
      return of(Echelon.DEPARTEMENT, codeDepartement.code());
    }
    if (codeAcademie != null) {
      return of(Echelon.ACADEMIE, codeAcademie.code());
    }
    if (codeRegion != null) {
      return of(Echelon.REGION, codeRegion.code());
    }
    return TerritoireChoisi.NATION;
  }

  /** The code of a territory as its type writes it (400 when malformed). */
  private static String code(Echelon echelon, String saisi) {
    return switch (echelon) {
      case REGION -> CodeRegion.of(saisi).code();
      case ACADEMIE -> CodeAcademie.of(saisi).code();
      case DEPARTEMENT -> CodeDepartement.of(saisi).code();
      case NATION -> throw new IllegalArgumentException("Pas de code pour la nation");
    };
  }

  /**
   * A territory of the perimeter Orion covers, by its code as its type writes it: the
   * pseudo-territories (région 99 « Sans objet »…) are unknown here as on the territory panoramas
   * ({@link Selections#territoire}).
   */
  private TerritoireChoisi of(Echelon echelon, String cle) {
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
}
