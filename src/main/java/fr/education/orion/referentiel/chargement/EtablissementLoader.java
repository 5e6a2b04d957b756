package fr.education.orion.referentiel.chargement;

import static fr.education.orion.ingestion.Column.optional;
import static fr.education.orion.ingestion.Column.present;
import static fr.education.orion.ingestion.Column.required;
import static fr.education.orion.ingestion.ColumnKind.DATE;
import static fr.education.orion.ingestion.ColumnKind.DECIMAL;
import static fr.education.orion.ingestion.ColumnKind.TEXT;
import static fr.education.orion.ingestion.ColumnKind.UAI;

import fr.education.orion.ingestion.LoadResult;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import fr.education.orion.ingestion.SourceRow;
import fr.education.orion.ingestion.SourceRows;
import fr.education.orion.referentiel.EtablissementWriter;
import fr.education.orion.referentiel.EtablissementWriter.Localisateur;
import fr.education.orion.referentiel.EtablissementWriter.Source;
import fr.education.orion.referentiel.Recherche;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Établissements from the ACCE extraction and the annuaire de l'éducation, written by {@link
 * EtablissementWriter} with the rank of their source. (The DEPP InserJeunes files, the third and
 * least complete source, are read by the {@code indicateur} module with their indicators.)
 */
final class EtablissementLoader implements SourceLoader {

  private final SourceFormat format;
  private final Source source;
  private final BiFunction<SourceRow, Localisateur, Object[]> mapper;
  private final EtablissementWriter writer;

  private EtablissementLoader(
      SourceFormat format,
      Source source,
      BiFunction<SourceRow, Localisateur, Object[]> mapper,
      EtablissementWriter writer) {
    this.format = format;
    this.source = source;
    this.mapper = mapper;
    this.writer = writer;
  }

  static EtablissementLoader acce(EtablissementWriter writer) {
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
        Source.ACCE,
        (r, localisateur) ->
            EtablissementWriter.row(
                r.required("numero_uai"),
                r.required("appellation_officielle"),
                secteur(r.text("secteur_public_prive")),
                r.text("type_uai"),
                r.text("nature_uai"),
                r.text("adresse_uai"),
                r.text("code_postal_uai"),
                r.text("commune_libe"),
                localisateur.ofDepartement(r.text("departement_insee_3")),
                r.text("numero_siren_siret_uai"),
                null,
                null,
                r.date("date_ouverture"),
                r.date("date_fermeture"),
                Source.ACCE),
        writer);
  }

  static EtablissementLoader annuaire(EtablissementWriter writer) {
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
        Source.ANNUAIRE,
        (r, localisateur) ->
            EtablissementWriter.row(
                r.required("Identifiant_de_l_etablissement"),
                r.required("Nom_etablissement"),
                secteur(r.text("Statut_public_prive")),
                r.text("Type_etablissement"),
                r.text("code_nature"),
                r.text("Adresse_1"),
                r.text("Code postal"),
                r.text("Nom_commune"),
                localisateur.ofDepartement(r.text("Code_departement")),
                r.text("SIREN_SIRET"),
                decimal(r, "latitude"),
                decimal(r, "longitude"),
                null,
                null,
                Source.ANNUAIRE),
        writer);
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
    Localisateur localisateur = writer.localisateur();
    List<Object[]> etablissements = new ArrayList<>(rows.size());
    for (SourceRow row : rows) {
      etablissements.add(mapper.apply(row, localisateur));
    }
    return LoadResult.of(rows, writer.write(source, rows.annee(), etablissements));
  }
}
