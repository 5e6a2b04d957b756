package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.ACADEMIE;
import static fr.education.orion.schema.Tables.DEPARTEMENT;
import static fr.education.orion.schema.Tables.ETABLISSEMENT;
import static fr.education.orion.schema.Tables.ONISEP_STRUCTURE;
import static fr.education.orion.schema.Tables.REGION;
import static org.jooq.impl.DSL.noCondition;

import fr.education.orion.referentiel.Etablissements.EtablissementDetail;
import fr.education.orion.referentiel.Etablissements.EtablissementResume;
import fr.education.orion.referentiel.Etablissements.Geolocalisation;
import fr.education.orion.referentiel.GeolocalisationOnisep.Coordonnees;
import fr.education.orion.referentiel.GeolocalisationOnisep.Structure;
import fr.education.orion.system.Like;
import fr.education.orion.system.Pagination;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads établissements for the search, the établissement page and the API. */
@Component
public class EtablissementQueries {

  /**
   * The criteria of an établissement search.
   *
   * @param q a UAI, or words of the name or the commune (accents and case ignored)
   */
  public record Criteres(
      @Nullable String q,
      @Nullable String codeRegion,
      @Nullable String codeAcademie,
      @Nullable String codeDepartement) {}

  /**
   * Where a user may pick établissements, as plain facts (the référentiel knows no account):
   * everywhere, in some régions, or among some UAI.
   */
  public sealed interface Portee {

    Condition condition();

    record Nationale() implements Portee {
      @Override
      public Condition condition() {
        return noCondition();
      }
    }

    record Regions(Set<CodeRegion> codesRegion) implements Portee {
      @Override
      public Condition condition() {
        return ETABLISSEMENT.CODE_REGION.in(codesRegion.stream().map(CodeRegion::code).toList());
      }
    }

    record Etablissements(Set<Uai> uais) implements Portee {
      @Override
      public Condition condition() {
        return ETABLISSEMENT.UAI.in(uais.stream().map(Uai::code).toList());
      }
    }
  }

  private final DSLContext dsl;

  EtablissementQueries(DSLContext dsl) {
    this.dsl = dsl;
  }

  public Pagination<EtablissementResume> search(Criteres criteres, int page, int size) {
    return Pagination.read(page, size, servie -> lirePage(criteres, servie, size));
  }

  private Pagination<EtablissementResume> lirePage(Criteres criteres, int page, int size) {
    Condition where =
        Recherche.chaqueMot(criteres.q(), mot -> Like.contient(ETABLISSEMENT.RECHERCHE, mot));
    where = where.and(equalsIfGiven(ETABLISSEMENT.CODE_REGION, criteres.codeRegion()));
    where = where.and(equalsIfGiven(ETABLISSEMENT.CODE_ACADEMIE, criteres.codeAcademie()));
    where = where.and(equalsIfGiven(ETABLISSEMENT.CODE_DEPARTEMENT, criteres.codeDepartement()));
    List<EtablissementResume> items = resumes(where, size, (long) page * size);
    return new Pagination<>(items, dsl.fetchCount(ETABLISSEMENT, where), page, size);
  }

  /**
   * The établissements a user may pick, as the demande form suggests them: those whose UAI, name or
   * commune hold every word of {@code texte} (accents and case ignored), within {@code portee}, by
   * name, at most {@code max}.
   */
  public List<EtablissementResume> search(Portee portee, @Nullable String texte, int max) {
    Condition where =
        Recherche.chaqueMot(texte, mot -> Like.contient(ETABLISSEMENT.RECHERCHE, mot))
            .and(portee.condition());
    return resumes(where, max, 0);
  }

  private List<EtablissementResume> resumes(Condition where, int limit, long offset) {
    return dsl.select(
            ETABLISSEMENT.UAI.convert(Uai.CONVERTER),
            ETABLISSEMENT.LIBELLE,
            ETABLISSEMENT.COMMUNE,
            ETABLISSEMENT.CODE_DEPARTEMENT.convert(CodeDepartement.CONVERTER),
            Territoires.libelleDepartement(ETABLISSEMENT.CODE_DEPARTEMENT),
            ETABLISSEMENT.CODE_ACADEMIE.convert(CodeAcademie.CONVERTER),
            ETABLISSEMENT.CODE_REGION.convert(CodeRegion.CONVERTER),
            ETABLISSEMENT.SECTEUR)
        .from(ETABLISSEMENT)
        .where(where)
        .orderBy(ETABLISSEMENT.LIBELLE, ETABLISSEMENT.UAI)
        .limit(limit)
        .offset(offset)
        .fetch(Records.mapping(EtablissementResume::new));
  }

  private static Condition equalsIfGiven(Field<String> field, @Nullable String value) {
    return value == null || value.isBlank() ? noCondition() : field.eq(value.trim());
  }

  public boolean isKnown(Uai uai) {
    return dsl.fetchExists(ETABLISSEMENT, ETABLISSEMENT.UAI.eq(uai.code()));
  }

  /**
   * An établissement, located by ONISEP when it knows the UAI ({@link GeolocalisationOnisep}), else
   * by the annuaire de l'éducation.
   */
  public Optional<EtablissementDetail> find(Uai uai) {
    var etablissement =
        dsl.select(
                ETABLISSEMENT.UAI,
                ETABLISSEMENT.LIBELLE,
                ETABLISSEMENT.COMMUNE,
                ETABLISSEMENT.CODE_DEPARTEMENT,
                ETABLISSEMENT.CODE_ACADEMIE,
                ETABLISSEMENT.CODE_REGION,
                ETABLISSEMENT.SECTEUR,
                DEPARTEMENT.LIBELLE,
                ACADEMIE.LIBELLE,
                REGION.LIBELLE,
                ETABLISSEMENT.TYPE_ETABLISSEMENT,
                ETABLISSEMENT.ADRESSE,
                ETABLISSEMENT.CODE_POSTAL,
                ETABLISSEMENT.SIRET,
                ETABLISSEMENT.LATITUDE,
                ETABLISSEMENT.LONGITUDE,
                ETABLISSEMENT.DATE_OUVERTURE,
                ETABLISSEMENT.DATE_FERMETURE,
                ETABLISSEMENT.SOURCE)
            .from(ETABLISSEMENT)
            .leftJoin(DEPARTEMENT)
            .on(DEPARTEMENT.CODE_DEPARTEMENT.eq(ETABLISSEMENT.CODE_DEPARTEMENT))
            .leftJoin(ACADEMIE)
            .on(ACADEMIE.CODE_ACADEMIE.eq(ETABLISSEMENT.CODE_ACADEMIE))
            .leftJoin(REGION)
            .on(REGION.CODE_REGION.eq(ETABLISSEMENT.CODE_REGION))
            .where(ETABLISSEMENT.UAI.eq(uai.code()))
            .fetchOne();
    if (etablissement == null) {
      return Optional.empty();
    }
    Optional<Coordonnees> coordonnees =
        coordonnees(
            onisepStructures(List.of(uai.code())).getOrDefault(uai.code(), List.of()),
            etablissement.get(ETABLISSEMENT.CODE_POSTAL),
            etablissement.get(ETABLISSEMENT.LATITUDE),
            etablissement.get(ETABLISSEMENT.LONGITUDE));
    return Optional.of(
        new EtablissementDetail(
            etablissement.get(ETABLISSEMENT.UAI, Uai.CONVERTER),
            etablissement.get(ETABLISSEMENT.LIBELLE),
            etablissement.get(ETABLISSEMENT.COMMUNE),
            etablissement.get(ETABLISSEMENT.CODE_DEPARTEMENT, CodeDepartement.CONVERTER),
            etablissement.get(ETABLISSEMENT.CODE_ACADEMIE, CodeAcademie.CONVERTER),
            etablissement.get(ETABLISSEMENT.CODE_REGION, CodeRegion.CONVERTER),
            etablissement.get(ETABLISSEMENT.SECTEUR),
            etablissement.get(DEPARTEMENT.LIBELLE),
            etablissement.get(ACADEMIE.LIBELLE),
            etablissement.get(REGION.LIBELLE),
            etablissement.get(ETABLISSEMENT.TYPE_ETABLISSEMENT),
            etablissement.get(ETABLISSEMENT.ADRESSE),
            etablissement.get(ETABLISSEMENT.CODE_POSTAL),
            etablissement.get(ETABLISSEMENT.SIRET),
            coordonnees.map(Coordonnees::latitude).orElse(null),
            coordonnees.map(Coordonnees::longitude).orElse(null),
            coordonnees.map(Coordonnees::source).orElse(null),
            etablissement.get(ETABLISSEMENT.DATE_OUVERTURE),
            etablissement.get(ETABLISSEMENT.DATE_FERMETURE),
            etablissement.get(ETABLISSEMENT.SOURCE)));
  }

  /**
   * The région of each of these établissements that Orion knows: an unknown UAI is absent from the
   * answer, a known établissement without région maps to null.
   */
  public Map<Uai, @Nullable CodeRegion> regions(Collection<Uai> uais) {
    Field<Uai> uai = ETABLISSEMENT.UAI.convert(Uai.CONVERTER);
    Field<CodeRegion> region = ETABLISSEMENT.CODE_REGION.convert(CodeRegion.CONVERTER);
    return dsl.select(uai, region)
        .from(ETABLISSEMENT)
        .where(ETABLISSEMENT.UAI.in(uais.stream().map(Uai::code).toList()))
        .fetchMap(uai, region);
  }

  /**
   * Where these établissements are, chosen as {@link #find} chooses; an établissement without
   * coordinates is absent from the answer.
   */
  public Map<String, Geolocalisation> geolocalisations(Collection<String> uais) {
    Map<String, List<Structure>> structures = onisepStructures(uais);
    Map<String, Geolocalisation> geolocalisations = new HashMap<>();
    dsl.select(
            ETABLISSEMENT.UAI,
            ETABLISSEMENT.CODE_POSTAL,
            ETABLISSEMENT.LATITUDE,
            ETABLISSEMENT.LONGITUDE)
        .from(ETABLISSEMENT)
        .where(ETABLISSEMENT.UAI.in(uais))
        .forEach(
            etablissement -> {
              String uai = etablissement.value1();
              coordonnees(
                      structures.getOrDefault(uai, List.of()),
                      etablissement.value2(),
                      etablissement.value3(),
                      etablissement.value4())
                  .ifPresent(
                      chosen ->
                          geolocalisations.put(
                              uai,
                              new Geolocalisation(
                                  chosen.latitude(), chosen.longitude(), chosen.source())));
            });
    return geolocalisations;
  }

  /** ONISEP's coordinates when it knows the UAI, else the annuaire de l'éducation's. */
  private static Optional<Coordonnees> coordonnees(
      List<Structure> onisep,
      @Nullable String codePostal,
      @Nullable Double latitude,
      @Nullable Double longitude) {
    return GeolocalisationOnisep.choose(onisep, codePostal)
        .or(
            () ->
                latitude == null || longitude == null
                    ? Optional.empty()
                    : Optional.of(new Coordonnees(latitude, longitude, "annuaire")));
  }

  private Map<String, List<Structure>> onisepStructures(Collection<String> uais) {
    return dsl.select(
            ONISEP_STRUCTURE.UAI,
            ONISEP_STRUCTURE.CATALOGUE,
            ONISEP_STRUCTURE.CODE_POSTAL,
            ONISEP_STRUCTURE.LATITUDE,
            ONISEP_STRUCTURE.LONGITUDE)
        .from(ONISEP_STRUCTURE)
        .where(ONISEP_STRUCTURE.UAI.in(uais))
        .orderBy(ONISEP_STRUCTURE.UAI, ONISEP_STRUCTURE.CATALOGUE, ONISEP_STRUCTURE.LIGNE)
        .fetchGroups(
            structure -> structure.value1(),
            structure ->
                new Structure(
                    structure.value2(),
                    structure.value3(),
                    structure.value4(),
                    structure.value5()));
  }
}
