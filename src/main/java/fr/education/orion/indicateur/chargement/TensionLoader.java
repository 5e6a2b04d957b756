package fr.education.orion.indicateur.chargement;

import static fr.education.orion.ingestion.Column.optional;
import static fr.education.orion.ingestion.Column.present;
import static fr.education.orion.ingestion.Column.required;
import static fr.education.orion.ingestion.ColumnKind.CODE_ROME;
import static fr.education.orion.ingestion.ColumnKind.INTEGER;
import static fr.education.orion.ingestion.ColumnKind.TEXT;
import static fr.education.orion.schema.Tables.TENSION;
import static fr.education.orion.schema.Tables.TENSION_ROME;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.Rejet;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import fr.education.orion.referentiel.CodeDepartement;
import fr.education.orion.referentiel.CodesConnus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.Row2;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * France Travail tension indicators ("perspectives employeur", nomenclature {@code TYPE_TENSION})
 * per ROME code, territory and year, as Orion writes them from the API: {@code tension_rome.csv}
 * (national), {@code tension_rome_region.csv} and {@code tension_rome_departement.csv}, one header
 * for the three. Each line says its territory level ({@code NAT}, {@code REG}, {@code DEP}); a file
 * replaces what was known of its levels and years. Départements are written {@code 01}, {@code 2A},
 * {@code 971} and stored on 3 characters. ROME codes are checked for their shape only.
 */
@Component
class TensionLoader implements SourceLoader {

  private static final String TYPE_TERRITOIRE = "codeTypeTerritoire";
  private static final String TERRITOIRE = "codeTerritoire";
  private static final String ROME = "codeActivite";
  private static final String TENSION_CODE = "codeNomenclature";
  private static final String TENSION_LIBELLE = "libNomenclature";
  private static final String ANNEE = "codePeriode";
  private static final String VALEUR = "valeurPrincipaleNom";
  private static final String TYPE_ACTIVITE = "codeTypeActivite";
  private static final String TYPE_PERIODE = "codeTypePeriode";
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern REGION_CODE = Pattern.compile("\\d{2}");

  private static final SourceFormat FORMAT =
      new SourceFormat(
          "france_travail_tension",
          "France Travail : tension des métiers par code ROME, territoire (national, région,"
              + " département) et année",
          List.of(
              required(TYPE_TERRITOIRE, TEXT),
              required(TERRITOIRE, TEXT),
              required(ROME, CODE_ROME),
              required(TENSION_CODE, TEXT),
              present(TENSION_LIBELLE, TEXT),
              required(ANNEE, INTEGER),
              required(VALEUR, INTEGER),
              optional(TYPE_ACTIVITE, TEXT),
              optional(TYPE_PERIODE, TEXT)),
          150);

  private final BulkWriter writer;
  private final CodesConnus codes;

  TensionLoader(BulkWriter writer, CodesConnus codes) {
    this.writer = writer;
    this.codes = codes;
  }

  @Override
  public SourceFormat format() {
    return FORMAT;
  }

  /** A territory as stored: its level and its code. */
  private record Territoire(String type, String code) {}

  /** A line that cannot be read as one value of a ROME code, territory and year. */
  private static final class Refus extends Exception {
    Refus(String motif) {
      super(motif, null, false, false);
    }
  }

  @Override
  public LoadResult load(SourceRows rows) {
    Set<String> regions = codes.codesRegions();
    Set<String> departements = codes.codesDepartements();
    Map<String, Object[]> tensions = new LinkedHashMap<>();
    Map<List<String>, Object[]> valeurs = new LinkedHashMap<>();
    Set<List<String>> scopes = new LinkedHashSet<>();
    List<Rejet> rejets = new ArrayList<>();
    List<Rejet> avertissements = new ArrayList<>();
    for (SourceRow row : rows) {
      Territoire territoire;
      try {
        checkActiviteAndPeriode(row);
        territoire = territoire(row);
      } catch (Refus refus) {
        rejets.add(Rejet.ofLine(row, null, refus.getMessage() + " : ligne ignorée"));
        continue;
      }
      String type = territoire.type();
      String code = territoire.code();
      boolean known =
          switch (type) {
            case "REG" -> regions.contains(code);
            case "DEP" -> departements.contains(code);
            default -> true;
          };
      if (!known) {
        avertissements.add(
            Rejet.ofLine(row, TERRITOIRE, "territoire « " + code + " » inconnu du référentiel"));
      }
      String tension = row.required(TENSION_CODE);
      String libelle = row.text(TENSION_LIBELLE);
      tensions.put(tension, new Object[] {tension, libelle == null ? tension : libelle});
      String rome = row.required(ROME);
      String annee = row.required(ANNEE);
      scopes.add(List.of(type, annee));
      valeurs.put(
          List.of(rome, type, code, tension, annee),
          new Object[] {rome, type, code, tension, annee, row.integer(VALEUR)});
    }
    int changed =
        writer.upsert(
            TENSION,
            List.of(TENSION.CODE_TENSION, TENSION.LIBELLE),
            tensions.values(),
            DSL.trueCondition());
    List<Row2<String, String>> scope =
        scopes.stream().map(pair -> DSL.row(pair.get(0), pair.get(1))).toList();
    changed +=
        writer.replace(
            TENSION_ROME,
            List.of(
                TENSION_ROME.CODE_ROME,
                TENSION_ROME.TYPE_TERRITOIRE,
                TENSION_ROME.CODE_TERRITOIRE,
                TENSION_ROME.CODE_TENSION,
                TENSION_ROME.ANNEE,
                TENSION_ROME.VALEUR),
            valeurs.values(),
            DSL.row(TENSION_ROME.TYPE_TERRITOIRE, TENSION_ROME.ANNEE).in(scope));
    return LoadResult.of(rows, changed, rejets, avertissements);
  }

  /** A line must be about a ROME code and a year, as the three files are. */
  private static void checkActiviteAndPeriode(SourceRow row) throws Refus {
    String activite = row.text(TYPE_ACTIVITE);
    if (activite != null && !activite.equals("ROME")) {
      throw new Refus("type d'activité « " + activite + " » au lieu de ROME");
    }
    String periode = row.text(TYPE_PERIODE);
    if (periode != null && !periode.equals("ANNEE")) {
      throw new Refus("type de période « " + periode + " » au lieu de ANNEE");
    }
    String annee = row.required(ANNEE);
    if (!YEAR.matcher(annee).matches()) {
      throw new Refus("année « " + annee + " » : 4 chiffres attendus");
    }
  }

  private static Territoire territoire(SourceRow row) throws Refus {
    String type = row.required(TYPE_TERRITOIRE);
    String code = row.required(TERRITOIRE).toUpperCase(Locale.ROOT);
    switch (type) {
      case "NAT" -> {
        if (!code.equals("FR")) {
          throw new Refus("territoire national « " + code + " » au lieu de FR");
        }
        return new Territoire(type, code);
      }
      case "REG" -> {
        if (!REGION_CODE.matcher(code).matches()) {
          throw new Refus("code région « " + code + " » : 2 chiffres attendus");
        }
        return new Territoire(type, code);
      }
      case "DEP" -> {
        // France Travail writes 01, 2A, 971; départements are stored on 3 characters.
        return new Territoire(
            type,
            CodeDepartement.parse(code)
                .map(CodeDepartement::code)
                .orElseThrow(() -> new Refus("code département « " + code + " » invalide")));
      }
      default ->
          throw new Refus("type de territoire « " + type + " » inconnu (NAT, REG ou DEP attendu)");
    }
  }
}
