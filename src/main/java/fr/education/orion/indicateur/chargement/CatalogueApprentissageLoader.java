package fr.education.orion.indicateur.chargement;

import static fr.education.orion.ingestion.Column.optional;
import static fr.education.orion.ingestion.Column.present;
import static fr.education.orion.ingestion.Column.required;
import static fr.education.orion.ingestion.ColumnKind.CFD;
import static fr.education.orion.ingestion.ColumnKind.TEXT;
import static fr.education.orion.ingestion.ColumnKind.UAI;
import static fr.education.orion.schema.Tables.CATALOGUE_APPRENTISSAGE_LIGNE;

import fr.education.orion.indicateur.calcul.ColonnesCatalogue;
import fr.education.orion.indicateur.calcul.OffreApprentissageBuilder;
import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.Rejet;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import fr.education.orion.referentiel.PerimetreApprentissage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The catalogue des formations en apprentissage (export {@code offres_apprentissage.csv}): one line
 * per offer of a CFA. The file is a snapshot of the whole catalogue, so it replaces the previous
 * one. Its CFDs of CAP, bac pro, BTS and the like form the apprenticeship side of the perimeter
 * ({@link PerimetreApprentissage}), and its lines the apprenticeship offers ({@link
 * OffreApprentissageBuilder}), whose warnings join the import report.
 */
@Component
class CatalogueApprentissageLoader implements SourceLoader {

  private static final String TAGS = "Offre: Tags";
  private static final String NIVEAU = "Formation: niveau BCN";
  private static final Pattern MEF = Pattern.compile("[0-9A-Z]{10}");

  private static final SourceFormat FORMAT =
      new SourceFormat(
          "offres_apprentissage",
          "Catalogue des formations en apprentissage : offres des CFA (lieu, CFD, rentrées)",
          List.of(
              required(ColonnesCatalogue.CFD, CFD),
              present(TAGS, TEXT),
              present(NIVEAU, TEXT),
              optional(ColonnesCatalogue.UAI_LIEU, UAI),
              optional(ColonnesCatalogue.UAI_FORMATEUR, UAI),
              optional(ColonnesCatalogue.UAI_RESPONSABLE, UAI),
              optional(ColonnesCatalogue.CODES_MEF, TEXT),
              optional(ColonnesCatalogue.DUREE, TEXT)),
          140);

  private final BulkWriter writer;
  private final PerimetreApprentissage perimetre;
  private final OffreApprentissageBuilder offres;

  CatalogueApprentissageLoader(
      BulkWriter writer, PerimetreApprentissage perimetre, OffreApprentissageBuilder offres) {
    this.writer = writer;
    this.perimetre = perimetre;
    this.offres = offres;
  }

  @Override
  public SourceFormat format() {
    return FORMAT;
  }

  @Override
  public LoadResult load(SourceRows rows) {
    List<Object[]> lines = new ArrayList<>(rows.size());
    Set<String> cfds = new LinkedHashSet<>();
    List<Rejet> rejets = new ArrayList<>();
    for (SourceRow row : rows) {
      if (row.text(ColonnesCatalogue.UAI_LIEU) == null
          && row.text(ColonnesCatalogue.UAI_FORMATEUR) == null
          && row.text(ColonnesCatalogue.UAI_RESPONSABLE) == null) {
        rejets.add(
            Rejet.ofLine(
                row,
                ColonnesCatalogue.UAI_LIEU,
                "aucun UAI (lieu, formateur ou responsable) : ligne ignorée"));
        continue;
      }
      String codesMef = row.text(ColonnesCatalogue.CODES_MEF);
      String malformed = malformedMef(codesMef);
      if (malformed != null) {
        rejets.add(
            Rejet.ofLine(
                row,
                ColonnesCatalogue.CODES_MEF,
                "« " + malformed + " » n'est pas un code MEF de 10 caractères : ligne ignorée"));
        continue;
      }
      String cfd = row.required(ColonnesCatalogue.CFD);
      cfds.add(cfd);
      lines.add(
          new Object[] {
            row.line(),
            row.text(ColonnesCatalogue.UAI_LIEU),
            row.text(ColonnesCatalogue.UAI_FORMATEUR),
            row.text(ColonnesCatalogue.UAI_RESPONSABLE),
            cfd,
            row.text(NIVEAU),
            row.text(TAGS),
            codesMef,
            row.text(ColonnesCatalogue.DUREE)
          });
    }
    int changed =
        writer.replace(
            CATALOGUE_APPRENTISSAGE_LIGNE,
            List.of(
                CATALOGUE_APPRENTISSAGE_LIGNE.LIGNE,
                CATALOGUE_APPRENTISSAGE_LIGNE.UAI_LIEU,
                CATALOGUE_APPRENTISSAGE_LIGNE.UAI_FORMATEUR,
                CATALOGUE_APPRENTISSAGE_LIGNE.UAI_RESPONSABLE,
                CATALOGUE_APPRENTISSAGE_LIGNE.CFD,
                CATALOGUE_APPRENTISSAGE_LIGNE.NIVEAU,
                CATALOGUE_APPRENTISSAGE_LIGNE.TAGS,
                CATALOGUE_APPRENTISSAGE_LIGNE.CODES_MEF,
                CATALOGUE_APPRENTISSAGE_LIGNE.DUREE),
            lines,
            DSL.trueCondition());
    changed += perimetre.replace(cfds);
    OffreApprentissageBuilder.Resultat built = offres.rebuild();
    return LoadResult.of(rows, changed + built.modifiees(), rejets, built.avertissements());
  }

  /** The first code of the list that is not a MEF code, if any. */
  private static @Nullable String malformedMef(@Nullable String codesMef) {
    if (codesMef == null) {
      return null;
    }
    for (String code : codesMef.split(",")) {
      String mef = code.trim().toUpperCase(Locale.ROOT);
      if (!mef.isEmpty() && !MEF.matcher(mef).matches()) {
        return mef;
      }
    }
    return null;
  }
}
