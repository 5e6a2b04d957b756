package fr.education.orion.indicateur.chargement;

import static fr.education.orion.indicateur.chargement.InserJeunesMesures.COUNTS;
import static fr.education.orion.indicateur.chargement.InserJeunesMesures.VALEUR_AJOUTEE;
import static fr.education.orion.ingestion.Column.optional;
import static fr.education.orion.ingestion.Column.present;
import static fr.education.orion.ingestion.Column.required;
import static fr.education.orion.ingestion.ColumnKind.CFD;
import static fr.education.orion.ingestion.ColumnKind.DECIMAL;
import static fr.education.orion.ingestion.ColumnKind.INTEGER;
import static fr.education.orion.ingestion.ColumnKind.MEFSTAT11;
import static fr.education.orion.ingestion.ColumnKind.TEXT;
import static fr.education.orion.ingestion.ColumnKind.UAI;
import static fr.education.orion.referentiel.Voie.CODE_APPRENTISSAGE;
import static fr.education.orion.referentiel.Voie.CODE_SCOLAIRE;
import static fr.education.orion.schema.Tables.INSERJEUNES_UAI;
import static fr.education.orion.schema.Tables.INSERJEUNES_UAI_ENSEMBLE;

import fr.education.orion.indicateur.Millesime;
import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.Rejet;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import fr.education.orion.referentiel.CodesConnus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Row2;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * InserJeunes counts per établissement: the per-UAI API answers, in the layout the Orion team dumps
 * them to ({@code ij_uai_data.csv}), or as {@code orion inserjeunes} receives them. Formation rows
 * (voie {@code scolaire} by MEFSTAT11, {@code apprentissage} by CFD) and rows of the whole
 * établissement (voie {@code ensemble}: {@code ensemble}, {@code apprentis} or {@code voieprosco},
 * with the valeur ajoutée) go to two tables. Rates are not read. Each (millésime, UAI) of the file
 * replaces what was known of it; other UAIs are kept. UAIs, MEFSTAT11 and CFDs unknown to the
 * référentiel are kept and reported.
 */
@Component
class InserJeunesUaiLoader implements SourceLoader {

  static final String TYPE = "inserjeunes_uai";
  static final String ENSEMBLE = "ensemble";
  static final Set<String> ENSEMBLES = Set.of(ENSEMBLE, "apprentis", "voieprosco");

  private static final SourceFormat FORMAT =
      new SourceFormat(
          TYPE,
          "InserJeunes : effectifs de sortants, en emploi et en poursuite d'études par"
              + " établissement et formation, valeur ajoutée",
          Stream.concat(
                  Stream.of(
                      required("millesime", TEXT),
                      required("uai", UAI),
                      required("voie", TEXT),
                      present("cfd", CFD),
                      present("mefstat", MEFSTAT11).or("mefstat11"),
                      present(ENSEMBLE, TEXT)),
                  Stream.concat(
                      COUNTS.stream().map(count -> present(count, INTEGER)),
                      Stream.of(optional(VALEUR_AJOUTEE, DECIMAL))))
              .toList(),
          111);

  private final BulkWriter writer;
  private final CodesConnus codes;

  InserJeunesUaiLoader(BulkWriter writer, CodesConnus codes) {
    this.writer = writer;
    this.codes = codes;
  }

  @Override
  public SourceFormat format() {
    return FORMAT;
  }

  /** What the référentiel knows, to report codes it does not. */
  private record Known(Set<String> uais, Set<String> mefstats, Set<String> cfds) {}

  @Override
  public LoadResult load(SourceRows rows) {
    Known known = new Known(codes.uais(), codes.mefstat11s(), codes.cfds());
    Map<List<String>, Object[]> formations = new LinkedHashMap<>();
    Map<List<String>, Object[]> ensembles = new LinkedHashMap<>();
    Map<List<String>, Integer> firstLine = new HashMap<>();
    Set<Row2<String, String>> scope = new LinkedHashSet<>();
    List<Rejet> rejets = new ArrayList<>();
    List<Rejet> avertissements = new ArrayList<>();
    for (SourceRow row : rows) {
      String millesime = row.required("millesime");
      String uai = row.required("uai");
      String voie = row.required("voie");
      if (!Millesime.estValide(millesime)) {
        rejets.add(
            Rejet.ofLine(
                row, "millesime", "« " + millesime + " » n'est pas un millésime AAAA_AAAA"));
        continue;
      }
      String column =
          switch (voie) {
            case CODE_SCOLAIRE -> "mefstat";
            case CODE_APPRENTISSAGE -> "cfd";
            case ENSEMBLE -> ENSEMBLE;
            default -> null;
          };
      String code = column == null ? null : row.text(column);
      if (code == null || (voie.equals(ENSEMBLE) && !ENSEMBLES.contains(code))) {
        rejets.add(Rejet.ofLine(row, "voie", withoutCode(voie, code)));
        continue;
      }
      List<String> key = List.of(millesime, uai, voie, code);
      Integer previous = firstLine.putIfAbsent(key, row.line());
      if (previous != null) {
        rejets.add(Rejet.ofLine(row, column, "même formation que la ligne " + previous));
        continue;
      }
      warnUnknown(row, known, uai, voie, code, avertissements);
      scope.add(DSL.row(uai, millesime));
      Object[] values = values(row, uai, millesime, code, voie.equals(ENSEMBLE));
      (voie.equals(ENSEMBLE) ? ensembles : formations).put(key, values);
    }
    Condition inScope =
        scope.isEmpty()
            ? DSL.falseCondition()
            : DSL.row(INSERJEUNES_UAI.UAI, INSERJEUNES_UAI.MILLESIME).in(scope);
    Condition ensembleInScope =
        scope.isEmpty()
            ? DSL.falseCondition()
            : DSL.row(INSERJEUNES_UAI_ENSEMBLE.UAI, INSERJEUNES_UAI_ENSEMBLE.MILLESIME).in(scope);
    int changed =
        writer.replace(INSERJEUNES_UAI, formationFields(), formations.values(), inScope)
            + writer.replace(
                INSERJEUNES_UAI_ENSEMBLE, ensembleFields(), ensembles.values(), ensembleInScope);
    return LoadResult.of(rows, changed, rejets, avertissements);
  }

  private static String withoutCode(String voie, @Nullable String code) {
    return switch (voie) {
      case CODE_SCOLAIRE -> "voie scolaire sans MEFSTAT11 (colonne « mefstat »)";
      case CODE_APPRENTISSAGE -> "voie apprentissage sans CFD (colonne « cfd »)";
      case ENSEMBLE ->
          code == null
              ? "voie ensemble sans valeur dans la colonne « ensemble »"
              : "ensemble « " + code + " » inconnu (ensemble, apprentis ou voieprosco)";
      default -> "voie « " + voie + " » inconnue (scolaire, apprentissage ou ensemble)";
    };
  }

  private static void warnUnknown(
      SourceRow row,
      Known known,
      String uai,
      String voie,
      String code,
      List<Rejet> avertissements) {
    if (!known.uais().contains(uai)) {
      avertissements.add(Rejet.ofLine(row, "uai", "UAI « " + uai + " » inconnu du référentiel"));
    }
    if (voie.equals(CODE_SCOLAIRE) && !known.mefstats().contains(code)) {
      avertissements.add(
          Rejet.ofLine(row, "mefstat", "MEFSTAT11 « " + code + " » absent de N_MEF"));
    }
    if (voie.equals(CODE_APPRENTISSAGE) && !known.cfds().contains(code)) {
      avertissements.add(Rejet.ofLine(row, "cfd", "CFD « " + code + " » absent de la BCN"));
    }
  }

  /** The values of a row, in the order of {@link #formationFields} or {@link #ensembleFields}. */
  private static Object[] values(
      SourceRow row, String uai, String millesime, String code, boolean ensemble) {
    List<Object> values = new ArrayList<>(List.of(uai, millesime));
    if (!ensemble) {
      values.add(row.required("voie"));
    }
    values.add(code);
    COUNTS.forEach(count -> values.add(row.integer(count)));
    if (ensemble) {
      values.add(row.decimal(VALEUR_AJOUTEE));
    }
    return values.toArray();
  }

  private static List<Field<?>> formationFields() {
    return List.of(
        INSERJEUNES_UAI.UAI,
        INSERJEUNES_UAI.MILLESIME,
        INSERJEUNES_UAI.VOIE,
        INSERJEUNES_UAI.CODE_FORMATION,
        INSERJEUNES_UAI.NB_ANNEE_TERM,
        INSERJEUNES_UAI.NB_SORTANT,
        INSERJEUNES_UAI.NB_POURSUITE_ETUDES,
        INSERJEUNES_UAI.NB_EN_EMPLOI_6_MOIS,
        INSERJEUNES_UAI.NB_EN_EMPLOI_12_MOIS,
        INSERJEUNES_UAI.NB_EN_EMPLOI_24_MOIS);
  }

  private static List<Field<?>> ensembleFields() {
    return List.of(
        INSERJEUNES_UAI_ENSEMBLE.UAI,
        INSERJEUNES_UAI_ENSEMBLE.MILLESIME,
        INSERJEUNES_UAI_ENSEMBLE.ENSEMBLE,
        INSERJEUNES_UAI_ENSEMBLE.NB_ANNEE_TERM,
        INSERJEUNES_UAI_ENSEMBLE.NB_SORTANT,
        INSERJEUNES_UAI_ENSEMBLE.NB_POURSUITE_ETUDES,
        INSERJEUNES_UAI_ENSEMBLE.NB_EN_EMPLOI_6_MOIS,
        INSERJEUNES_UAI_ENSEMBLE.NB_EN_EMPLOI_12_MOIS,
        INSERJEUNES_UAI_ENSEMBLE.NB_EN_EMPLOI_24_MOIS,
        INSERJEUNES_UAI_ENSEMBLE.VALEUR_AJOUTEE_6_MOIS);
  }
}
