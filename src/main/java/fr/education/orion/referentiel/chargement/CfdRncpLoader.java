package fr.education.orion.referentiel.chargement;

import static fr.education.orion.ingestion.Column.present;
import static fr.education.orion.ingestion.Column.required;
import static fr.education.orion.ingestion.ColumnKind.CFD;
import static fr.education.orion.ingestion.ColumnKind.DATE;
import static fr.education.orion.ingestion.ColumnKind.TEXT;
import static fr.education.orion.schema.Tables.CFD_RNCP;
import static fr.education.orion.schema.Tables.FORMATION;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.ImportRefusedException;
import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.Rejet;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import fr.education.orion.referentiel.CodeRncp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The "kit apprentissage" of France compétences: the RNCP fiches of each CFD, with the level of the
 * fiche, whether it is active, its end of validity and whether it is open to apprenticeship. The
 * kit writes NR ("non renseigné") where it knows no fiche: such a line has nothing to link and is
 * set aside. The file is the whole table.
 */
@Component
class CfdRncpLoader implements SourceLoader {

  private static final String CODE_RNCP = "Code_RNCP";
  private static final String ACCES = "Accès à l'apprentissage de la fiche RNCP (oui/non)";
  private static final String ETAT = "Fiche ACTIVE/INACTIVE";
  private static final String NON_RENSEIGNE = "NR";
  private static final Map<String, Boolean> OUI_NON = Map.of("OUI", true, "NON", false);
  private static final Map<String, Boolean> ACTIVE = Map.of("ACTIVE", true, "INACTIVE", false);

  private static final SourceFormat FORMAT =
      new SourceFormat(
          "rncp_kit_apprentissage",
          "France compétences : kit apprentissage, fiches RNCP de chaque CFD",
          List.of(
              required("Code_Diplome", CFD),
              required(CODE_RNCP, TEXT),
              required(ETAT, TEXT),
              present("Intitulé diplôme (DEPP)", TEXT),
              present("Niveau fiche RNCP", TEXT),
              present("Abrégé de diplôme (RNCP)", TEXT),
              present("Dernière MaJ", TEXT),
              present(ACCES, TEXT),
              present("Date d'échéance de la fiche RNCP", DATE)),
          75);

  private final BulkWriter writer;
  private final DSLContext dsl;

  CfdRncpLoader(BulkWriter writer, DSLContext dsl) {
    this.writer = writer;
    this.dsl = dsl;
  }

  @Override
  public SourceFormat format() {
    return FORMAT;
  }

  @Override
  public LoadResult load(SourceRows rows) {
    Set<String> cfds = dsl.select(FORMATION.CFD).from(FORMATION).fetchSet(FORMATION.CFD);
    Rejets rejets = new Rejets();
    List<Rejet> malformed = new ArrayList<>();
    KeyedRows fiches = new KeyedRows(2);
    for (SourceRow row : rows) {
      String cfd = row.required("Code_Diplome");
      String value = row.required(CODE_RNCP);
      if (value.equalsIgnoreCase(NON_RENSEIGNE)) {
        rejets.reject(row, CODE_RNCP, "fiche RNCP non renseignée (NR) : aucun lien à enregistrer");
        continue;
      }
      String rncp = CodeRncp.read(value);
      if (rncp == null) {
        malformed.add(Rejet.ofLine(row, CODE_RNCP, "« " + value + " » n'est pas un code RNCP"));
        continue;
      }
      rejets.warnIfUnknown(
          row, "Code_Diplome", cfd, cfds, OrionReferentielLoaders.CFD_ABSENT_DE_LA_BCN);
      fiches.put(
          row,
          new Object[] {
            cfd,
            rncp,
            row.text("Intitulé diplôme (DEPP)"),
            renseigne(row.text("Niveau fiche RNCP")),
            row.text("Abrégé de diplôme (RNCP)"),
            row.text("Dernière MaJ"),
            choice(row, ACCES, OUI_NON, "oui ou non", malformed),
            row.date("Date d'échéance de la fiche RNCP"),
            choice(row, ETAT, ACTIVE, "ACTIVE ou INACTIVE", malformed)
          },
          rejets);
    }
    if (!malformed.isEmpty()) {
      throw ImportRefusedException.of(rows.fichier(), malformed);
    }
    int changed =
        writer.replace(
            CFD_RNCP,
            List.of(
                CFD_RNCP.CFD,
                CFD_RNCP.CODE_RNCP,
                CFD_RNCP.INTITULE,
                CFD_RNCP.NIVEAU,
                CFD_RNCP.ABREGE_DIPLOME,
                CFD_RNCP.DERNIERE_MAJ,
                CFD_RNCP.ACCES_APPRENTISSAGE,
                CFD_RNCP.DATE_ECHEANCE,
                CFD_RNCP.ACTIVE),
            fiches.values(),
            DSL.trueCondition());
    return rejets.result(rows, changed);
  }

  private static @Nullable String renseigne(@Nullable String value) {
    return NON_RENSEIGNE.equalsIgnoreCase(value) ? null : value;
  }

  /** One of the values a column allows, null when empty or NR; anything else refuses the file. */
  private static @Nullable Boolean choice(
      SourceRow row,
      String column,
      Map<String, Boolean> values,
      String expected,
      List<Rejet> malformed) {
    String value = renseigne(row.text(column));
    if (value == null) {
      return null;
    }
    Boolean choice = values.get(value.toUpperCase(Locale.ROOT));
    if (choice == null) {
      malformed.add(
          Rejet.ofLine(
              row,
              column,
              "« " + value + " » n'est pas une valeur attendue (" + expected + ", ou NR)"));
    }
    return choice;
  }
}
