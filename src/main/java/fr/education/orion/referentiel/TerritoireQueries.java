package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.ACADEMIE;
import static fr.education.orion.schema.Tables.DEPARTEMENT;
import static fr.education.orion.schema.Tables.REGION;

import fr.education.orion.referentiel.Territoires.Academie;
import fr.education.orion.referentiel.Territoires.Departement;
import fr.education.orion.referentiel.Territoires.Region;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Reads régions, académies and départements. */
@Component
public class TerritoireQueries {

  private final DSLContext dsl;

  TerritoireQueries(DSLContext dsl) {
    this.dsl = dsl;
  }

  public List<Region> regions() {
    return dsl.selectFrom(REGION)
        .orderBy(REGION.LIBELLE)
        .fetch(r -> new Region(r.getCodeRegion(), r.getLibelle()));
  }

  public List<Academie> academies() {
    return dsl.selectFrom(ACADEMIE)
        .orderBy(ACADEMIE.LIBELLE)
        .fetch(r -> new Academie(r.getCodeAcademie(), r.getLibelle(), r.getCodeRegion()));
  }

  public List<Departement> departements() {
    return dsl.selectFrom(DEPARTEMENT)
        .orderBy(DEPARTEMENT.CODE_DEPARTEMENT)
        .fetch(
            r ->
                new Departement(
                    r.getCodeDepartement(),
                    r.getLibelle(),
                    r.getCodeAcademie(),
                    r.getCodeRegion()));
  }

  /** The régions of {@link PerimetreTerritorial}, by label. */
  public List<Region> regionsDuPerimetre() {
    return regions().stream()
        .filter(region -> PerimetreTerritorial.regionIncluse(region.codeRegion()))
        .toList();
  }

  /** The départements of {@link PerimetreTerritorial}, by code. */
  public List<Departement> departementsDuPerimetre() {
    return departements().stream().filter(PerimetreTerritorial::departementInclus).toList();
  }

  /** A région, académie or département by its code, with its région; the nation for NATION. */
  public Optional<Territoire> find(Territoire.Echelon echelon, String code) {
    return switch (echelon) {
      case NATION -> Optional.of(Territoire.NATION);
      case REGION ->
          dsl.selectFrom(REGION)
              .where(REGION.CODE_REGION.eq(code))
              .fetchOptional(
                  r ->
                      new Territoire(
                          echelon, code, r.getLibelle(), r.getCodeRegion(), r.getLibelle()));
      case ACADEMIE ->
          dsl.select(ACADEMIE.LIBELLE, REGION.CODE_REGION, REGION.LIBELLE)
              .from(ACADEMIE)
              .join(REGION)
              .on(REGION.CODE_REGION.eq(ACADEMIE.CODE_REGION))
              .where(ACADEMIE.CODE_ACADEMIE.eq(code))
              .fetchOptional(
                  r -> new Territoire(echelon, code, r.value1(), r.value2(), r.value3()));
      case DEPARTEMENT ->
          dsl.select(DEPARTEMENT.LIBELLE, REGION.CODE_REGION, REGION.LIBELLE)
              .from(DEPARTEMENT)
              .join(REGION)
              .on(REGION.CODE_REGION.eq(DEPARTEMENT.CODE_REGION))
              .where(DEPARTEMENT.CODE_DEPARTEMENT.eq(code))
              .fetchOptional(
                  r -> new Territoire(echelon, code, r.value1(), r.value2(), r.value3()));
    };
  }
}
