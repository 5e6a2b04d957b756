package fr.education.orion.referentiel.chargement;

import static fr.education.orion.ingestion.Column.optional;
import static fr.education.orion.ingestion.Column.present;
import static fr.education.orion.ingestion.Column.required;
import static fr.education.orion.ingestion.ColumnKind.CODE_ROME;
import static fr.education.orion.ingestion.ColumnKind.TEXT;
import static fr.education.orion.schema.Tables.DOMAINE_PROFESSIONNEL;
import static fr.education.orion.schema.Tables.ROME;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The fiches of the ROME v4 (France Travail), the whole référentiel in one file. Their domaine
 * professionnel is the first 3 characters of the code. The transition flags follow Orion:
 * écologique for an "Emploi stratégique pour la Transition écologique" only (an "Emploi Vert" is
 * not), numérique and démographique when marked O.
 */
@Component
class RomeLoader implements SourceLoader {

  private static final String TRANSITION_ECOLOGIQUE =
      "Emploi stratégique pour la Transition écologique";

  private static final SourceFormat FORMAT =
      new SourceFormat(
          "rome",
          "France Travail : fiches du ROME v4 et leurs transitions écologique, numérique et"
              + " démographique",
          List.of(
              required("code_rome", CODE_ROME),
              required("libelle_rome", TEXT),
              present("transition_eco", TEXT),
              present("transition_num", TEXT),
              present("transition_demo", TEXT),
              optional("code_rome_parent", CODE_ROME)),
          72);

  private final BulkWriter writer;
  private final DSLContext dsl;

  RomeLoader(BulkWriter writer, DSLContext dsl) {
    this.writer = writer;
    this.dsl = dsl;
  }

  @Override
  public SourceFormat format() {
    return FORMAT;
  }

  @Override
  public LoadResult load(SourceRows rows) {
    Set<String> domaines =
        dsl.select(DOMAINE_PROFESSIONNEL.CODE_DOMAINE_PROFESSIONNEL)
            .from(DOMAINE_PROFESSIONNEL)
            .fetchSet(DOMAINE_PROFESSIONNEL.CODE_DOMAINE_PROFESSIONNEL);
    Set<String> codes = new HashSet<>();
    rows.forEach(row -> codes.add(row.required("code_rome")));
    Rejets rejets = new Rejets();
    KeyedRows fiches = new KeyedRows(1);
    for (SourceRow row : rows) {
      String code = row.required("code_rome");
      String domaine = code.substring(0, 3);
      rejets.warnIfUnknown(
          row,
          "code_rome",
          domaine,
          domaines,
          "domaine professionnel « %s » absent du référentiel des domaines professionnels");
      String parent = row.text("code_rome_parent");
      rejets.warnIfUnknown(
          row, "code_rome_parent", parent, codes, "fiche parente « %s » absente du fichier");
      String ecologique = row.text("transition_eco");
      fiches.put(
          row,
          new Object[] {
            code,
            row.required("libelle_rome"),
            domaine,
            ecologique != null && ecologique.contains(TRANSITION_ECOLOGIQUE),
            oui(row.text("transition_num")),
            oui(row.text("transition_demo")),
            ecologique,
            parent
          },
          rejets);
    }
    int changed =
        writer.replace(
            ROME,
            List.of(
                ROME.CODE_ROME,
                ROME.LIBELLE,
                ROME.CODE_DOMAINE_PROFESSIONNEL,
                ROME.TRANSITION_ECOLOGIQUE,
                ROME.TRANSITION_NUMERIQUE,
                ROME.TRANSITION_DEMOGRAPHIQUE,
                ROME.QUALIFICATION_ECOLOGIQUE,
                ROME.CODE_ROME_PARENT),
            fiches.values(),
            DSL.trueCondition());
    return rejets.result(rows, changed);
  }

  private static boolean oui(@Nullable String flag) {
    return "O".equalsIgnoreCase(flag) || "OUI".equalsIgnoreCase(flag);
  }
}
