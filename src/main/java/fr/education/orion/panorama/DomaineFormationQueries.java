package fr.education.orion.panorama;

import fr.education.orion.indicateur.Disponibilites;
import fr.education.orion.indicateur.Offres;
import fr.education.orion.indicateur.OffresSommees;
import fr.education.orion.panorama.DomainesFormation.Domaine;
import fr.education.orion.panorama.DomainesFormation.EtablissementOffrant;
import fr.education.orion.panorama.DomainesFormation.EtablissementsDeFormation;
import fr.education.orion.panorama.DomainesFormation.FormationDuDomaine;
import fr.education.orion.panorama.DomainesFormation.FormationsDuDomaine;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.CodeDepartement;
import fr.education.orion.referentiel.IdentiteEtablissement;
import fr.education.orion.referentiel.IdentiteFormation;
import fr.education.orion.referentiel.NiveauDiplome;
import fr.education.orion.referentiel.NomenclaturesFormation;
import fr.education.orion.referentiel.Perimetre;
import fr.education.orion.referentiel.Territoires;
import fr.education.orion.referentiel.Uai;
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
public class DomaineFormationQueries {

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
  public Optional<String> rentreeCourante() {
    return disponibilites.derniereRentreeAvecEffectifs();
  }

  /** Every domaine with formations in the perimeter, by name. */
  public List<Domaine> domaines() {
    Liste liste = Liste.of();
    Field<String> libelle = libelleNsf(liste.codeNsf());
    return dsl
        .select(liste.codeNsf(), libelle, DSL.countDistinct(liste.cfd()))
        .from(liste.table())
        .leftJoin(NomenclaturesFormation.groupesNsf())
        .on(NomenclaturesFormation.codeGroupeNsf().eq(liste.codeNsf()))
        .groupBy(
            liste.codeNsf(),
            NomenclaturesFormation.libelleEditionGroupeNsf(),
            NomenclaturesFormation.libelleGroupeNsf())
        .fetch(r -> new Domaine(r.value1(), r.value2(), r.value3()))
        .stream()
        // In French order, whatever the database's collation: "Mécanique" before "Métallurgie".
        .sorted(Comparator.comparing(Domaine::libelle, Collator.getInstance(Locale.FRENCH)))
        .toList();
  }

  public Optional<Domaine> domaine(String codeNsf) {
    return domaines().stream().filter(domaine -> domaine.codeNsf().equals(codeNsf)).findFirst();
  }

  /**
   * The formations of a domaine listed in the voie asked for (both when null), by niveau then name,
   * each with the number of établissements of the territory offering it in that voie at the current
   * rentrée.
   */
  public FormationsDuDomaine formations(
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
        DSL.coalesce(IdentiteFormation.libelle(), NomenclaturesFormation.intituleListe(cfd), cfd);
    Field<Boolean> renovee = NomenclaturesFormation.renovee(cfd);
    Field<Integer> etablissements =
        DSL.field(
            DSL.select(DSL.countDistinct(OffresSommees.uai()))
                .from(OffresSommees.offres())
                .leftJoin(IdentiteEtablissement.etablissements())
                .on(IdentiteEtablissement.uai().eq(OffresSommees.uai()))
                .where(OffresSommees.cfd().eq(cfd))
                .and(OffresSommees.rentreeScolaire().eq(rentree))
                .and(territoire.etablissements())
                .and(voie == null ? DSL.noCondition() : OffresSommees.voie().eq(voie)));
    Field<Boolean> scolaire = DSL.boolOr(liste.voie().eq(Voie.CODE_SCOLAIRE));
    Field<Boolean> apprentissage = DSL.boolOr(liste.voie().eq(Voie.CODE_APPRENTISSAGE));
    return dsl.select(
            cfd.convert(Cfd.CONVERTER),
            libelle,
            niveau.convert(NiveauDiplome.CONVERTER),
            NomenclaturesFormation.libelleNiveau(),
            renovee,
            Perimetre.typeFamille(cfd),
            scolaire,
            apprentissage,
            etablissements)
        .from(liste.table())
        .leftJoin(IdentiteFormation.formations())
        .on(IdentiteFormation.cfd().eq(cfd))
        .leftJoin(NomenclaturesFormation.niveaux())
        .on(NomenclaturesFormation.codeNiveau().eq(niveau))
        .where(liste.codeNsf().eq(codeNsf))
        .groupBy(cfd, IdentiteFormation.libelle(), NomenclaturesFormation.libelleNiveau())
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
  public EtablissementsDeFormation etablissements(
      Cfd cfd, TerritoireChoisi territoire, @Nullable String voie) {
    String rentree = rentreeCourante().orElse(null);
    return new EtablissementsDeFormation(
        cfd,
        territoire,
        voie,
        rentree,
        rentree == null ? List.of() : etablissements(cfd.code(), territoire, voie, rentree));
  }

  private List<EtablissementOffrant> etablissements(
      String cfd, TerritoireChoisi territoire, @Nullable String voie, String rentree) {
    Condition where =
        OffresSommees.cfd()
            .eq(cfd)
            .and(OffresSommees.rentreeScolaire().eq(rentree))
            .and(territoire.etablissements())
            .and(voie == null ? DSL.noCondition() : OffresSommees.voie().eq(voie));
    Field<String> uai = OffresSommees.uai();
    Field<String> libelle = IdentiteEtablissement.libelle();
    Field<String> commune = IdentiteEtablissement.commune();
    Field<String> departement = IdentiteEtablissement.codeDepartement();
    Field<String> secteur = IdentiteEtablissement.secteur();
    return dsl.select(
            uai.convert(Uai.CONVERTER),
            libelle,
            commune,
            departement.convert(CodeDepartement.CONVERTER),
            Territoires.libelleDepartement(departement),
            secteur,
            DSL.arrayAggDistinct(OffresSommees.voie()),
            DSL.sum(Offres.effectifEntree()).cast(SQLDataType.INTEGER))
        .from(OffresSommees.offres())
        .leftJoin(IdentiteEtablissement.etablissements())
        .on(IdentiteEtablissement.uai().eq(uai))
        .where(where)
        .groupBy(uai, libelle, commune, departement, secteur)
        .orderBy(
            departement.asc().nullsLast(),
            commune.asc().nullsLast(),
            libelle.asc().nullsLast(),
            uai)
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
    return DSL.coalesce(
        NomenclaturesFormation.libelleEditionGroupeNsf(),
        NomenclaturesFormation.libelleGroupeNsf(),
        codeNsf);
  }
}
