package fr.education.orion.indicateur.chargement;

import static fr.education.orion.ingestion.Column.present;
import static fr.education.orion.ingestion.Column.required;
import static fr.education.orion.ingestion.ColumnKind.INTEGER;
import static fr.education.orion.ingestion.ColumnKind.MEFSTAT11;
import static fr.education.orion.ingestion.ColumnKind.TEXT;
import static fr.education.orion.schema.Tables.PARCOURSUP_LIGNE;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.Rejet;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import fr.education.orion.referentiel.Uai;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Parcoursup BTS capacities and confirmed wishes per UAI, MEFSTAT11 and statut, for the rentrée of
 * the file. Reads the 10- and 11-column layouts of 2022–2023 and the 6-column one of 2024 (no CFD
 * columns): only the columns below are used.
 */
@Component
class ParcoursupLoader implements SourceLoader {

  private static final SourceFormat FORMAT =
      new SourceFormat(
          "parcoursup_bts",
          "Parcoursup : capacités et vœux confirmés des BTS",
          List.of(
              // Parcoursup has its own codes for some schools (e.g. C752887F): lines set aside
              // below.
              required("UAI", TEXT),
              required("MEFSTAT11", MEFSTAT11),
              present("STATUT", TEXT),
              present("CAPACITEPSUP", INTEGER),
              present("NB_VOEUX_CONFIRMES", INTEGER)),
          121);

  private final BulkWriter writer;

  ParcoursupLoader(BulkWriter writer) {
    this.writer = writer;
  }

  @Override
  public SourceFormat format() {
    return FORMAT;
  }

  @Override
  public LoadResult load(SourceRows rows) {
    String rentree = Rentree.ofFile(rows);
    List<Object[]> lines = new ArrayList<>(rows.size());
    List<Rejet> rejets = new ArrayList<>();
    for (SourceRow row : rows) {
      String lue = row.required("UAI");
      Optional<Uai> uai = Uai.parse(lue);
      if (uai.isEmpty()) {
        rejets.add(
            Rejet.ofLine(
                row,
                "UAI",
                "« "
                    + lue.toUpperCase(Locale.ROOT)
                    + " » n'est pas un UAI (7 chiffres et une lettre) : ligne ignorée"));
        continue;
      }
      lines.add(
          new Object[] {
            rentree,
            row.line(),
            uai.get().code(),
            row.required("MEFSTAT11"),
            row.text("STATUT"),
            row.integer("CAPACITEPSUP"),
            row.integer("NB_VOEUX_CONFIRMES")
          });
    }
    int changed =
        writer.replace(
            PARCOURSUP_LIGNE,
            List.of(
                PARCOURSUP_LIGNE.RENTREE_SCOLAIRE,
                PARCOURSUP_LIGNE.LIGNE,
                PARCOURSUP_LIGNE.UAI,
                PARCOURSUP_LIGNE.MEFSTAT11,
                PARCOURSUP_LIGNE.STATUT,
                PARCOURSUP_LIGNE.CAPACITE,
                PARCOURSUP_LIGNE.VOEUX_CONFIRMES),
            lines,
            PARCOURSUP_LIGNE.RENTREE_SCOLAIRE.eq(rentree));
    return LoadResult.of(rows, changed, rejets);
  }
}
