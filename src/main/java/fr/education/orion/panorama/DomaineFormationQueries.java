package fr.education.orion.panorama;

import static fr.education.orion.schema.Tables.DIPLOME_PROFESSIONNEL;
import static fr.education.orion.schema.Tables.ETABLISSEMENT;
import static fr.education.orion.schema.Tables.FORMATION;
import static fr.education.orion.schema.Tables.FORMATION_LIGNEE;
import static fr.education.orion.schema.Tables.NIVEAU_DIPLOME;
import static fr.education.orion.schema.Tables.NSF_GROUPE;
import static fr.education.orion.schema.Tables.OFFRE;

import fr.education.orion.indicateur.Disponibilites;
import fr.education.orion.indicateur.Offres;
import fr.education.orion.panorama.DomainesFormation.Domaine;
import fr.education.orion.panorama.DomainesFormation.EtablissementOffrant;
import fr.education.orion.panorama.DomainesFormation.EtablissementsDeFormation;
import fr.education.orion.panorama.DomainesFormation.FormationDuDomaine;
import fr.education.orion.panorama.DomainesFormation.FormationsDuDomaine;
import fr.education.orion.referentiel.Perimetre;
import fr.education.orion.referentiel.Territoires;
import fr.education.orion.referentiel.Voie;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads the domaines de formation (NSF) of the perimeter, their formations and the établissements
 * offering each one. The domaine of a formation is the 4th to 6th characters of its CFD, so that a
 * formation of the diploma list missing from the BCN still has one.
 */
@Component
class DomaineFormationQueries {

  private final DSLContext dsl;
  private final Disponibilites disponibilites;

  DomaineFormationQueries(DSLContext dsl, Disponibilites disponibilites) {
    this.dsl = dsl;
    this.disponibilites = disponibilites;
  }

  /** The perimeter's formations and their voies, as a table (cfd, voie). */
  private record Liste(
      Table<Record2<String, String>> table, Field<String> cfd, Field<String> voie) {

    static Liste of() {
      Table<Record2<String, String>> table =
          Perimetre.listeesParVoie().asTable("perimetre", "cfd", "voie");
      return new Liste(table, table.field("cfd", String.class), table.field("voie", String.class));
    }

    /** Inlined positions, so that PostgreSQL sees the grouped and selected codes as one. */
    Field<String> codeNsf() {
      return DSL.substring(cfd, DSL.inline(4), DSL.inline(3));
    }
  }

  /** The current rentrée: the newest with headcounts (constat de rentrée). */
  Optional<String> rentreeCourante() {
    return disponibilites.derniereRentreeAvecEffectifs();
  }

  /** Every domaine with formations in the perimeter, by name. */
  List<Domaine> domaines() {
    Liste liste = Liste.of();
    Field<String> libelle = libelleNsf(liste.codeNsf());
    return dsl
        .select(liste.codeNsf(), libelle, DSL.countDistinct(liste.cfd()))
        .from(liste.table())
        .leftJoin(NSF_GROUPE)
        .on(NSF_GROUPE.CODE_NSF.eq(liste.codeNsf()))
        .groupBy(liste.codeNsf(), NSF_GROUPE.LIBELLE_EDITION, NSF_GROUPE.LIBELLE)
        .fetch(r -> new Domaine(r.value1(), r.value2(), r.value3()))
        .stream()
        // In French order, whatever the database's collation: "Mécanique" before "Métallurgie".
        .sorted(Comparator.comparing(Domaine::libelle, Collator.getInstance(Locale.FRENCH)))
        .toList();
  }

  Optional<Domaine> domaine(String codeNsf) {
    return domaines().stream().filter(domaine -> domaine.codeNsf().equals(codeNsf)).findFirst();
  }

  /**
   * The formations of a domaine listed in the voie asked for (both when null), by niveau then name,
   * each with the number of établissements of the territory offering it in that voie at the current
   * rentrée.
   */
  FormationsDuDomaine formations(
      Domaine domaine, TerritoireChoisi territoire, @Nullable String voie) {
    String rentree = rentreeCourante().orElse(null);
    return new FormationsDuDomaine(
        domaine,
        territoire,
        voie,
        rentree,
        formations(domaine.codeNsf(), territoire, voie, rentree));
  }

  private List<FormationDuDomaine> formations(
      String codeNsf,
      TerritoireChoisi territoire,
      @Nullable String voie,
      @Nullable String rentree) {
    Liste liste = Liste.of();
    Field<String> cfd = liste.cfd();
    Field<String> niveau = DSL.substring(cfd, DSL.inline(1), DSL.inline(3));
    Field<String> libelle =
        DSL.coalesce(
            FORMATION.LIBELLE,
            DSL.field(
                DSL.select(DSL.max(DIPLOME_PROFESSIONNEL.INTITULE))
                    .from(DIPLOME_PROFESSIONNEL)
                    .where(DIPLOME_PROFESSIONNEL.CFD.eq(cfd))),
            cfd);
    Field<Boolean> renovee =
        DSL.field(
            DSL.exists(
                DSL.selectOne()
                    .from(FORMATION_LIGNEE)
                    .where(FORMATION_LIGNEE.NOUVEAU_CFD.eq(cfd))));
    Field<Integer> etablissements =
        DSL.field(
            DSL.select(DSL.countDistinct(OFFRE.UAI))
                .from(OFFRE)
                .leftJoin(ETABLISSEMENT)
                .on(ETABLISSEMENT.UAI.eq(OFFRE.UAI))
                .where(OFFRE.CFD.eq(cfd))
                .and(OFFRE.RENTREE_SCOLAIRE.eq(rentree))
                .and(territoire.etablissements())
                .and(voie == null ? DSL.noCondition() : OFFRE.VOIE.eq(voie)));
    Field<Boolean> scolaire = DSL.boolOr(liste.voie().eq(Voie.CODE_SCOLAIRE));
    Field<Boolean> apprentissage = DSL.boolOr(liste.voie().eq(Voie.CODE_APPRENTISSAGE));
    return dsl.select(
            cfd,
            libelle,
            niveau,
            NIVEAU_DIPLOME.LIBELLE,
            renovee,
            Perimetre.typeFamille(cfd),
            scolaire,
            apprentissage,
            etablissements)
        .from(liste.table())
        .leftJoin(FORMATION)
        .on(FORMATION.CFD.eq(cfd))
        .leftJoin(NIVEAU_DIPLOME)
        .on(NIVEAU_DIPLOME.CODE_NIVEAU_DIPLOME.eq(niveau))
        .where(liste.codeNsf().eq(codeNsf))
        .groupBy(cfd, FORMATION.LIBELLE, NIVEAU_DIPLOME.LIBELLE)
        .having(voie == null ? DSL.noCondition() : DSL.boolOr(liste.voie().eq(voie)))
        .orderBy(niveau, libelle, cfd)
        .fetch(
            r ->
                new FormationDuDomaine(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    r.value4(),
                    r.value5(),
                    r.value6(),
                    r.value7(),
                    r.value8(),
                    r.value9()));
  }

  /**
   * The établissements of the territory offering a formation in the voie asked for (both when null)
   * at the current rentrée, by département, commune and name, with their pupils in the entry year.
   */
  EtablissementsDeFormation etablissements(
      String cfd, TerritoireChoisi territoire, @Nullable String voie) {
    String rentree = rentreeCourante().orElse(null);
    return new EtablissementsDeFormation(
        cfd,
        territoire,
        voie,
        rentree,
        rentree == null ? List.of() : etablissements(cfd, territoire, voie, rentree));
  }

  private List<EtablissementOffrant> etablissements(
      String cfd, TerritoireChoisi territoire, @Nullable String voie, String rentree) {
    Condition where =
        OFFRE
            .CFD
            .eq(cfd)
            .and(OFFRE.RENTREE_SCOLAIRE.eq(rentree))
            .and(territoire.etablissements())
            .and(voie == null ? DSL.noCondition() : OFFRE.VOIE.eq(voie));
    return dsl.select(
            OFFRE.UAI,
            ETABLISSEMENT.LIBELLE,
            ETABLISSEMENT.COMMUNE,
            ETABLISSEMENT.CODE_DEPARTEMENT,
            Territoires.libelleDepartement(ETABLISSEMENT.CODE_DEPARTEMENT),
            ETABLISSEMENT.SECTEUR,
            DSL.arrayAggDistinct(OFFRE.VOIE),
            DSL.sum(Offres.effectifEntree()).cast(SQLDataType.INTEGER))
        .from(OFFRE)
        .leftJoin(ETABLISSEMENT)
        .on(ETABLISSEMENT.UAI.eq(OFFRE.UAI))
        .where(where)
        .groupBy(
            OFFRE.UAI,
            ETABLISSEMENT.LIBELLE,
            ETABLISSEMENT.COMMUNE,
            ETABLISSEMENT.CODE_DEPARTEMENT,
            ETABLISSEMENT.SECTEUR)
        .orderBy(
            ETABLISSEMENT.CODE_DEPARTEMENT.asc().nullsLast(),
            ETABLISSEMENT.COMMUNE.asc().nullsLast(),
            ETABLISSEMENT.LIBELLE.asc().nullsLast(),
            OFFRE.UAI)
        .fetch(
            r ->
                new EtablissementOffrant(
                    r.value1(),
                    r.value2(),
                    r.value3(),
                    r.value4(),
                    r.value5(),
                    r.value6(),
                    Arrays.asList(r.value7()),
                    r.value8()));
  }

  /** The name of a domaine: the BCN's edition label, else its label, else its code. */
  private static Field<String> libelleNsf(Field<String> codeNsf) {
    return DSL.coalesce(NSF_GROUPE.LIBELLE_EDITION, NSF_GROUPE.LIBELLE, codeNsf);
  }
}
