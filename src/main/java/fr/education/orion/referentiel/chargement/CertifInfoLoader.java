package fr.education.orion.referentiel.chargement;

import static fr.education.orion.ingestion.Column.present;
import static fr.education.orion.ingestion.Column.required;
import static fr.education.orion.ingestion.ColumnKind.CODE_RNCP;
import static fr.education.orion.ingestion.ColumnKind.CODE_ROME;
import static fr.education.orion.ingestion.ColumnKind.INTEGER;
import static fr.education.orion.ingestion.ColumnKind.TEXT;
import static fr.education.orion.schema.Tables.CERTIF_INFO;
import static fr.education.orion.schema.Tables.CERTIF_INFO_ROME;
import static fr.education.orion.schema.Tables.FORMATION;
import static fr.education.orion.schema.Tables.ROME;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.CodeRncp;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Certif Info (Réseau des Carif-Oref, Onisep): every certification with what Orion uses of it, its
 * CFD ({@code Code_Scolarité}, 8 characters; a value of another shape is no CFD and links to no
 * formation), its RNCP code and up to five ROME codes, from which {@link FormationRomeBuilder}
 * derives the métiers of each formation. The file is the whole référentiel. A certification listed
 * twice with the same values is one (the published file repeats 126 of them, differing only in
 * columns Orion does not read).
 */
@Component
class CertifInfoLoader implements SourceLoader {

  private static final int ROME_CODES = 5;
  private static final String SCOLARITE = "Code_Scolarité";

  private static final SourceFormat FORMAT =
      new SourceFormat(
          "certif_info",
          "Certif Info (Carif-Oref, Onisep) : certifications, leur CFD, leur code RNCP et leurs"
              + " codes ROME",
          Stream.concat(
                  Stream.of(
                      required("Code_Diplome", INTEGER),
                      required("Libelle_Diplome", TEXT),
                      present("Libelle_Type_Diplome", TEXT),
                      present("Code_RNCP", CODE_RNCP),
                      present(SCOLARITE, TEXT)),
                  IntStream.rangeClosed(1, ROME_CODES)
                      .mapToObj(rang -> present(romeColumn(rang), CODE_ROME)))
              .toList(),
          74);

  private final BulkWriter writer;
  private final DSLContext dsl;

  CertifInfoLoader(BulkWriter writer, DSLContext dsl) {
    this.writer = writer;
    this.dsl = dsl;
  }

  private static String romeColumn(int rang) {
    return "Code_Rome_" + rang;
  }

  @Override
  public SourceFormat format() {
    return FORMAT;
  }

  @Override
  public LoadResult load(SourceRows rows) {
    Set<String> cfds = dsl.select(FORMATION.CFD).from(FORMATION).fetchSet(FORMATION.CFD);
    Set<String> romes = dsl.select(ROME.CODE_ROME).from(ROME).fetchSet(ROME.CODE_ROME);
    Rejets rejets = new Rejets();
    KeyedRows certifications = new KeyedRows(1);
    KeyedRows codesRome = new KeyedRows(2);
    for (SourceRow row : rows) {
      String code = row.required("Code_Diplome");
      String cfd = cfd(row, rejets);
      rejets.warnIfUnknown(row, SCOLARITE, cfd, cfds, OrionReferentielLoaders.CFD_ABSENT_DE_LA_BCN);
      certifications.put(
          row,
          new Object[] {
            code,
            row.required("Libelle_Diplome"),
            row.text("Libelle_Type_Diplome"),
            cfd,
            CodeRncp.read(row.text("Code_RNCP"))
          },
          rejets);
      for (int rang = 1; rang <= ROME_CODES; rang++) {
        String rome = row.text(romeColumn(rang));
        if (rome != null) {
          rejets.warnIfUnknown(
              row, romeColumn(rang), rome, romes, "code ROME « %s » absent du référentiel ROME");
          codesRome.put(row, new Object[] {code, (short) rang, rome}, rejets);
        }
      }
    }
    int changed =
        writer.replace(
            CERTIF_INFO,
            List.of(
                CERTIF_INFO.CODE_CERTIF_INFO,
                CERTIF_INFO.LIBELLE,
                CERTIF_INFO.LIBELLE_TYPE,
                CERTIF_INFO.CFD,
                CERTIF_INFO.CODE_RNCP),
            certifications.values(),
            DSL.trueCondition());
    changed +=
        writer.replace(
            CERTIF_INFO_ROME,
            List.of(
                CERTIF_INFO_ROME.CODE_CERTIF_INFO,
                CERTIF_INFO_ROME.RANG,
                CERTIF_INFO_ROME.CODE_ROME),
            codesRome.values(),
            DSL.trueCondition());
    return rejets.result(rows, changed);
  }

  /** The CFD of a certification, or null when its Code_Scolarité is empty or no CFD. */
  private static @Nullable String cfd(SourceRow row, Rejets rejets) {
    String scolarite = row.text(SCOLARITE);
    if (scolarite == null) {
      return null;
    }
    String cfd = scolarite.toUpperCase(Locale.ROOT);
    if (!Cfd.estValide(cfd)) {
      rejets.warn(
          row,
          SCOLARITE,
          "« " + scolarite + " » n'est pas un CFD (8 caractères) : certification sans formation");
      return null;
    }
    return cfd;
  }
}
