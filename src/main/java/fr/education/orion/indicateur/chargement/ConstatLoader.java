package fr.education.orion.indicateur.chargement;

import static fr.education.orion.ingestion.Column.optional;
import static fr.education.orion.ingestion.Column.required;
import static fr.education.orion.ingestion.ColumnKind.INTEGER;
import static fr.education.orion.ingestion.ColumnKind.MEFSTAT11;
import static fr.education.orion.ingestion.ColumnKind.UAI;
import static fr.education.orion.schema.Tables.CONSTAT_RENTREE;

import fr.education.orion.indicateur.RentreeScolaire;
import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.ColumnKind;
import fr.education.orion.ingestion.ImportRefusedException;
import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.Rejet;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import fr.education.orion.ingestion.Vraisemblance;
import fr.education.orion.referentiel.CodesConnus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The constat de rentrée: headcount per UAI and MEFSTAT11. The rentrée is the year of the file (its
 * name or {@code --annee}); lines of another rentrée are refused. A new version of a rentrée
 * replaces the previous one; the offers are rebuilt after the import ({@code calcul.OffreBuilder}).
 * UAIs and MEFSTAT11 unknown to the référentiel are kept and reported.
 */
@Component
class ConstatLoader implements SourceLoader {

  private static final String RENTREE = "Rentrée scolaire";
  private static final SourceFormat FORMAT =
      new SourceFormat(
          "constat_rentree",
          "DEPP : constat de rentrée (effectifs par établissement et MEFSTAT11)",
          List.of(
              required("UAI", UAI),
              required("Mef Bcp 11", MEFSTAT11),
              required("Nombre d'élèves : Total", INTEGER),
              optional(RENTREE, ColumnKind.INTEGER)),
          100);

  /**
   * A headcount of one formation in one établissement: the real 2020 constat has a median of 16
   * pupils per line and a maximum of 219; a negative one, or more than a thousand, is a mistake of
   * the file.
   */
  private static final List<Vraisemblance> VRAISEMBLANCES =
      List.of(
          Vraisemblance.entre(
              "Nombre d'élèves : Total",
              0,
              1000,
              "un effectif d'une formation dans un établissement, entre 0 et 1 000 élèves"));

  private final BulkWriter writer;
  private final CodesConnus codes;

  ConstatLoader(BulkWriter writer, CodesConnus codes) {
    this.writer = writer;
    this.codes = codes;
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
    String rentree = rentree(rows);
    Set<String> uais = codes.uais();
    Set<String> mefstats = codes.mefstat11s();
    Map<List<String>, Object[]> lines = new LinkedHashMap<>();
    List<Rejet> rejets = new ArrayList<>();
    List<Rejet> avertissements = new ArrayList<>();
    for (SourceRow row : rows) {
      String annee = row.text(RENTREE);
      if (annee != null && !annee.equals(rentree)) {
        rejets.add(
            Rejet.ofLine(
                row, RENTREE, "rentrée " + annee + " dans un fichier de la rentrée " + rentree));
        continue;
      }
      String uai = row.required("UAI");
      String mefstat = row.required("Mef Bcp 11");
      if (!uais.contains(uai)) {
        avertissements.add(Rejet.ofLine(row, "UAI", "UAI « " + uai + " » inconnu du référentiel"));
      }
      if (!mefstats.contains(mefstat)) {
        avertissements.add(
            Rejet.ofLine(row, "Mef Bcp 11", "MEFSTAT11 « " + mefstat + " » absent de N_MEF"));
      }
      lines.put(
          List.of(uai, mefstat),
          new Object[] {rentree, uai, mefstat, row.integer("Nombre d'élèves : Total")});
    }
    int changed =
        writer.replace(
            CONSTAT_RENTREE,
            List.of(
                CONSTAT_RENTREE.RENTREE_SCOLAIRE,
                CONSTAT_RENTREE.UAI,
                CONSTAT_RENTREE.MEFSTAT11,
                CONSTAT_RENTREE.EFFECTIF),
            lines.values(),
            CONSTAT_RENTREE.RENTREE_SCOLAIRE.eq(rentree));
    return LoadResult.of(rows, changed, rejets, avertissements);
  }

  /** The year of the file, else the one rentrée its lines name. */
  private static String rentree(SourceRows rows) {
    if (rows.annee() != null && RentreeScolaire.estValide(rows.annee())) {
      return rows.annee();
    }
    Set<String> named = new HashSet<>();
    rows.forEach(row -> named.add(String.valueOf(row.text(RENTREE))));
    if (named.size() == 1 && !named.contains("null")) {
      return named.iterator().next();
    }
    throw ImportRefusedException.of(
        rows.fichier(),
        "rentrée inconnue : nommez le fichier constat_AAAA.csv ou précisez --annee AAAA");
  }
}
