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
import org.jooq.Records;
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
          regions().stream()
              .filter(r -> r.codeRegion().code().equals(code))
              .filter(r -> PerimetreTerritorial.regionIncluse(r.codeRegion()))
              .findFirst()
              .map(r -> new Territoire(echelon, code, r.libelle(), r.codeRegion(), r.libelle()));
      case ACADEMIE ->
          academies().stream()
              .filter(a -> a.codeAcademie().code().equals(code))
              .filter(PerimetreTerritorial::academieIncluse)
              .findFirst()
              .flatMap(a -> dans(echelon, code, a.libelle(), a.codeRegion()));
      case DEPARTEMENT ->
          departements().stream()
              .filter(d -> d.codeDepartement().code().equals(code))
              .filter(PerimetreTerritorial::departementInclus)
              .findFirst()
              .flatMap(d -> dans(echelon, code, d.libelle(), d.codeRegion()));
    };
  }

  /** A région by its code, within the perimeter or not; none when unknown. */
  public Optional<Region> region(CodeRegion code) {
    return regions().stream().filter(r -> r.codeRegion().equals(code)).findFirst();
  }

  /** A territory of a région, none when its région is unknown. */
  private Optional<Territoire> dans(
      Territoire.Echelon echelon, String code, String libelle, CodeRegion codeRegion) {
    return region(codeRegion)
        .map(r -> new Territoire(echelon, code, libelle, r.codeRegion(), r.libelle()));
  }

  private TousLesTerritoires lire() {
    return new TousLesTerritoires(
        dsl.select(REGION.CODE_REGION.convert(CodeRegion.CONVERTER), REGION.LIBELLE)
            .from(REGION)
            .orderBy(REGION.LIBELLE)
            .fetch(Records.mapping(Region::new)),
        dsl.select(
                ACADEMIE.CODE_ACADEMIE.convert(CodeAcademie.CONVERTER),
                ACADEMIE.LIBELLE,
                ACADEMIE.CODE_REGION.convert(CodeRegion.CONVERTER))
            .from(ACADEMIE)
            .orderBy(ACADEMIE.LIBELLE)
            .fetch(Records.mapping(Academie::new)),
        dsl.select(
                DEPARTEMENT.CODE_DEPARTEMENT.convert(CodeDepartement.CONVERTER),
                DEPARTEMENT.LIBELLE,
                DEPARTEMENT.CODE_ACADEMIE.convert(CodeAcademie.CONVERTER),
                DEPARTEMENT.CODE_REGION.convert(CodeRegion.CONVERTER))
            .from(DEPARTEMENT)
            .orderBy(DEPARTEMENT.CODE_DEPARTEMENT)
            .fetch(Records.mapping(Departement::new)));
  }
}
