package fr.education.orion.referentiel.chargement;

import static fr.education.orion.ingestion.Column.optional;
import static fr.education.orion.ingestion.Column.present;
import static fr.education.orion.ingestion.Column.required;
import static fr.education.orion.ingestion.ColumnKind.TEXT;
import static fr.education.orion.schema.Tables.DIPLOME_PROFESSIONNEL;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.Rejet;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import fr.education.orion.referentiel.Voie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The DGESCO list of vocational diplomas, which defines Orion's perimeter of formations (voie
 * scolaire). Its "Code diplôme" is written {@code 400-31107 T}: without dash and spaces, the first
 * 8 characters are the CFD.
 */
@Component
class DiplomeProfessionnelLoader implements SourceLoader {

  private static final Pattern CODE_DIPLOME = Pattern.compile("[0-9]{8}[A-Z]?");

  private static final SourceFormat FORMAT =
      new SourceFormat(
          "diplomes_professionnels",
          "DGESCO : liste des diplômes professionnels (périmètre des formations d'Orion)",
          List.of(
              required("Code diplôme", TEXT),
              required("Intitulé de la spécialité (et options)", TEXT),
              present("Diplôme", TEXT),
              present("Niveau", TEXT),
              present("Code RNCP", TEXT),
              present("Commission professionnelle consultative", TEXT),
              optional("Secteur", TEXT),
              optional("Première session", TEXT),
              optional("Dernière session", TEXT),
              optional("Famille de métiers", TEXT)),
          70);

  private final BulkWriter writer;

  DiplomeProfessionnelLoader(BulkWriter writer) {
    this.writer = writer;
  }

  @Override
  public SourceFormat format() {
    return FORMAT;
  }

  /** The CFD a "Code diplôme" gives ({@code 400-31107 T} → {@code 40031107}), if it gives one. */
  static Optional<String> cfd(String codeDiplome) {
    String compact = codeDiplome.replace("-", "").replace(" ", "");
    return CODE_DIPLOME.matcher(compact).matches()
        ? Optional.of(compact.substring(0, 8))
        : Optional.empty();
  }

  /**
   * A CFD listed on several lines (a diploma under renovation keeps its code: CAP 500-23118) keeps
   * the line of the latest first session, the current version of the diploma; the report names the
   * other lines.
   */
  @Override
  public LoadResult load(SourceRows rows) {
    Map<String, SourceRow> lines = new LinkedHashMap<>();
    Map<String, Object[]> diplomes = new LinkedHashMap<>();
    List<Rejet> rejets = new ArrayList<>();
    List<Rejet> avertissements = new ArrayList<>();
    for (SourceRow row : rows) {
      String code = row.required("Code diplôme");
      Optional<String> found = cfd(code);
      if (found.isEmpty()) {
        rejets.add(
            Rejet.ofLine(
                row, "Code diplôme", "« " + code + " » ne donne pas un CFD de 8 chiffres"));
        continue;
      }
      String cfd = found.get();
      SourceRow earlier = lines.get(cfd);
      if (earlier != null) {
        SourceRow kept = newer(earlier, row);
        SourceRow ignored = kept == row ? earlier : row;
        avertissements.add(
            Rejet.ofLine(
                ignored,
                "Code diplôme",
                "CFD "
                    + cfd
                    + " aussi ligne "
                    + kept.line()
                    + ", retenue (première session plus récente, ou ligne suivante à égalité) :"
                    + " cette ligne est ignorée"));
        if (kept == earlier) {
          continue;
        }
      }
      lines.put(cfd, row);
      diplomes.put(
          cfd,
          new Object[] {
            cfd,
            Voie.CODE_SCOLAIRE,
            code,
            row.required("Intitulé de la spécialité (et options)"),
            row.text("Diplôme"),
            row.text("Niveau"),
            row.text("Code RNCP"),
            row.text("Commission professionnelle consultative"),
            row.text("Secteur"),
            row.text("Première session"),
            row.text("Dernière session"),
            row.text("Famille de métiers")
          });
    }
    int changed =
        writer.upsert(
            DIPLOME_PROFESSIONNEL,
            List.of(
                DIPLOME_PROFESSIONNEL.CFD,
                DIPLOME_PROFESSIONNEL.VOIE,
                DIPLOME_PROFESSIONNEL.CODE_DIPLOME,
                DIPLOME_PROFESSIONNEL.INTITULE,
                DIPLOME_PROFESSIONNEL.DIPLOME,
                DIPLOME_PROFESSIONNEL.NIVEAU,
                DIPLOME_PROFESSIONNEL.CODE_RNCP,
                DIPLOME_PROFESSIONNEL.CPC,
                DIPLOME_PROFESSIONNEL.SECTEUR,
                DIPLOME_PROFESSIONNEL.PREMIERE_SESSION,
                DIPLOME_PROFESSIONNEL.DERNIERE_SESSION,
                DIPLOME_PROFESSIONNEL.FAMILLE_METIERS),
            diplomes.values(),
            DSL.trueCondition());
    return LoadResult.of(rows, changed, rejets, avertissements);
  }

  /** Of two lines of one CFD, the one of the latest first session; the later line on a tie. */
  private static SourceRow newer(SourceRow earlier, SourceRow later) {
    return session(earlier) > session(later) ? earlier : later;
  }

  private static int session(SourceRow row) {
    String session = row.text("Première session");
    return session != null && session.matches("[0-9]{4}") ? Integer.parseInt(session) : 0;
  }
}
