package fr.education.orion.referentiel.chargement;

import static fr.education.orion.ingestion.Column.present;
import static fr.education.orion.ingestion.ColumnKind.CODE_RNCP;
import static fr.education.orion.ingestion.ColumnKind.TEXT;
import static fr.education.orion.schema.Tables.DIPLOME_PROFESSIONNEL;
import static fr.education.orion.schema.Tables.DIPLOME_PROFESSIONNEL_CORRECTION;
import static fr.education.orion.schema.Tables.FORMATION;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.ImportRefusedException;
import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.Rejet;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import fr.education.orion.referentiel.DiplomeCorrige;
import fr.education.orion.referentiel.DiplomeCorrige.Valeurs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Orion's corrections of the list of vocational diplomas ({@code OVERRIDES.csv}). Orion matched
 * them on the diploma's type and label, but the list now writes types in short ("BAC PRO" for
 * "Baccalauréat professionnel"), so that key finds 1 of the 37 lines: a correction applies to the
 * diploma of its "Code diplôme", and a line without one cannot be applied. How a correction
 * combines with the list is {@link DiplomeCorrige}; the report names the corrections the list
 * contradicts and those of diplomas absent from the list. The file is the whole set of corrections.
 */
@Component
class CorrectionDiplomeLoader implements SourceLoader {

  private static final String CODE_DIPLOME = "Code diplôme";
  private static final String CPC = "Commission professionnelle consultative";

  private static final SourceFormat FORMAT =
      new SourceFormat(
          "corrections_diplomes_professionnels",
          "Orion : corrections de la liste des diplômes professionnels (OVERRIDES)",
          List.of(
              present("Libellé", TEXT),
              present("Sous-secteur", TEXT),
              present(CODE_DIPLOME, TEXT),
              present("Diplôme", TEXT),
              present("Code RNCP", CODE_RNCP),
              present(CPC, TEXT),
              present("Secteur", TEXT)),
          76);

  private final BulkWriter writer;
  private final DSLContext dsl;

  CorrectionDiplomeLoader(BulkWriter writer, DSLContext dsl) {
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
    Map<String, Valeurs> liste =
        dsl.select(
                DIPLOME_PROFESSIONNEL.CFD,
                DIPLOME_PROFESSIONNEL.CODE_RNCP,
                DIPLOME_PROFESSIONNEL.CPC,
                DIPLOME_PROFESSIONNEL.SECTEUR)
            .from(DIPLOME_PROFESSIONNEL)
            .fetchMap(
                DIPLOME_PROFESSIONNEL.CFD,
                r -> new Valeurs(r.value2(), r.value3(), r.value4(), null));
    Rejets rejets = new Rejets();
    List<Rejet> malformed = new ArrayList<>();
    KeyedRows corrections = new KeyedRows(1);
    for (SourceRow row : rows) {
      String code = row.text(CODE_DIPLOME);
      if (code == null) {
        rejets.reject(
            row, CODE_DIPLOME, "sans code diplôme, la correction ne s'applique à aucune formation");
        continue;
      }
      Optional<String> cfd = DiplomeProfessionnelLoader.cfd(code);
      if (cfd.isEmpty()) {
        malformed.add(Rejet.ofLine(row, CODE_DIPLOME, "« " + code + " » ne donne pas un CFD"));
        continue;
      }
      Valeurs correction =
          new Valeurs(
              row.text("Code RNCP"), row.text(CPC), row.text("Secteur"), row.text("Sous-secteur"));
      rejets.warnIfUnknown(
          row, CODE_DIPLOME, cfd.get(), cfds, OrionReferentielLoaders.CFD_ABSENT_DE_LA_BCN);
      Valeurs diplome = liste.get(cfd.get());
      if (diplome == null) {
        rejets.warn(
            row,
            CODE_DIPLOME,
            "CFD « "
                + cfd.get()
                + " » absent de la liste des diplômes professionnels :"
                + " correction sans effet");
      } else {
        DiplomeCorrige.ignored(diplome, correction)
            .forEach(motif -> rejets.warn(row, null, "correction non appliquée, " + motif));
      }
      corrections.put(
          row,
          new Object[] {
            cfd.get(),
            row.text("Diplôme"),
            row.text("Libellé"),
            correction.codeRncp(),
            correction.cpc(),
            correction.secteur(),
            correction.sousSecteur()
          },
          rejets);
    }
    if (!malformed.isEmpty()) {
      throw ImportRefusedException.of(rows.fichier(), malformed);
    }
    int changed =
        writer.replace(
            DIPLOME_PROFESSIONNEL_CORRECTION,
            List.of(
                DIPLOME_PROFESSIONNEL_CORRECTION.CFD,
                DIPLOME_PROFESSIONNEL_CORRECTION.DIPLOME,
                DIPLOME_PROFESSIONNEL_CORRECTION.LIBELLE,
                DIPLOME_PROFESSIONNEL_CORRECTION.CODE_RNCP,
                DIPLOME_PROFESSIONNEL_CORRECTION.CPC,
                DIPLOME_PROFESSIONNEL_CORRECTION.SECTEUR,
                DIPLOME_PROFESSIONNEL_CORRECTION.SOUS_SECTEUR),
            corrections.values(),
            DSL.trueCondition());
    return rejets.result(rows, changed);
  }
}
