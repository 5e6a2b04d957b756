package fr.education.orion.referentiel.chargement;

import static fr.education.orion.ingestion.Column.optional;
import static fr.education.orion.ingestion.Column.present;
import static fr.education.orion.ingestion.Column.required;
import static fr.education.orion.ingestion.ColumnKind.DECIMAL;
import static fr.education.orion.ingestion.ColumnKind.TEXT;
import static fr.education.orion.ingestion.ColumnKind.UAI;
import static fr.education.orion.schema.Tables.ETABLISSEMENT;
import static fr.education.orion.schema.Tables.ONISEP_STRUCTURE;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.Rejet;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import fr.education.orion.referentiel.GeolocalisationOnisep;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * ONISEP idéo-structures d'enseignement: the WGS84 coordinates of each structure, the main source
 * of the établissements' geolocation ({@link GeolocalisationOnisep}). Some header names carry
 * literal double quotes ({@code "code UAI"}); header matching ignores them. The secondaire and
 * supérieur catalogues share one layout: the file name tells them apart ({@code …superieur…}), and
 * a file replaces the lines of its catalogue.
 */
@Component
class OnisepStructureLoader implements SourceLoader {

  private static final String UAI_COLUMN = "code UAI";
  private static final String LATITUDE = "latitude (Y)";
  private static final String LONGITUDE = "longitude (X)";

  private static final SourceFormat FORMAT =
      new SourceFormat(
          "onisep_structures",
          "ONISEP : idéo-structures d'enseignement secondaire ou supérieur (coordonnées)",
          List.of(
              required(UAI_COLUMN, UAI),
              present(LATITUDE, DECIMAL),
              present(LONGITUDE, DECIMAL),
              optional("nom", TEXT),
              optional("CP", TEXT),
              optional("commune", TEXT)),
          83);

  private final BulkWriter writer;
  private final DSLContext dsl;

  OnisepStructureLoader(BulkWriter writer, DSLContext dsl) {
    this.writer = writer;
    this.dsl = dsl;
  }

  @Override
  public SourceFormat format() {
    return FORMAT;
  }

  @Override
  public LoadResult load(SourceRows rows) {
    String catalogue = GeolocalisationOnisep.catalogueOf(rows.fichier());
    Set<String> uais =
        new HashSet<>(dsl.select(ETABLISSEMENT.UAI).from(ETABLISSEMENT).fetch(ETABLISSEMENT.UAI));
    List<Object[]> lines = new ArrayList<>(rows.size());
    List<Rejet> rejets = new ArrayList<>();
    List<Rejet> avertissements = new ArrayList<>();
    for (SourceRow row : rows) {
      BigDecimal latitude = row.decimal(LATITUDE);
      BigDecimal longitude = row.decimal(LONGITUDE);
      if (latitude == null || longitude == null) {
        rejets.add(Rejet.ofLine(row, LATITUDE, "coordonnées absentes : ligne ignorée"));
        continue;
      }
      if (latitude.abs().doubleValue() > 90 || longitude.abs().doubleValue() > 180) {
        rejets.add(
            Rejet.ofLine(
                row,
                LATITUDE,
                "coordonnées hors limites (latitude "
                    + latitude
                    + ", longitude "
                    + longitude
                    + ") : ligne ignorée"));
        continue;
      }
      String uai = row.required(UAI_COLUMN);
      if (!uais.contains(uai)) {
        avertissements.add(
            Rejet.ofLine(row, UAI_COLUMN, "UAI « " + uai + " » inconnu du référentiel"));
      }
      lines.add(
          new Object[] {
            catalogue,
            row.line(),
            uai,
            row.text("nom"),
            row.text("CP"),
            row.text("commune"),
            latitude.doubleValue(),
            longitude.doubleValue()
          });
    }
    int changed =
        writer.replace(
            ONISEP_STRUCTURE,
            List.of(
                ONISEP_STRUCTURE.CATALOGUE,
                ONISEP_STRUCTURE.LIGNE,
                ONISEP_STRUCTURE.UAI,
                ONISEP_STRUCTURE.NOM,
                ONISEP_STRUCTURE.CODE_POSTAL,
                ONISEP_STRUCTURE.COMMUNE,
                ONISEP_STRUCTURE.LATITUDE,
                ONISEP_STRUCTURE.LONGITUDE),
            lines,
            ONISEP_STRUCTURE.CATALOGUE.eq(catalogue));
    return LoadResult.of(rows, changed, rejets, avertissements);
  }
}
