package fr.education.orion.campagne;

import static fr.education.orion.schema.Tables.CAMPAGNE;
import static fr.education.orion.schema.Tables.CAMPAGNE_MOTIF;
import static fr.education.orion.schema.Tables.CAMPAGNE_REGION;
import static fr.education.orion.schema.Tables.CAMPAGNE_TYPE_DEMANDE;

import fr.education.orion.referentiel.CodeRegion;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The campaigns and what each year offers, read for the pages, the API and other modules. */
@Component
public class CampagneQueries {

  private final DSLContext dsl;

  CampagneQueries(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Every national campaign, the most recent first. */
  public List<Campagne> campagnes() {
    return dsl.selectFrom(CAMPAGNE).orderBy(CAMPAGNE.ANNEE.desc()).fetch(CampagneQueries::campagne);
  }

  public Optional<Campagne> campagne(AnneeCampagne annee) {
    return dsl.selectFrom(CAMPAGNE)
        .where(CAMPAGNE.ANNEE.eq((short) annee.annee()))
        .fetchOptional(CampagneQueries::campagne);
  }

  /**
   * The regional campaigns of one year (none: of every year), of one région (none: of every
   * région), by year then région.
   */
  public List<CampagneRegionale> regionales(
      @Nullable AnneeCampagne annee, @Nullable CodeRegion codeRegion) {
    Condition condition = DSL.noCondition();
    if (annee != null) {
      condition = condition.and(CAMPAGNE_REGION.ANNEE.eq((short) annee.annee()));
    }
    if (codeRegion != null) {
      condition = condition.and(CAMPAGNE_REGION.CODE_REGION.eq(codeRegion.code()));
    }
    return dsl.selectFrom(CAMPAGNE_REGION)
        .where(condition)
        .orderBy(CAMPAGNE_REGION.ANNEE.desc(), CAMPAGNE_REGION.CODE_REGION)
        .fetch(CampagneQueries::regionale);
  }

  public Optional<CampagneRegionale> regionale(AnneeCampagne annee, CodeRegion codeRegion) {
    return regionales(annee, codeRegion).stream().findFirst();
  }

  /** What the year offers; empty lists when nothing is prepared for it. */
  public OffreCampagne offre(AnneeCampagne annee) {
    short an = (short) annee.annee();
    List<TypeDemande> types =
        dsl
            .select(CAMPAGNE_TYPE_DEMANDE.TYPE_DEMANDE)
            .from(CAMPAGNE_TYPE_DEMANDE)
            .where(CAMPAGNE_TYPE_DEMANDE.ANNEE.eq(an))
            .fetch(r -> TypeDemande.of(r.value1()))
            .stream()
            .sorted()
            .toList();
    List<Motif> motifs =
        dsl
            .selectFrom(CAMPAGNE_MOTIF)
            .where(CAMPAGNE_MOTIF.ANNEE.eq(an))
            .orderBy(CAMPAGNE_MOTIF.ORDRE, CAMPAGNE_MOTIF.CODE)
            .fetch(
                r ->
                    new Motif(
                        CategorieMotif.of(r.getCategorie()),
                        r.getCode(),
                        r.getLibelle(),
                        r.getDeclenchePrecision()))
            .stream()
            .sorted(Comparator.comparing(Motif::categorie))
            .toList();
    return new OffreCampagne(annee, types, motifs);
  }

  /** The latest year before {@code annee} that has types of demande prepared. */
  Optional<AnneeCampagne> derniereOffreAvant(AnneeCampagne annee) {
    return dsl.select(DSL.max(CAMPAGNE_TYPE_DEMANDE.ANNEE))
        .from(CAMPAGNE_TYPE_DEMANDE)
        .where(CAMPAGNE_TYPE_DEMANDE.ANNEE.lt((short) annee.annee()))
        .fetchOptional(r -> r.value1() == null ? null : new AnneeCampagne(r.value1()));
  }

  private static Campagne campagne(Record r) {
    return new Campagne(
        new AnneeCampagne(r.get(CAMPAGNE.ANNEE)),
        StatutCampagne.of(r.get(CAMPAGNE.STATUT)),
        r.get(CAMPAGNE.DATE_DEBUT),
        r.get(CAMPAGNE.DATE_FIN));
  }

  private static CampagneRegionale regionale(Record r) {
    return new CampagneRegionale(
        new AnneeCampagne(r.get(CAMPAGNE_REGION.ANNEE)),
        r.get(CAMPAGNE_REGION.CODE_REGION, CodeRegion.CONVERTER),
        StatutCampagne.of(r.get(CAMPAGNE_REGION.STATUT)),
        r.get(CAMPAGNE_REGION.DATE_DEBUT),
        r.get(CAMPAGNE_REGION.DATE_FIN),
        r.get(CAMPAGNE_REGION.DATE_VOTE),
        r.get(CAMPAGNE_REGION.SAISIE_PERDIR));
  }
}
