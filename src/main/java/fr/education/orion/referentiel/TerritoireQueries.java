package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.ACADEMIE;
import static fr.education.orion.schema.Tables.DEPARTEMENT;
import static fr.education.orion.schema.Tables.REGION;

import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.ingestion.SelonImports;
import fr.education.orion.referentiel.Territoires.Academie;
import fr.education.orion.referentiel.Territoires.Departement;
import fr.education.orion.referentiel.Territoires.Region;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads régions, académies and départements, kept until the next successful import (they change
 * only through imports): pages and routes that check a territory read no table.
 */
@Component
public class TerritoireQueries {

  /** Every territory, as the tables hold them. */
  private record TousLesTerritoires(
      List<Region> regions, List<Academie> academies, List<Departement> departements) {}

  private final DSLContext dsl;
  private final SelonImports<Boolean, TousLesTerritoires> territoires;

  TerritoireQueries(DSLContext dsl, ImportRuns imports) {
    this.dsl = dsl;
    this.territoires = new SelonImports<>(imports, sansCle -> lire());
  }

  /** Régions by label. */
  public List<Region> regions() {
    return territoires.get(true).regions();
  }

  /** Académies by label. */
  public List<Academie> academies() {
    return territoires.get(true).academies();
  }

  /** Départements by code. */
  public List<Departement> departements() {
    return territoires.get(true).departements();
  }

  /** The régions of {@link PerimetreTerritorial}, by label. */
  public List<Region> regionsDuPerimetre() {
    return regions().stream()
        .filter(region -> PerimetreTerritorial.regionIncluse(region.codeRegion()))
        .toList();
  }

  /** The académies of {@link PerimetreTerritorial}, by label. */
  public List<Academie> academiesDuPerimetre() {
    return academies().stream().filter(PerimetreTerritorial::academieIncluse).toList();
  }

  /** The départements of {@link PerimetreTerritorial}, by code. */
  public List<Departement> departementsDuPerimetre() {
    return departements().stream().filter(PerimetreTerritorial::departementInclus).toList();
  }

  /**
   * A région, académie or département of {@link PerimetreTerritorial} by its code, with its région;
   * the nation for NATION. None for the pseudo-territories the perimeter leaves out (région 99 «
   * Sans objet », académie « Etranger »…), which no page describes.
   */
  public Optional<Territoire> find(Territoire.Echelon echelon, String code) {
    return switch (echelon) {
      case NATION -> Optional.of(Territoire.NATION);
      case REGION ->
          region(code)
              .filter(r -> PerimetreTerritorial.regionIncluse(r.codeRegion()))
              .map(r -> new Territoire(echelon, code, r.libelle(), code, r.libelle()));
      case ACADEMIE ->
          academies().stream()
              .filter(a -> a.codeAcademie().equals(code))
              .filter(PerimetreTerritorial::academieIncluse)
              .findFirst()
              .flatMap(a -> dans(echelon, code, a.libelle(), a.codeRegion()));
      case DEPARTEMENT ->
          departements().stream()
              .filter(d -> d.codeDepartement().equals(code))
              .filter(PerimetreTerritorial::departementInclus)
              .findFirst()
              .flatMap(d -> dans(echelon, code, d.libelle(), d.codeRegion()));
    };
  }

  /** A région by its code, within the perimeter or not; none when unknown. */
  public Optional<Region> region(@Nullable String code) {
    return regions().stream().filter(r -> r.codeRegion().equals(code)).findFirst();
  }

  /** A territory of a région, none when its région is unknown. */
  private Optional<Territoire> dans(
      Territoire.Echelon echelon, String code, String libelle, @Nullable String codeRegion) {
    return region(codeRegion)
        .map(r -> new Territoire(echelon, code, libelle, r.codeRegion(), r.libelle()));
  }

  private TousLesTerritoires lire() {
    return new TousLesTerritoires(
        dsl.selectFrom(REGION)
            .orderBy(REGION.LIBELLE)
            .fetch(r -> new Region(r.getCodeRegion(), r.getLibelle())),
        dsl.selectFrom(ACADEMIE)
            .orderBy(ACADEMIE.LIBELLE)
            .fetch(r -> new Academie(r.getCodeAcademie(), r.getLibelle(), r.getCodeRegion())),
        dsl.selectFrom(DEPARTEMENT)
            .orderBy(DEPARTEMENT.CODE_DEPARTEMENT)
            .fetch(
                r ->
                    new Departement(
                        r.getCodeDepartement(),
                        r.getLibelle(),
                        r.getCodeAcademie(),
                        r.getCodeRegion())));
  }
}
