package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.DEPARTEMENT;
import static fr.education.orion.schema.Tables.ETABLISSEMENT;
import static fr.education.orion.schema.Tables.REGION;

import fr.education.orion.ingestion.BulkWriter;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes établissements as each source describes them. Sources rank by completeness: the ACCE
 * extraction (3), the annuaire de l'éducation (2), the DEPP InserJeunes files (1: UAI, name and
 * région only). A source never overwrites what a more complete one wrote; within one source, the
 * newer file wins, whatever the import order. A source never erases what it does not know either:
 * the ACCE gives no WGS84 coordinates, so those of the annuaire stay.
 */
@Component
public class EtablissementWriter {

  /**
   * What a DEPP InserJeunes file says of an établissement.
   *
   * @param libelleRegion the région as the DEPP writes it ({@code AUVERGNE-RHONE-ALPES})
   */
  public record IdentiteDepp(String uai, String libelle, @Nullable String libelleRegion) {}

  /** The territory a row resolves to; académie and région follow from the département. */
  public record Localisation(
      @Nullable String codeDepartement,
      @Nullable String codeAcademie,
      @Nullable String codeRegion) {}

  /** What the writer knows of territories when it reads a file. */
  public record Localisateur(
      Map<String, Localisation> byDepartement, Map<String, String> regionByLibelle) {

    public Localisation ofDepartement(@Nullable String code) {
      return code == null
          ? new Localisation(null, null, null)
          : byDepartement.getOrDefault(code, new Localisation(code, null, null));
    }

    /**
     * The département from the UAI (its first three characters; 620 and 720 are Corsica's), else
     * the région from its label.
     */
    Localisation ofUai(String uai, @Nullable String libelleRegion) {
      String prefix = uai.substring(0, 3);
      String departement =
          switch (prefix) {
            case "620" -> "02A";
            case "720" -> "02B";
            default -> prefix;
          };
      Localisation known = byDepartement.get(departement);
      if (known != null) {
        return known;
      }
      String region =
          libelleRegion == null ? null : regionByLibelle.get(Recherche.normalize(libelleRegion));
      return new Localisation(null, null, region);
    }
  }

  /**
   * A source of établissements, with its rank (the higher, the more complete) and the columns it
   * does not give, which it leaves as another source wrote them.
   */
  public enum Source {
    ACCE("acce", 3, Set.of(ETABLISSEMENT.LATITUDE, ETABLISSEMENT.LONGITUDE)),
    ANNUAIRE("annuaire", 2, Set.of(ETABLISSEMENT.DATE_OUVERTURE, ETABLISSEMENT.DATE_FERMETURE)),
    DEPP(
        "depp",
        1,
        Set.of(
            ETABLISSEMENT.LATITUDE,
            ETABLISSEMENT.LONGITUDE,
            ETABLISSEMENT.DATE_OUVERTURE,
            ETABLISSEMENT.DATE_FERMETURE));

    final String code;
    final short rang;
    final Set<Field<?>> unknown;

    Source(String code, int rang, Set<Field<?>> unknown) {
      this.code = code;
      this.rang = (short) rang;
      this.unknown = unknown;
    }
  }

  /** The columns written, in the order of the values of a row. */
  static final List<Field<?>> FIELDS =
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

  private final BulkWriter writer;
  private final DSLContext dsl;

  EtablissementWriter(BulkWriter writer, DSLContext dsl) {
    this.writer = writer;
    this.dsl = dsl;
  }

  /**
   * Writes the établissements of a DEPP InserJeunes file, placed by the département of their UAI,
   * where no more complete source (nor a newer DEPP file) described them.
   *
   * @param millesime the millésime of the file, which ranks it among DEPP files
   * @return the number of établissements inserted or changed
   */
  public int writeDepp(Collection<IdentiteDepp> etablissements, @Nullable String millesime) {
    Localisateur localisateur = localisateur();
    List<Object[]> rows =
        etablissements.stream()
            .map(
                e ->
                    row(
                        e.uai(),
                        e.libelle(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        localisateur.ofUai(e.uai(), e.libelleRegion()),
                        null,
                        null,
                        null,
                        null,
                        null,
                        Source.DEPP))
            .toList();
    return write(Source.DEPP, millesime, rows);
  }

  /** One row of {@link #FIELDS}, its year left to {@link #write}. */
  public static Object[] row(
      String uai,
      String libelle,
      @Nullable String secteur,
      @Nullable String type,
      @Nullable String nature,
      @Nullable String adresse,
      @Nullable String codePostal,
      @Nullable String commune,
      Localisation localisation,
      @Nullable String siret,
      @Nullable Double latitude,
      @Nullable Double longitude,
      @Nullable LocalDate dateOuverture,
      @Nullable LocalDate dateFermeture,
      Source source) {
    return new Object[] {
      uai,
      libelle,
      secteur,
      type,
      nature,
      adresse,
      codePostal,
      commune,
      localisation.codeDepartement(),
      localisation.codeAcademie(),
      localisation.codeRegion(),
      siret,
      latitude,
      longitude,
      dateOuverture,
      dateFermeture,
      source.code,
      source.rang,
      null,
      Recherche.normalize(uai, libelle, commune)
    };
  }

  /**
   * Writes rows of one source (made by {@link #row}), one per UAI: the last of a repeated UAI wins.
   *
   * @param annee the year or millésime of the file, if known
   * @return the number of établissements inserted or changed
   */
  public int write(Source source, @Nullable String annee, Collection<Object[]> rows) {
    int anneeIndex = FIELDS.indexOf(ETABLISSEMENT.ANNEE_SOURCE);
    List<Field<?>> written = FIELDS.stream().filter(f -> !source.unknown.contains(f)).toList();
    Map<Object, Object[]> byUai = new LinkedHashMap<>();
    for (Object[] row : rows) {
      row[anneeIndex] = annee;
      byUai.put(row[0], written.stream().map(f -> row[FIELDS.indexOf(f)]).toArray());
    }
    Condition newerOrMoreComplete =
        ETABLISSEMENT
            .RANG_SOURCE
            .lt(source.rang)
            .or(
                ETABLISSEMENT
                    .RANG_SOURCE
                    .eq(source.rang)
                    .and(
                        DSL.coalesce(ETABLISSEMENT.ANNEE_SOURCE, "")
                            .le(DSL.coalesce(DSL.excluded(ETABLISSEMENT.ANNEE_SOURCE), ""))));
    return writer.upsert(ETABLISSEMENT, written, byUai.values(), newerOrMoreComplete);
  }

  public Localisateur localisateur() {
    Map<String, Localisation> byDepartement =
        dsl.select(DEPARTEMENT.CODE_DEPARTEMENT, DEPARTEMENT.CODE_ACADEMIE, DEPARTEMENT.CODE_REGION)
            .from(DEPARTEMENT)
            .fetchMap(
                DEPARTEMENT.CODE_DEPARTEMENT,
                r -> new Localisation(r.value1(), r.value2(), r.value3()));
    Map<String, String> regionByLibelle = new LinkedHashMap<>();
    dsl.select(REGION.CODE_REGION, REGION.LIBELLE)
        .from(REGION)
        .forEach(r -> regionByLibelle.put(Recherche.normalize(r.value2()), r.value1()));
    return new Localisateur(byDepartement, regionByLibelle);
  }
}
