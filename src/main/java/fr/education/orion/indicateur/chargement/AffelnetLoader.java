package fr.education.orion.indicateur.chargement;

import static fr.education.orion.ingestion.Column.optional;
import static fr.education.orion.ingestion.Column.present;
import static fr.education.orion.ingestion.Column.required;
import static fr.education.orion.ingestion.ColumnKind.INTEGER;
import static fr.education.orion.ingestion.ColumnKind.MEFSTAT11;
import static fr.education.orion.ingestion.ColumnKind.TEXT;
import static fr.education.orion.ingestion.ColumnKind.UAI;
import static fr.education.orion.schema.Tables.AFFELNET_LIGNE;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.Rejet;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import fr.education.orion.ingestion.Vraisemblance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Affelnet capacities and first-rank wishes per UAI d'accueil and MEFSTAT11, for the rentrée of the
 * file. Both the 9-column layout (2021, 2022) and the full 23-column export are read by column
 * name; the 2023 files' doubled and trailing spaces in headers ({@code Secteur }) are ignored. The
 * full export says whether the établissement is public or private: private ones get no capacity nor
 * wishes ({@code calcul.OffreBuilder}), as when the référentiel says so.
 */
@Component
class AffelnetLoader implements SourceLoader {

  private static final SourceFormat FORMAT =
      new SourceFormat(
          "affelnet",
          "Affelnet : capacités et premiers vœux par établissement d'accueil et MEFSTAT11",
          List.of(
              required("Etablissement d'accueil", UAI),
              required("MEF STAT 11", MEFSTAT11),
              present("Voeu de recensement O/N", TEXT),
              present("Statut Offre de formation", TEXT),
              present("Capacité carte scolaire", INTEGER),
              present("Demandes vœux 1", INTEGER),
              optional("Secteur", TEXT)),
          120);

  /**
   * Counts of places and of wishes are never negative. A capacity is kept by the pages only between
   * 5 and 500 (the source sometimes writes an arbitrary 900, 999 or 1000 for an unknown one), so
   * only what lies past those known placeholders is implausible.
   */
  private static final List<Vraisemblance> VRAISEMBLANCES =
      List.of(
          Vraisemblance.entre(
              "Capacité carte scolaire",
              0,
              1000,
              "une capacité d'accueil, entre 0 et 1 000 places"),
          Vraisemblance.entre("Demandes vœux 1", 0, 100_000, "un nombre de vœux, positif ou nul"));

  private final BulkWriter writer;

  AffelnetLoader(BulkWriter writer) {
    this.writer = writer;
  }

  @Override
  public SourceFormat format() {
    return FORMAT;
  }

  @Override
  public List<Rejet> valeursInvraisemblables(SourceRows rows) {
    return Vraisemblance.check(rows, VRAISEMBLANCES);
  }

  @Override
  public LoadResult load(SourceRows rows) {
    String rentree = Rentree.ofFile(rows);
    List<Object[]> lines = new ArrayList<>(rows.size());
    for (SourceRow row : rows) {
      lines.add(
          new Object[] {
            rentree,
            row.line(),
            row.required("Etablissement d'accueil"),
            row.required("MEF STAT 11"),
            row.text("Voeu de recensement O/N"),
            row.text("Statut Offre de formation"),
            row.integer("Capacité carte scolaire"),
            row.integer("Demandes vœux 1"),
            secteur(row.text("Secteur"))
          });
    }
    int changed =
        writer.replace(
            AFFELNET_LIGNE,
            List.of(
                AFFELNET_LIGNE.RENTREE_SCOLAIRE,
                AFFELNET_LIGNE.LIGNE,
                AFFELNET_LIGNE.UAI,
                AFFELNET_LIGNE.MEFSTAT11,
                AFFELNET_LIGNE.VOEU_RECENSEMENT,
                AFFELNET_LIGNE.STATUT,
                AFFELNET_LIGNE.CAPACITE,
                AFFELNET_LIGNE.PREMIERS_VOEUX,
                AFFELNET_LIGNE.SECTEUR),
            lines,
            AFFELNET_LIGNE.RENTREE_SCOLAIRE.eq(rentree));
    return LoadResult.of(rows, changed);
  }

  /** {@code PU} or {@code PR}, however the export writes it; null when absent or unclear. */
  private static @Nullable String secteur(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String upper = value.toUpperCase(Locale.ROOT);
    if (upper.startsWith("PR")) {
      return "PR";
    }
    return upper.startsWith("PU") ? "PU" : null;
  }
}
