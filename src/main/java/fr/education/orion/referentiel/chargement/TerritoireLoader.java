package fr.education.orion.referentiel.chargement;

import static fr.education.orion.ingestion.ColumnKind.CODE_DEPARTEMENT;
import static fr.education.orion.ingestion.ColumnKind.CODE_REGION;
import static fr.education.orion.ingestion.ColumnKind.TEXT;
import static fr.education.orion.schema.Tables.ACADEMIE;
import static fr.education.orion.schema.Tables.DEPARTEMENT;
import static fr.education.orion.schema.Tables.REGION;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.Column;
import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.Rejet;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Régions, académies and départements, from Orion's départements_academies_regions file. */
@Component
class TerritoireLoader implements SourceLoader {

  private static final SourceFormat FORMAT =
      new SourceFormat(
          "departements_academies_regions",
          "Départements, académies et régions",
          List.of(
              Column.required("codeRegion", CODE_REGION),
              Column.required("libelleRegion", TEXT),
              Column.present("codeAcademie", TEXT),
              Column.present("libelleAcademie", TEXT),
              Column.present("codeDepartement", CODE_DEPARTEMENT),
              Column.present("libelleDepartement", TEXT)),
          10);

  private final BulkWriter writer;

  TerritoireLoader(BulkWriter writer) {
    this.writer = writer;
  }

  @Override
  public SourceFormat format() {
    return FORMAT;
  }

  @Override
  public LoadResult load(SourceRows rows) {
    Map<String, Object[]> regions = new LinkedHashMap<>();
    Map<String, Object[]> academies = new LinkedHashMap<>();
    Map<String, Object[]> departements = new LinkedHashMap<>();
    List<Rejet> rejets = new ArrayList<>();
    for (SourceRow row : rows) {
      String codeRegion = row.required("codeRegion");
      regions.put(codeRegion, new Object[] {codeRegion, row.required("libelleRegion")});
      String codeAcademie = row.text("codeAcademie");
      if (codeAcademie == null || !codeAcademie.matches("[0-9]{2}")) {
        rejets.add(
            Rejet.ofLine(
                row,
                "codeAcademie",
                "académie « "
                    + codeAcademie
                    + " » hors nomenclature (2 chiffres) : ligne ignorée"));
        continue;
      }
      academies.put(
          codeAcademie, new Object[] {codeAcademie, row.text("libelleAcademie"), codeRegion});
      String codeDepartement = row.text("codeDepartement");
      if (codeDepartement != null) {
        departements.put(
            codeDepartement,
            new Object[] {
              codeDepartement, row.text("libelleDepartement"), codeAcademie, codeRegion
            });
      }
    }
    int changed =
        writer.upsert(
                REGION,
                List.of(REGION.CODE_REGION, REGION.LIBELLE),
                regions.values(),
                DSL.trueCondition())
            + writer.upsert(
                ACADEMIE,
                List.of(ACADEMIE.CODE_ACADEMIE, ACADEMIE.LIBELLE, ACADEMIE.CODE_REGION),
                academies.values(),
                DSL.trueCondition())
            + writer.upsert(
                DEPARTEMENT,
                List.of(
                    DEPARTEMENT.CODE_DEPARTEMENT,
                    DEPARTEMENT.LIBELLE,
                    DEPARTEMENT.CODE_ACADEMIE,
                    DEPARTEMENT.CODE_REGION),
                departements.values(),
                DSL.trueCondition());
    return LoadResult.of(rows, changed, rejets);
  }
}
