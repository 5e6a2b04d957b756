package fr.education.orion.referentiel.chargement;

import static fr.education.orion.ingestion.Column.optional;
import static fr.education.orion.ingestion.Column.present;
import static fr.education.orion.ingestion.Column.required;
import static fr.education.orion.ingestion.ColumnKind.CFD;
import static fr.education.orion.ingestion.ColumnKind.CODE_DISPOSITIF;
import static fr.education.orion.ingestion.ColumnKind.CODE_MEF;
import static fr.education.orion.ingestion.ColumnKind.CODE_NIVEAU;
import static fr.education.orion.ingestion.ColumnKind.DATE;
import static fr.education.orion.ingestion.ColumnKind.INTEGER;
import static fr.education.orion.ingestion.ColumnKind.MEFSTAT11;
import static fr.education.orion.ingestion.ColumnKind.TEXT;
import static fr.education.orion.schema.Tables.DISPOSITIF;
import static fr.education.orion.schema.Tables.FAMILLE_METIER_BCN;
import static fr.education.orion.schema.Tables.FAMILLE_METIER_BCN_MEF;
import static fr.education.orion.schema.Tables.GROUPE_FORMATION;
import static fr.education.orion.schema.Tables.GROUPE_FORMATION_LIEN;
import static fr.education.orion.schema.Tables.GROUPE_FORMATION_TYPE;
import static fr.education.orion.schema.Tables.MEF;
import static fr.education.orion.schema.Tables.NIVEAU_DIPLOME;
import static fr.education.orion.schema.Tables.NSF_CATEGORIE;
import static fr.education.orion.schema.Tables.NSF_DOMAINE;
import static fr.education.orion.schema.Tables.NSF_GROUPE;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.SourceFormat;
import fr.education.orion.ingestion.SourceLoader;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The BCN nomenclatures that map line for line onto one table each. */
@Configuration(proxyBeanMethods = false)
class NomenclatureLoaders {

  @Bean
  SourceLoader niveauDiplomeLoader(BulkWriter writer) {
    SourceFormat format =
        new SourceFormat(
            "bcn_n_niveau_formation_diplome",
            "BCN N_NIVEAU_FORMATION_DIPLOME : niveaux de diplôme",
            List.of(
                required("NIVEAU_FORMATION_DIPLOME", CODE_NIVEAU),
                required("LIBELLE_100", TEXT),
                present("LIBELLE_COURT", TEXT),
                optional("NIVEAU_INTERMINISTERIEL", TEXT),
                optional("DATE_OUVERTURE", DATE),
                optional("DATE_FERMETURE", DATE)),
            20);
    return new TableLoader(
        format,
        NIVEAU_DIPLOME,
        List.of(
            NIVEAU_DIPLOME.CODE_NIVEAU_DIPLOME,
            NIVEAU_DIPLOME.LIBELLE,
            NIVEAU_DIPLOME.LIBELLE_COURT,
            NIVEAU_DIPLOME.NIVEAU_INTERMINISTERIEL,
            NIVEAU_DIPLOME.DATE_OUVERTURE,
            NIVEAU_DIPLOME.DATE_FERMETURE),
        row ->
            new Object[] {
              row.required("NIVEAU_FORMATION_DIPLOME"),
              row.required("LIBELLE_100"),
              row.text("LIBELLE_COURT"),
              row.text("NIVEAU_INTERMINISTERIEL"),
              row.date("DATE_OUVERTURE"),
              row.date("DATE_FERMETURE")
            },
        writer);
  }

  @Bean
  SourceLoader nsfCategorieLoader(BulkWriter writer) {
    SourceFormat format =
        new SourceFormat(
            "bcn_n_categorie_specialite",
            "BCN N_CATEGORIE_SPECIALITE : catégories de la nomenclature des spécialités (NSF)",
            List.of(required("CATEGORIE_SPECIALITE", TEXT), required("LIBELLE_LONG", TEXT)),
            21);
    return new TableLoader(
        format,
        NSF_CATEGORIE,
        List.of(NSF_CATEGORIE.CODE_CATEGORIE, NSF_CATEGORIE.LIBELLE),
        row -> new Object[] {row.required("CATEGORIE_SPECIALITE"), row.required("LIBELLE_LONG")},
        writer);
  }

  @Bean
  SourceLoader nsfDomaineLoader(BulkWriter writer) {
    SourceFormat format =
        new SourceFormat(
            "bcn_n_domaine_specialite",
            "BCN N_DOMAINE_SPECIALITE : domaines de la nomenclature des spécialités (NSF)",
            List.of(
                required("DOMAINE_SPECIALITE", TEXT),
                present("CATEGORIE_SPECIALITE", TEXT),
                required("LIBELLE_LONG", TEXT)),
            22);
    return new TableLoader(
        format,
        NSF_DOMAINE,
        List.of(NSF_DOMAINE.CODE_DOMAINE, NSF_DOMAINE.CODE_CATEGORIE, NSF_DOMAINE.LIBELLE),
        row ->
            new Object[] {
              row.required("DOMAINE_SPECIALITE"),
              row.text("CATEGORIE_SPECIALITE"),
              row.required("LIBELLE_LONG")
            },
        writer);
  }

  @Bean
  SourceLoader nsfGroupeLoader(BulkWriter writer) {
    SourceFormat format =
        new SourceFormat(
            "bcn_n_groupe_specialite",
            "BCN N_GROUPE_SPECIALITE : groupes de spécialités (NSF à 3 chiffres)",
            List.of(
                required("GROUPE_SPECIALITE", CODE_NIVEAU),
                present("DOMAINE_SPECIALITE", TEXT),
                required("LIBELLE_LONG", TEXT),
                optional("LIBELLE_EDITION", TEXT)),
            23);
    return new TableLoader(
        format,
        NSF_GROUPE,
        List.of(
            NSF_GROUPE.CODE_NSF,
            NSF_GROUPE.CODE_DOMAINE,
            NSF_GROUPE.LIBELLE,
            NSF_GROUPE.LIBELLE_EDITION),
        row -> {
          String code = row.required("GROUPE_SPECIALITE");
          return new Object[] {
            code,
            row.text("DOMAINE_SPECIALITE"),
            CorrectionsLibelles.corrige(format.type(), code, row.required("LIBELLE_LONG")),
            CorrectionsLibelles.corrige(format.type(), code, row.text("LIBELLE_EDITION"))
          };
        },
        writer);
  }

  @Bean
  SourceLoader dispositifLoader(BulkWriter writer) {
    SourceFormat format =
        new SourceFormat(
            "bcn_n_dispositif_formation",
            "BCN N_DISPOSITIF_FORMATION : dispositifs de formation",
            List.of(
                required("DISPOSITIF_FORMATION", CODE_DISPOSITIF),
                present("NIVEAU_FORMATION_DIPLOME", CODE_NIVEAU),
                required("LIBELLE_LONG", TEXT),
                present("LIBELLE_COURT", TEXT),
                optional("DATE_OUVERTURE", DATE),
                optional("DATE_FERMETURE", DATE)),
            24);
    return new TableLoader(
        format,
        DISPOSITIF,
        List.of(
            DISPOSITIF.CODE_DISPOSITIF,
            DISPOSITIF.CODE_NIVEAU_DIPLOME,
            DISPOSITIF.LIBELLE_COURT,
            DISPOSITIF.LIBELLE,
            DISPOSITIF.DATE_OUVERTURE,
            DISPOSITIF.DATE_FERMETURE),
        row ->
            new Object[] {
              row.required("DISPOSITIF_FORMATION"),
              row.text("NIVEAU_FORMATION_DIPLOME"),
              row.text("LIBELLE_COURT"),
              row.required("LIBELLE_LONG"),
              row.date("DATE_OUVERTURE"),
              row.date("DATE_FERMETURE")
            },
        writer);
  }

  @Bean
  SourceLoader mefLoader(BulkWriter writer) {
    SourceFormat format =
        new SourceFormat(
            "bcn_n_mef",
            "BCN N_MEF : modules élémentaires de formation et leur MEFSTAT11",
            List.of(
                required("MEF", CODE_MEF),
                required("DISPOSITIF_FORMATION", CODE_DISPOSITIF),
                required("FORMATION_DIPLOME", CFD),
                present("MEF_STAT_11", MEFSTAT11),
                present("DUREE_DISPOSITIF", INTEGER),
                present("ANNEE_DISPOSITIF", INTEGER),
                present("LIBELLE_LONG", TEXT),
                optional("DATE_OUVERTURE", DATE),
                optional("DATE_FERMETURE", DATE)),
            40);
    return new TableLoader(
        format,
        MEF,
        List.of(
            MEF.MEF_,
            MEF.MEFSTAT11,
            MEF.CFD,
            MEF.CODE_DISPOSITIF,
            MEF.DUREE_DISPOSITIF,
            MEF.ANNEE_DISPOSITIF,
            MEF.LIBELLE,
            MEF.DATE_OUVERTURE,
            MEF.DATE_FERMETURE),
        row ->
            new Object[] {
              row.required("MEF"),
              row.text("MEF_STAT_11"),
              row.required("FORMATION_DIPLOME"),
              row.required("DISPOSITIF_FORMATION"),
              row.integer("DUREE_DISPOSITIF"),
              row.integer("ANNEE_DISPOSITIF"),
              row.text("LIBELLE_LONG"),
              row.date("DATE_OUVERTURE"),
              row.date("DATE_FERMETURE")
            },
        writer);
  }

  @Bean
  SourceLoader groupeFormationTypeLoader(BulkWriter writer) {
    SourceFormat format =
        new SourceFormat(
            "bcn_n_type_groupe_formation",
            "BCN N_TYPE_GROUPE_FORMATION : types de groupes de formation",
            List.of(
                required("TYPE_GROUPE_FORMATION", TEXT),
                required("LIBELLE_EDITION", TEXT),
                present("LIBELLE_LONG", TEXT)),
            50);
    return new TableLoader(
        format,
        GROUPE_FORMATION_TYPE,
        List.of(GROUPE_FORMATION_TYPE.CODE_TYPE, GROUPE_FORMATION_TYPE.LIBELLE),
        row ->
            new Object[] {row.required("TYPE_GROUPE_FORMATION"), row.required("LIBELLE_EDITION")},
        writer);
  }

  @Bean
  SourceLoader groupeFormationLoader(BulkWriter writer) {
    SourceFormat format =
        new SourceFormat(
            "bcn_n_groupe_formation",
            "BCN N_GROUPE_FORMATION : groupes de formation (familles de métiers, bacs pro à options)",
            List.of(
                required("GROUPE_FORMATION", TEXT),
                present("TYPE_GROUPE_FORMATION", TEXT),
                required("LIBELLE_EDITION", TEXT),
                present("LIBELLE_LONG", TEXT),
                optional("DATE_OUVERTURE", DATE),
                optional("DATE_FERMETURE", DATE)),
            51);
    return new TableLoader(
        format,
        GROUPE_FORMATION,
        List.of(
            GROUPE_FORMATION.CODE_GROUPE,
            GROUPE_FORMATION.CODE_TYPE,
            GROUPE_FORMATION.LIBELLE,
            GROUPE_FORMATION.DATE_OUVERTURE,
            GROUPE_FORMATION.DATE_FERMETURE),
        row ->
            new Object[] {
              row.required("GROUPE_FORMATION"),
              row.text("TYPE_GROUPE_FORMATION"),
              row.required("LIBELLE_EDITION"),
              row.date("DATE_OUVERTURE"),
              row.date("DATE_FERMETURE")
            },
        writer);
  }

  @Bean
  SourceLoader groupeFormationLienLoader(BulkWriter writer) {
    SourceFormat format =
        new SourceFormat(
            "bcn_n_lien_formation_groupe",
            "BCN N_LIEN_FORMATION_GROUPE : formations de chaque groupe de formation",
            List.of(
                required("GROUPE_FORMATION", TEXT),
                required("FORMATION_DIPLOME", CFD),
                optional("DATE_OUVERTURE", DATE),
                optional("DATE_FERMETURE", DATE)),
            52);
    return new TableLoader(
        format,
        GROUPE_FORMATION_LIEN,
        List.of(
            GROUPE_FORMATION_LIEN.CODE_GROUPE,
            GROUPE_FORMATION_LIEN.CFD,
            GROUPE_FORMATION_LIEN.DATE_OUVERTURE,
            GROUPE_FORMATION_LIEN.DATE_FERMETURE),
        row ->
            new Object[] {
              row.required("GROUPE_FORMATION"),
              row.required("FORMATION_DIPLOME"),
              row.date("DATE_OUVERTURE"),
              row.date("DATE_FERMETURE")
            },
        writer);
  }

  @Bean
  SourceLoader familleMetierBcnLoader(BulkWriter writer) {
    SourceFormat format =
        new SourceFormat(
            "bcn_n_famille_metier_spec_pro",
            "BCN N_FAMILLE_METIER_SPEC_PRO : familles de métiers de la réforme de 2019",
            List.of(
                required("FAMILLE_METIER", TEXT),
                required("LIBELLE_EDITION", TEXT),
                present("LIBELLE_LONG", TEXT),
                optional("DATE_OUVERTURE", DATE),
                optional("DATE_FERMETURE", DATE)),
            53);
    return new TableLoader(
        format,
        FAMILLE_METIER_BCN,
        List.of(
            FAMILLE_METIER_BCN.CODE_FAMILLE,
            FAMILLE_METIER_BCN.LIBELLE,
            FAMILLE_METIER_BCN.DATE_OUVERTURE,
            FAMILLE_METIER_BCN.DATE_FERMETURE),
        row ->
            new Object[] {
              row.required("FAMILLE_METIER"),
              row.required("LIBELLE_EDITION"),
              row.date("DATE_OUVERTURE"),
              row.date("DATE_FERMETURE")
            },
        writer);
  }

  @Bean
  SourceLoader familleMetierBcnMefLoader(BulkWriter writer) {
    SourceFormat format =
        new SourceFormat(
            "bcn_n_lien_mef_famille_metier",
            "BCN N_LIEN_MEF_FAMILLE_METIER : MEF de chaque famille de métiers",
            List.of(required("FAMILLE_METIER", TEXT), required("MEF", CODE_MEF)),
            54);
    return new TableLoader(
        format,
        FAMILLE_METIER_BCN_MEF,
        List.of(FAMILLE_METIER_BCN_MEF.CODE_FAMILLE, FAMILLE_METIER_BCN_MEF.MEF),
        row -> new Object[] {row.required("FAMILLE_METIER"), row.required("MEF")},
        writer);
  }
}
