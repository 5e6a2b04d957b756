package fr.education.orion.referentiel;

import static fr.education.orion.ingestion.Column.optional;
import static fr.education.orion.ingestion.Column.present;
import static fr.education.orion.ingestion.Column.required;
import static fr.education.orion.ingestion.ColumnKind.DATE;
import static fr.education.orion.ingestion.ColumnKind.DECIMAL;
import static fr.education.orion.ingestion.ColumnKind.TEXT;
import static fr.education.orion.ingestion.ColumnKind.UAI;
import static fr.education.orion.schema.Tables.DEPARTEMENT;
import static fr.education.orion.schema.Tables.ETABLISSEMENT;
import static fr.education.orion.schema.Tables.REGION;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Établissements from three sources of decreasing completeness: the ACCE extraction (rang 3), the
 * annuaire de l'éducation (rang 2) and the DEPP InserJeunes files (rang 1: UAI, name and région
 * only). A source never overwrites what a more complete one wrote, nor erases what it does not
 * know: the ACCE gives no WGS84 coordinates, so those of the annuaire stay.
 */
final class EtablissementLoader implements SourceLoader {

  /** The territory a row resolves to; académie and région follow from the département. */
  record Territoire(
      @Nullable String codeDepartement,
      @Nullable String codeAcademie,
      @Nullable String codeRegion) {}

  /** What the loader knows of territories when it reads a file. */
  record Territoires(Map<String, Territoire> byDepartement, Map<String, String> regionByLibelle) {

    Territoire ofDepartement(@Nullable String code) {
      return code == null
          ? new Territoire(null, null, null)
          : byDepartement.getOrDefault(code, new Territoire(code, null, null));
    }

    /**
     * The département from the UAI (its first three characters; 620 and 720 are Corsica's), else
     * the région from its label.
     */
    Territoire ofUai(String uai, @Nullable String libelleRegion) {
      String prefix = uai.substring(0, 3);
      String departement =
          switch (prefix) {
            case "620" -> "02A";
            case "720" -> "02B";
            default -> prefix;
          };
      Territoire known = byDepartement.get(departement);
      if (known != null) {
        return known;
      }
      String region =
          libelleRegion == null ? null : regionByLibelle.get(Recherche.normalize(libelleRegion));
      return new Territoire(null, null, region);
    }
  }

  private final SourceFormat format;
  private final String source;
  private final int rang;
  private final BiFunction<SourceRow, Territoires, Object[]> mapper;
  private final List<Field<?>> written;
  private final BulkWriter writer;
  private final DSLContext dsl;

  /**
   * @param mapper a line to the values of {@link #FIELDS}
   * @param unknown the fields this source does not give, left as another source wrote them
   */
  private EtablissementLoader(
      SourceFormat format,
      String source,
      int rang,
      BiFunction<SourceRow, Territoires, Object[]> mapper,
      Set<Field<?>> unknown,
      BulkWriter writer,
      DSLContext dsl) {
    this.format = format;
    this.source = source;
    this.rang = rang;
    this.mapper = mapper;
    this.written = FIELDS.stream().filter(field -> !unknown.contains(field)).toList();
    this.writer = writer;
    this.dsl = dsl;
  }

  private static final List<Field<?>> FIELDS =
      List.of(
          ETABLISSEMENT.UAI,
          ETABLISSEMENT.LIBELLE,
          ETABLISSEMENT.SECTEUR,
          ETABLISSEMENT.TYPE_ETABLISSEMENT,
          ETABLISSEMENT.NATURE_UAI,
          ETABLISSEMENT.ADRESSE,
          ETABLISSEMENT.CODE_POSTAL,
          ETABLISSEMENT.COMMUNE,
          ETABLISSEMENT.CODE_DEPARTEMENT,
          ETABLISSEMENT.CODE_ACADEMIE,
          ETABLISSEMENT.CODE_REGION,
          ETABLISSEMENT.SIRET,
          ETABLISSEMENT.LATITUDE,
          ETABLISSEMENT.LONGITUDE,
          ETABLISSEMENT.DATE_OUVERTURE,
          ETABLISSEMENT.DATE_FERMETURE,
          ETABLISSEMENT.SOURCE,
          ETABLISSEMENT.RANG_SOURCE,
          ETABLISSEMENT.ANNEE_SOURCE,
          ETABLISSEMENT.RECHERCHE);

  private static Object[] row(
      String uai,
      String libelle,
      @Nullable String secteur,
      @Nullable String type,
      @Nullable String nature,
      @Nullable String adresse,
      @Nullable String codePostal,
      @Nullable String commune,
      Territoire territoire,
      @Nullable String siret,
      @Nullable Double latitude,
      @Nullable Double longitude,
      @Nullable LocalDate dateOuverture,
      @Nullable LocalDate dateFermeture,
      String source,
      int rang) {
    return new Object[] {
      uai,
      libelle,
      secteur,
      type,
      nature,
      adresse,
      codePostal,
      commune,
      territoire.codeDepartement(),
      territoire.codeAcademie(),
      territoire.codeRegion(),
      siret,
      latitude,
      longitude,
      dateOuverture,
      dateFermeture,
      source,
      rang,
      null,
      Recherche.normalize(uai, libelle, commune)
    };
  }

  static EtablissementLoader acce(BulkWriter writer, DSLContext dsl) {
    SourceFormat format =
        new SourceFormat(
            "acce_etablissements",
            "DEPP ACCE : extraction de la base centrale des établissements",
            List.of(
                required("numero_uai", UAI),
                required("appellation_officielle", TEXT),
                present("secteur_public_prive", TEXT),
                present("nature_uai", TEXT),
                present("type_uai", TEXT),
                present("departement_insee_3", TEXT),
                optional("adresse_uai", TEXT),
                optional("code_postal_uai", TEXT),
                optional("commune_libe", TEXT),
                optional("numero_siren_siret_uai", TEXT),
                optional("date_ouverture", DATE),
                optional("date_fermeture", DATE)),
            82);
    return new EtablissementLoader(
        format,
        "acce",
        3,
        (r, territoires) ->
            row(
                r.required("numero_uai"),
                r.required("appellation_officielle"),
                secteur(r.text("secteur_public_prive")),
                r.text("type_uai"),
                r.text("nature_uai"),
                r.text("adresse_uai"),
                r.text("code_postal_uai"),
                r.text("commune_libe"),
                territoires.ofDepartement(r.text("departement_insee_3")),
                r.text("numero_siren_siret_uai"),
                null,
                null,
                r.date("date_ouverture"),
                r.date("date_fermeture"),
                "acce",
                3),
        Set.of(ETABLISSEMENT.LATITUDE, ETABLISSEMENT.LONGITUDE),
        writer,
        dsl);
  }

  static EtablissementLoader annuaire(BulkWriter writer, DSLContext dsl) {
    SourceFormat format =
        new SourceFormat(
            "annuaire_education",
            "MENJ : annuaire de l'éducation",
            List.of(
                required("Identifiant_de_l_etablissement", UAI),
                required("Nom_etablissement", TEXT),
                present("Type_etablissement", TEXT),
                present("Statut_public_prive", TEXT),
                present("Code_departement", TEXT),
                present("Nom_commune", TEXT),
                optional("Adresse_1", TEXT),
                optional("Code postal", TEXT),
                optional("SIREN_SIRET", TEXT),
                optional("code_nature", TEXT),
                optional("latitude", DECIMAL),
                optional("longitude", DECIMAL)),
            81);
    return new EtablissementLoader(
        format,
        "annuaire",
        2,
        (r, territoires) ->
            row(
                r.required("Identifiant_de_l_etablissement"),
                r.required("Nom_etablissement"),
                secteur(r.text("Statut_public_prive")),
                r.text("Type_etablissement"),
                r.text("code_nature"),
                r.text("Adresse_1"),
                r.text("Code postal"),
                r.text("Nom_commune"),
                territoires.ofDepartement(r.text("Code_departement")),
                r.text("SIREN_SIRET"),
                decimal(r, "latitude"),
                decimal(r, "longitude"),
                null,
                null,
                "annuaire",
                2),
        Set.of(ETABLISSEMENT.DATE_OUVERTURE, ETABLISSEMENT.DATE_FERMETURE),
        writer,
        dsl);
  }

  static EtablissementLoader deppInserJeunes(BulkWriter writer, DSLContext dsl) {
    SourceFormat format =
        new SourceFormat(
            "depp_inserjeunes_etablissements",
            "DEPP InserJeunes : indicateurs par lycée professionnel ou CFA (identité des établissements)",
            List.of(
                required("n°UAI de l'établissement", UAI),
                required("Libellé de l'établissement", TEXT),
                present("Région", TEXT)),
            80);
    return new EtablissementLoader(
        format,
        "depp",
        1,
        (r, territoires) ->
            row(
                r.required("n°UAI de l'établissement"),
                r.required("Libellé de l'établissement"),
                null,
                null,
                null,
                null,
                null,
                null,
                territoires.ofUai(r.required("n°UAI de l'établissement"), r.text("Région")),
                null,
                null,
                null,
                null,
                null,
                "depp",
                1),
        Set.of(
            ETABLISSEMENT.LATITUDE,
            ETABLISSEMENT.LONGITUDE,
            ETABLISSEMENT.DATE_OUVERTURE,
            ETABLISSEMENT.DATE_FERMETURE),
        writer,
        dsl);
  }

  private static @Nullable String secteur(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String normalized = Recherche.normalize(value);
    if (normalized.equals("pu") || normalized.startsWith("public")) {
      return "PU";
    }
    if (normalized.equals("pr") || normalized.startsWith("prive")) {
      return "PR";
    }
    return null;
  }

  private static @Nullable Double decimal(SourceRow row, String column) {
    var value = row.decimal(column);
    return value == null ? null : value.doubleValue();
  }

  @Override
  public SourceFormat format() {
    return format;
  }

  @Override
  public LoadResult load(SourceRows rows) {
    Territoires territoires = territoires();
    Map<String, Object[]> etablissements = new LinkedHashMap<>();
    int anneeIndex = FIELDS.indexOf(ETABLISSEMENT.ANNEE_SOURCE);
    for (SourceRow row : rows) {
      Object[] values = mapper.apply(row, territoires);
      values[anneeIndex] = rows.annee();
      etablissements.put((String) values[0], written(values));
    }
    // A more complete source wins; within one source, the newer file (whatever the import order).
    Condition newerOrMoreComplete =
        ETABLISSEMENT
            .RANG_SOURCE
            .lt((short) rang)
            .or(
                ETABLISSEMENT
                    .RANG_SOURCE
                    .eq((short) rang)
                    .and(
                        DSL.coalesce(ETABLISSEMENT.ANNEE_SOURCE, "")
                            .le(DSL.coalesce(DSL.excluded(ETABLISSEMENT.ANNEE_SOURCE), ""))));
    int changed =
        writer.upsert(ETABLISSEMENT, written, etablissements.values(), newerOrMoreComplete);
    return LoadResult.of(rows, changed);
  }

  /** The values of the fields this source writes, in the order of {@link #written}. */
  private Object[] written(Object[] values) {
    Object[] kept = new Object[written.size()];
    for (int i = 0; i < kept.length; i++) {
      kept[i] = values[FIELDS.indexOf(written.get(i))];
    }
    return kept;
  }

  private Territoires territoires() {
    Map<String, Territoire> byDepartement =
        dsl.select(DEPARTEMENT.CODE_DEPARTEMENT, DEPARTEMENT.CODE_ACADEMIE, DEPARTEMENT.CODE_REGION)
            .from(DEPARTEMENT)
            .fetchMap(
                DEPARTEMENT.CODE_DEPARTEMENT,
                r -> new Territoire(r.value1(), r.value2(), r.value3()));
    Map<String, String> regionByLibelle = new LinkedHashMap<>();
    dsl.select(REGION.CODE_REGION, REGION.LIBELLE)
        .from(REGION)
        .forEach(r -> regionByLibelle.put(Recherche.normalize(r.value2()), r.value1()));
    return new Territoires(byDepartement, regionByLibelle);
  }
}
