package fr.education.orion.indicateur.chargement;

import static fr.education.orion.ingestion.Column.optional;
import static fr.education.orion.ingestion.Column.present;
import static fr.education.orion.ingestion.Column.required;
import static fr.education.orion.ingestion.ColumnKind.INTEGER;
import static fr.education.orion.ingestion.ColumnKind.TEXT;
import static fr.education.orion.ingestion.ColumnKind.UAI;
import static fr.education.orion.schema.Tables.INSERJEUNES_ETABLISSEMENT;

import fr.education.orion.indicateur.Millesime;
import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.Column;
import fr.education.orion.ingestion.ImportRefusedException;
import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.Rejet;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import fr.education.orion.referentiel.EtablissementWriter;
import fr.education.orion.referentiel.EtablissementWriter.IdentiteDepp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;

/**
 * The DEPP's InserJeunes indicators per établissement. The DEPP publishes two files a millésime:
 * the "pro" file, one line per lycée and périmètre, and the "apprentissage" file, one line per CFA.
 * Their lines are kept as published, and the établissements they name are given to the référentiel
 * (UAI, name and région, the least complete of its sources). A file replaces what an earlier
 * version of the same millésime and kind of file said.
 *
 * <p>From 2020_2021 every column is named; the 2018_2019 and 2019_2020 files leave header cells
 * blank, so their columns are found by position, and the file name (or {@code --type}) tells a
 * "pro" file from an "apprentissage" one. Which position holds which rate, and why, is in {@code
 * docs/inserjeunes-etablissements.md}.
 */
final class InserJeunesEtablissementLoader implements SourceLoader {

  static final String UAI_COLUMN = "n°UAI de l'établissement";
  static final String LIBELLE = "Libellé de l'établissement";
  static final String REGION = "Région";
  static final String PERIMETRE = "Dont apprentis en EPLE";
  static final String POURSUITE = "Taux de poursuite d'études";
  static final String TAUX = "Taux";
  static final String TAUX_ATTENDU = "Taux attendu";
  static final String VALEUR_AJOUTEE = "Valeur ajoutée";
  static final String PART_POURSUITE = "Part en poursuite d'études";
  static final String PART_EMPLOI = "Part en emploi 6 mois après la sortie";
  static final String PART_AUTRES = "Part des autres situations";

  /** "non disponible": the DEPP's mark, from 2021_2022, for a value it does not publish. */
  private static final String ND = "nd";

  /** The indicators read, in the order of the table's columns; valeur ajoutée may be negative. */
  private static final List<String> INDICATEURS =
      List.of(
          POURSUITE, TAUX, TAUX_ATTENDU, VALEUR_AJOUTEE, PART_POURSUITE, PART_EMPLOI, PART_AUTRES);

  private static final List<Field<?>> FIELDS =
      List.of(
          INSERJEUNES_ETABLISSEMENT.UAI,
          INSERJEUNES_ETABLISSEMENT.MILLESIME,
          INSERJEUNES_ETABLISSEMENT.PERIMETRE,
          INSERJEUNES_ETABLISSEMENT.TAUX_POURSUITE,
          INSERJEUNES_ETABLISSEMENT.TAUX_EMPLOI_6_MOIS,
          INSERJEUNES_ETABLISSEMENT.TAUX_ATTENDU,
          INSERJEUNES_ETABLISSEMENT.VALEUR_AJOUTEE,
          INSERJEUNES_ETABLISSEMENT.PART_POURSUITE,
          INSERJEUNES_ETABLISSEMENT.PART_EMPLOI_6_MOIS,
          INSERJEUNES_ETABLISSEMENT.PART_AUTRES_SITUATIONS,
          INSERJEUNES_ETABLISSEMENT.FICHIER);

  /** The two kinds of DEPP files, each its own type of source file. */
  enum Fichier {
    PRO(
        "depp_inserjeunes_lycees",
        "DEPP InserJeunes : indicateurs par lycée et périmètre (fichier « pro »)",
        "(^|[^\\p{L}])pro([^\\p{L}]|$)",
        Map.of(
            "ensemble", "ensemble",
            "dont apprentis", "apprentis",
            "dont élèves en voie pro sco", "scolaires")),
    APPRENTISSAGE(
        "depp_inserjeunes_cfa",
        "DEPP InserJeunes : indicateurs par CFA (fichier « apprentissage »)",
        "apprentissage",
        Map.of());

    final SourceFormat format;

    /** The périmètre of a line by the label of the file; a CFA's only one is apprentissage. */
    final Map<String, String> perimetreByLibelle;

    Fichier(String type, String libelle, String fileName, Map<String, String> perimetreByLibelle) {
      this.perimetreByLibelle = perimetreByLibelle;
      Stream<Column> identite =
          Stream.of(required(UAI_COLUMN, UAI), required(LIBELLE, TEXT), present(REGION, TEXT));
      Stream<Column> perimetre =
          perimetreByLibelle.isEmpty()
              ? Stream.empty()
              : Stream.of(required(PERIMETRE, TEXT).orBlankAt(4));
      Stream<Column> indicateurs =
          Stream.of(
              present(POURSUITE, INTEGER).orBlankAt(5).absentWhen(ND),
              present(TAUX, INTEGER).absentWhen(ND),
              present(TAUX_ATTENDU, INTEGER).absentWhen(ND),
              present(VALEUR_AJOUTEE, INTEGER).absentWhen(ND),
              optional(PART_POURSUITE, INTEGER).absentWhen(ND),
              optional(PART_EMPLOI, INTEGER).absentWhen(ND),
              optional(PART_AUTRES, INTEGER).absentWhen(ND));
      this.format =
          new SourceFormat(
                  type,
                  libelle,
                  Stream.of(identite, perimetre, indicateurs).flatMap(s -> s).toList(),
                  80)
              .withFileName(fileName);
    }

    List<String> perimetres() {
      return perimetreByLibelle.isEmpty()
          ? List.of("apprentissage")
          : List.copyOf(perimetreByLibelle.values());
    }
  }

  private final Fichier fichier;
  private final BulkWriter writer;
  private final EtablissementWriter etablissements;

  InserJeunesEtablissementLoader(
      Fichier fichier, BulkWriter writer, EtablissementWriter etablissements) {
    this.fichier = fichier;
    this.writer = writer;
    this.etablissements = etablissements;
  }

  @Override
  public SourceFormat format() {
    return fichier.format;
  }

  @Override
  public LoadResult load(SourceRows rows) {
    String millesime = millesime(rows);
    String publie = rows.nomPublie();
    List<Rejet> errors = new ArrayList<>();
    Map<List<String>, Object[]> lines = new LinkedHashMap<>();
    Map<List<String>, Integer> lineByKey = new HashMap<>();
    Map<String, IdentiteDepp> identites = new LinkedHashMap<>();
    for (SourceRow row : rows) {
      String uai = row.required(UAI_COLUMN);
      String perimetre = perimetre(row, errors);
      if (perimetre == null) {
        continue;
      }
      Integer previous = lineByKey.putIfAbsent(List.of(uai, perimetre), row.line());
      if (previous != null) {
        errors.add(
            Rejet.ofLine(
                row,
                UAI_COLUMN,
                "UAI « " + uai + " » déjà à la ligne " + previous + " pour le même périmètre"));
      }
      List<Object> values = new ArrayList<>(List.of(uai, millesime, perimetre));
      for (String indicateur : INDICATEURS) {
        values.add(percentage(row, indicateur, errors));
      }
      values.add(publie);
      lines.put(List.of(uai, perimetre), values.toArray());
      identites.put(uai, new IdentiteDepp(uai, row.required(LIBELLE), row.text(REGION)));
    }
    if (!errors.isEmpty()) {
      throw ImportRefusedException.of(rows.fichier(), errors);
    }
    int changed = etablissements.writeDepp(identites.values(), millesime);
    changed +=
        writer.replace(
            INSERJEUNES_ETABLISSEMENT,
            FIELDS,
            lines.values(),
            INSERJEUNES_ETABLISSEMENT
                .MILLESIME
                .eq(millesime)
                .and(INSERJEUNES_ETABLISSEMENT.PERIMETRE.in(fichier.perimetres())));
    return LoadResult.of(rows, changed);
  }

  private @Nullable String perimetre(SourceRow row, List<Rejet> errors) {
    if (fichier.perimetreByLibelle.isEmpty()) {
      return "apprentissage";
    }
    String libelle = row.required(PERIMETRE);
    String perimetre = fichier.perimetreByLibelle.get(libelle.strip().toLowerCase(Locale.ROOT));
    if (perimetre == null) {
      errors.add(
          Rejet.ofLine(
              row,
              PERIMETRE,
              "« "
                  + libelle
                  + " » n'est pas un périmètre du fichier « pro » (ensemble, dont apprentis,"
                  + " dont élèves en voie pro sco)"));
    }
    return perimetre;
  }

  /** A percentage, in [0, 100], or in [−100, 100] for the valeur ajoutée (a difference of two). */
  private static @Nullable Integer percentage(SourceRow row, String column, List<Rejet> errors) {
    Integer value = row.integer(column);
    int min = column.equals(VALEUR_AJOUTEE) ? -100 : 0;
    if (value != null && (value < min || value > 100)) {
      errors.add(
          Rejet.ofLine(
              row,
              column,
              "« " + value + " » n'est pas un pourcentage (de " + min + " à 100 attendu)"));
    }
    return value;
  }

  /** The millésime of the file, from its name or {@code --millesime}. */
  private static String millesime(SourceRows rows) {
    if (rows.annee() != null && Millesime.estValide(rows.annee())) {
      return rows.annee();
    }
    throw ImportRefusedException.of(
        rows.fichier(),
        "millésime inconnu : le nom du fichier doit le contenir (ex."
            + " depp-2022-etablissements-2021_2022-pro.csv) ou précisez --millesime AAAA_AAAA");
  }
}
