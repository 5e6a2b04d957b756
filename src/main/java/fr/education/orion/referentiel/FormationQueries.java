package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.DIPLOME_PROFESSIONNEL;
import static fr.education.orion.schema.Tables.DISPOSITIF;
import static fr.education.orion.schema.Tables.FAMILLE_METIER;
import static fr.education.orion.schema.Tables.FORMATION;
import static fr.education.orion.schema.Tables.FORMATION_LIGNEE;
import static fr.education.orion.schema.Tables.GROUPE_FORMATION;
import static fr.education.orion.schema.Tables.GROUPE_FORMATION_LIEN;
import static fr.education.orion.schema.Tables.GROUPE_FORMATION_TYPE;
import static fr.education.orion.schema.Tables.MEF;
import static fr.education.orion.schema.Tables.NIVEAU_DIPLOME;
import static fr.education.orion.schema.Tables.NSF_GROUPE;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;

import fr.education.orion.referentiel.Formations.Dispositif;
import fr.education.orion.referentiel.Formations.DispositifFormation;
import fr.education.orion.referentiel.Formations.Famille;
import fr.education.orion.referentiel.Formations.FormationDemandable;
import fr.education.orion.referentiel.Formations.FormationDetail;
import fr.education.orion.referentiel.Formations.FormationLiee;
import fr.education.orion.referentiel.Formations.FormationResume;
import fr.education.orion.referentiel.Formations.NiveauDiplome;
import fr.education.orion.system.Like;
import fr.education.orion.system.Pagination;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads formations for the search, the formation page and the API. */
@Component
public class FormationQueries {

  /**
   * The criteria of a formation search.
   *
   * @param q a CFD or words of the label (accents and case ignored)
   * @param perimetreSeul true to keep the formations of Orion's perimeter: the official list of
   *     vocational diplomas and the apprenticeship CFDs of the catalogue
   */
  public record Criteres(
      @Nullable String q,
      @Nullable String codeNiveauDiplome,
      @Nullable String codeNsf,
      boolean perimetreSeul) {}

  private final DSLContext dsl;
  private final FormationEmploiQueries emplois;

  FormationQueries(DSLContext dsl, FormationEmploiQueries emplois) {
    this.dsl = dsl;
    this.emplois = emplois;
  }

  private static Field<Boolean> inPerimetre() {
    return DSL.field(
        exists(
            selectOne()
                .from(DIPLOME_PROFESSIONNEL)
                .where(DIPLOME_PROFESSIONNEL.CFD.eq(FORMATION.CFD))));
  }

  public Pagination<FormationResume> search(Criteres criteres, int page, int size) {
    return Pagination.read(page, size, servie -> lirePage(criteres, servie, size));
  }

  private Pagination<FormationResume> lirePage(Criteres criteres, int page, int size) {
    @Nullable Cfd exactCfd = exactCfd(criteres.q());
    Condition where = cfdOuMots(criteres.q(), exactCfd);
    if (criteres.codeNiveauDiplome() != null && !criteres.codeNiveauDiplome().isBlank()) {
      where = where.and(FORMATION.CODE_NIVEAU_DIPLOME.eq(criteres.codeNiveauDiplome()));
    }
    if (criteres.codeNsf() != null && !criteres.codeNsf().isBlank()) {
      where = where.and(FORMATION.CODE_NSF.eq(criteres.codeNsf()));
    }
    if (criteres.perimetreSeul()) {
      where = where.and(inPerimetre());
    }
    Field<Boolean> perimetre = inPerimetre().as("perimetre");
    List<FormationResume> items =
        dsl.select(
                FORMATION.CFD.convert(Cfd.CONVERTER),
                FORMATION.LIBELLE,
                FORMATION.CODE_NIVEAU_DIPLOME,
                NIVEAU_DIPLOME.LIBELLE,
                FORMATION.CODE_NSF,
                NSF_GROUPE.LIBELLE,
                FORMATION.DATE_OUVERTURE,
                FORMATION.DATE_FERMETURE,
                perimetre)
            .from(FORMATION)
            .leftJoin(NIVEAU_DIPLOME)
            .on(NIVEAU_DIPLOME.CODE_NIVEAU_DIPLOME.eq(FORMATION.CODE_NIVEAU_DIPLOME))
            .leftJoin(NSF_GROUPE)
            .on(NSF_GROUPE.CODE_NSF.eq(FORMATION.CODE_NSF))
            .where(where)
            .orderBy(order(exactCfd))
            .limit(size)
            .offset((long) page * size)
            .fetch(Records.mapping(FormationResume::new));
    return new Pagination<>(items, dsl.fetchCount(FORMATION, where), page, size);
  }

  private static @Nullable Cfd exactCfd(@Nullable String q) {
    return q == null ? null : Cfd.parse(q).orElse(null);
  }

  /** The formation is the CFD {@code q} names, or its label holds every word of {@code q}. */
  private static Condition cfdOuMots(@Nullable String q, @Nullable Cfd exactCfd) {
    Condition words = Recherche.chaqueMot(q, mot -> Like.contient(FORMATION.RECHERCHE, mot));
    return exactCfd == null ? words : FORMATION.CFD.eq(exactCfd.code()).or(words);
  }

  /**
   * The formations a demande may name, for the rentrée starting on {@code premierSeptembre}: those
   * of the BCN whose CFD is {@code texte} or whose label holds its words (accents and case
   * ignored), in the order of {@link #search}, at most {@code max}. A closed one is kept, marked
   * not {@code ouverte}, so that the form can say why it cannot be asked for.
   */
  public List<FormationDemandable> searchDemandables(
      @Nullable String texte, LocalDate premierSeptembre, int max) {
    @Nullable Cfd exactCfd = exactCfd(texte);
    Field<Boolean> ouverte =
        DSL.field(
            FORMATION.DATE_FERMETURE.isNull().or(FORMATION.DATE_FERMETURE.ge(premierSeptembre)));
    var lignes =
        dsl.select(
                FORMATION.CFD,
                FORMATION.LIBELLE,
                FORMATION.CODE_NIVEAU_DIPLOME,
                NIVEAU_DIPLOME.LIBELLE,
                ouverte.as("ouverte"),
                FORMATION.DATE_FERMETURE,
                inPerimetre().as("perimetre"))
            .from(FORMATION)
            .leftJoin(NIVEAU_DIPLOME)
            .on(NIVEAU_DIPLOME.CODE_NIVEAU_DIPLOME.eq(FORMATION.CODE_NIVEAU_DIPLOME))
            .where(cfdOuMots(texte, exactCfd))
            .orderBy(order(exactCfd))
            .limit(max)
            .fetch();
    Map<String, List<DispositifFormation>> dispositifs =
        dispositifsDe(lignes.stream().map(r -> r.get(FORMATION.CFD)).toList());
    return lignes.stream()
        .map(
            r ->
                new FormationDemandable(
                    r.get(FORMATION.CFD, Cfd.CONVERTER),
                    r.get(FORMATION.LIBELLE),
                    r.get(FORMATION.CODE_NIVEAU_DIPLOME),
                    r.get(NIVEAU_DIPLOME.LIBELLE),
                    r.get(
                            FORMATION.CODE_NIVEAU_DIPLOME,
                            fr.education.orion.referentiel.NiveauDiplome.CONVERTER)
                        .fcil(),
                    r.get("ouverte", Boolean.class),
                    r.get(FORMATION.DATE_FERMETURE),
                    dispositifs.getOrDefault(r.get(FORMATION.CFD), List.of())))
        .toList();
  }

  /** The dispositifs of the MEFs of each CFD, by code. */
  private Map<String, List<DispositifFormation>> dispositifsDe(Collection<String> cfds) {
    Map<String, List<DispositifFormation>> dispositifs = new LinkedHashMap<>();
    dsl.selectDistinct(MEF.CFD, MEF.CODE_DISPOSITIF, DISPOSITIF.LIBELLE)
        .from(MEF)
        .leftJoin(DISPOSITIF)
        .on(DISPOSITIF.CODE_DISPOSITIF.eq(MEF.CODE_DISPOSITIF))
        .where(MEF.CFD.in(cfds))
        .orderBy(MEF.CFD, MEF.CODE_DISPOSITIF)
        .forEach(
            r ->
                dispositifs
                    .computeIfAbsent(r.value1(), cfd -> new ArrayList<>())
                    .add(new DispositifFormation(r.value2(), r.value3())));
    return dispositifs;
  }

  /** The exact CFD first, then the perimeter, open formations, and the label. */
  private static List<SortField<?>> order(@Nullable Cfd exactCfd) {
    List<SortField<?>> order = new ArrayList<>();
    if (exactCfd != null) {
      order.add(DSL.when(FORMATION.CFD.eq(exactCfd.code()), 0).otherwise(1).asc());
    }
    order.add(DSL.field(DSL.name("perimetre"), Boolean.class).desc());
    order.add(DSL.when(FORMATION.DATE_FERMETURE.isNull(), 0).otherwise(1).asc());
    order.add(FORMATION.LIBELLE.asc());
    order.add(FORMATION.CFD.asc());
    return order;
  }

  public boolean isKnown(Cfd cfd) {
    return dsl.fetchExists(FORMATION, FORMATION.CFD.eq(cfd.code()));
  }

  public Optional<FormationDetail> find(Cfd cfd) {
    Record formation =
        dsl.select(
                FORMATION.CFD,
                FORMATION.LIBELLE,
                FORMATION.CODE_NIVEAU_DIPLOME,
                NIVEAU_DIPLOME.LIBELLE,
                FORMATION.CODE_NSF,
                NSF_GROUPE.LIBELLE,
                FORMATION.DATE_OUVERTURE,
                FORMATION.DATE_FERMETURE)
            .from(FORMATION)
            .leftJoin(NIVEAU_DIPLOME)
            .on(NIVEAU_DIPLOME.CODE_NIVEAU_DIPLOME.eq(FORMATION.CODE_NIVEAU_DIPLOME))
            .leftJoin(NSF_GROUPE)
            .on(NSF_GROUPE.CODE_NSF.eq(FORMATION.CODE_NSF))
            .where(FORMATION.CFD.eq(cfd.code()))
            .fetchOne();
    if (formation == null) {
      return Optional.empty();
    }
    List<String> anciens =
        dsl.select(FORMATION_LIGNEE.ANCIEN_CFD)
            .from(FORMATION_LIGNEE)
            .where(FORMATION_LIGNEE.NOUVEAU_CFD.eq(cfd.code()))
            .orderBy(FORMATION_LIGNEE.ANCIEN_CFD)
            .fetch(FORMATION_LIGNEE.ANCIEN_CFD);
    List<String> nouveaux =
        dsl.select(FORMATION_LIGNEE.NOUVEAU_CFD)
            .from(FORMATION_LIGNEE)
            .where(FORMATION_LIGNEE.ANCIEN_CFD.eq(cfd.code()))
            .orderBy(FORMATION_LIGNEE.NOUVEAU_CFD)
            .fetch(FORMATION_LIGNEE.NOUVEAU_CFD);
    Optional<DiplomeCorrige> diplome = emplois.diplome(cfd);
    List<Famille> familles = familles(cfd);
    List<String> cfdsLies =
        Stream.concat(
                Stream.concat(anciens.stream(), nouveaux.stream()),
                familles.stream()
                    .map(Famille::cfdFamille)
                    .filter(c -> c != null && !c.equals(cfd.code())))
            .distinct()
            .toList();
    return Optional.of(
        new FormationDetail(
            formation.get(FORMATION.CFD),
            formation.get(FORMATION.LIBELLE),
            formation.get(FORMATION.CODE_NIVEAU_DIPLOME),
            formation.get(NIVEAU_DIPLOME.LIBELLE),
            formation.get(FORMATION.CODE_NSF),
            formation.get(NSF_GROUPE.LIBELLE),
            formation.get(FORMATION.DATE_OUVERTURE),
            formation.get(FORMATION.DATE_FERMETURE),
            typeFamille(cfd),
            dispositifs(cfd),
            anciens,
            nouveaux,
            diplome.isPresent(),
            diplome.map(DiplomeCorrige::codeRncp).orElse(null),
            familles,
            libelles(cfdsLies),
            diplome.orElse(null),
            emplois.rncp(cfd, diplome),
            emplois.fichesRncp(cfd),
            emplois.metiers(cfd),
            emplois.actionsPrioritaires(cfd)));
  }

  /** Classes communes and spécialités of familles de métiers, as Orion's referential says. */
  private @Nullable String typeFamille(Cfd cfd) {
    return dsl.select(Perimetre.typeFamille(DSL.inline(cfd.code()))).fetchOne(0, String.class);
  }

  private List<Dispositif> dispositifs(Cfd cfd) {
    Map<String, List<String>> mefstatByDispositif = new LinkedHashMap<>();
    Map<String, String> libelles = new LinkedHashMap<>();
    dsl.select(MEF.CODE_DISPOSITIF, DISPOSITIF.LIBELLE, MEF.MEFSTAT11)
        .from(MEF)
        .leftJoin(DISPOSITIF)
        .on(DISPOSITIF.CODE_DISPOSITIF.eq(MEF.CODE_DISPOSITIF))
        .where(MEF.CFD.eq(cfd.code()))
        .orderBy(MEF.CODE_DISPOSITIF, MEF.ANNEE_DISPOSITIF, MEF.MEFSTAT11)
        .forEach(
            r -> {
              List<String> mefstats =
                  mefstatByDispositif.computeIfAbsent(r.value1(), code -> new ArrayList<>());
              if (r.value3() != null && !mefstats.contains(r.value3())) {
                mefstats.add(r.value3());
              }
              libelles.putIfAbsent(r.value1(), r.value2());
            });
    return mefstatByDispositif.entrySet().stream()
        .map(e -> new Dispositif(e.getKey(), libelles.get(e.getKey()), List.copyOf(e.getValue())))
        .toList();
  }

  private List<Famille> familles(Cfd cfd) {
    List<Famille> familles = new ArrayList<>();
    dsl.select(FAMILLE_METIER.CFD_FAMILLE, FAMILLE_METIER.LIBELLE_FAMILLE, FAMILLE_METIER.ORIGINE)
        .from(FAMILLE_METIER)
        .where(FAMILLE_METIER.CFD.eq(cfd.code()))
        .forEach(r -> familles.add(new Famille(r.value1(), r.value2(), null, r.value3())));
    dsl.select(GROUPE_FORMATION.LIBELLE, GROUPE_FORMATION_TYPE.LIBELLE)
        .from(GROUPE_FORMATION_LIEN)
        .join(GROUPE_FORMATION)
        .on(GROUPE_FORMATION.CODE_GROUPE.eq(GROUPE_FORMATION_LIEN.CODE_GROUPE))
        .leftJoin(GROUPE_FORMATION_TYPE)
        .on(GROUPE_FORMATION_TYPE.CODE_TYPE.eq(GROUPE_FORMATION.CODE_TYPE))
        .where(GROUPE_FORMATION_LIEN.CFD.eq(cfd.code()))
        .orderBy(GROUPE_FORMATION.LIBELLE)
        .forEach(r -> familles.add(new Famille(null, r.value1(), r.value2(), "bcn")));
    return familles;
  }

  private List<FormationLiee> libelles(Collection<String> cfds) {
    Map<String, String> known =
        dsl.select(FORMATION.CFD, FORMATION.LIBELLE)
            .from(FORMATION)
            .where(FORMATION.CFD.in(cfds))
            .fetchMap(FORMATION.CFD, FORMATION.LIBELLE);
    return cfds.stream().map(cfd -> new FormationLiee(cfd, known.get(cfd))).toList();
  }

  /** The niveaux of the formations of the perimeter, for the search filter. */
  public List<NiveauDiplome> niveauxDuPerimetre() {
    return dsl.selectDistinct(NIVEAU_DIPLOME.CODE_NIVEAU_DIPLOME, NIVEAU_DIPLOME.LIBELLE)
        .from(NIVEAU_DIPLOME)
        .join(FORMATION)
        .on(FORMATION.CODE_NIVEAU_DIPLOME.eq(NIVEAU_DIPLOME.CODE_NIVEAU_DIPLOME))
        .join(DIPLOME_PROFESSIONNEL)
        .on(DIPLOME_PROFESSIONNEL.CFD.eq(FORMATION.CFD))
        .orderBy(NIVEAU_DIPLOME.LIBELLE)
        .fetch(r -> new NiveauDiplome(r.value1(), r.value2()));
  }
}
