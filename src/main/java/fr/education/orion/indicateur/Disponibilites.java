package fr.education.orion.indicateur;

import static fr.education.orion.schema.Tables.INSERJEUNES_FORMATION_REGION;
import static fr.education.orion.schema.Tables.INSERJEUNES_UAI;
import static fr.education.orion.schema.Tables.OFFRE;
import static org.jooq.impl.DSL.boolOr;

import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.ingestion.SelonImports;
import fr.education.orion.referentiel.Voie;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.springframework.stereotype.Component;

/**
 * Which figures each rentrée and millésime of the loaded data hold: the one place that answers it,
 * so that a page opens on a rentrée with its main figures, disables a filter that could only return
 * nothing, and says what another rentrée lacks. Sources come one year at a time (the constat de
 * rentrée of one year, Affelnet of another, Parcoursup of others), so the newest year present
 * rarely has every figure. The offers of the voie scolaire are read from the data and kept until
 * the next import; the other answers are read as the data are now (no cache), for what runs while
 * an import is being taken into account.
 */
@Component
public class Disponibilites {

  /**
   * The figures the offers of the voie scolaire hold at a rentrée.
   *
   * @param effectifs headcounts (constat de rentrée)
   * @param pression capacities and first wishes of the non-BTS offers (Affelnet): taux de pression
   * @param demande capacities and wishes of the BTS (Parcoursup): taux de demande
   */
  public record Rentree(String annee, boolean effectifs, boolean pression, boolean demande) {

    /** Capacities and wishes for a niveau: Parcoursup's for the BTS, Affelnet's otherwise. */
    public boolean voeux(boolean bts) {
      return bts ? demande : pression;
    }
  }

  /**
   * The figures some offer of a rentrée has, in either voie: headcounts of the first or second year
   * (constat de rentrée), capacities, first wishes.
   */
  public record ChiffresPresents(boolean effectifs, boolean capacites, boolean voeux) {}

  /** What the data hold, newest first. */
  private record Etat(List<Rentree> rentrees, List<String> millesimes) {}

  private final DSLContext dsl;
  private final SelonImports<Boolean, Etat> etat;

  Disponibilites(DSLContext dsl, ImportRuns imports) {
    this.dsl = dsl;
    this.etat = new SelonImports<>(imports, sansCle -> new Etat(readRentrees(), readMillesimes()));
  }

  /** The rentrées with offers of the voie scolaire, newest first, each with its figures. */
  public List<Rentree> rentrees() {
    return etat.get(true).rentrees();
  }

  /** The figures of a rentrée; none for a rentrée absent from the data. */
  public Rentree rentree(String annee) {
    return rentrees().stream()
        .filter(r -> r.annee().equals(annee))
        .findFirst()
        .orElse(new Rentree(annee, false, false, false));
  }

  /** The newest rentrée with headcounts: the one pages open on. */
  public Optional<String> derniereRentreeAvecEffectifs() {
    return derniere(Rentree::effectifs);
  }

  /** The newest rentrée with capacities and wishes for a niveau (BTS or not). */
  public Optional<String> derniereRentreeAvecVoeux(boolean bts) {
    return derniere(r -> r.voeux(bts));
  }

  /** Headcounts at this rentrée and the previous one: their change can be told. */
  public boolean evolutionEffectifs(String rentree) {
    return rentree(rentree).effectifs()
        && rentree(RentreeScolaire.of(rentree).precedente().code()).effectifs();
  }

  /** The millésimes with InserJeunes counts of leavers by région, newest first. */
  public List<String> millesimes() {
    return etat.get(true).millesimes();
  }

  /** InserJeunes rates for this millésime and the previous one: their change can be told. */
  public boolean evolutionTaux(String millesime) {
    List<String> millesimes = millesimes();
    return millesimes.contains(millesime)
        && millesimes.contains(Millesime.of(millesime).precedent().code());
  }

  /**
   * Which rentrées hold which figures, in a sentence for the notice beside a rentrée selector, e.g.
   * « Effectifs : rentrée 2020. Capacités et premiers vœux : rentrée 2021. Capacités et vœux des
   * BTS : rentrées 2022 et 2023. »; empty without any data.
   */
  public String couverture() {
    List<String> phrases = new ArrayList<>();
    phrase(phrases, "Effectifs", Rentree::effectifs);
    phrase(phrases, "Capacités et premiers vœux (hors BTS)", Rentree::pression);
    phrase(phrases, "Capacités et vœux des BTS", Rentree::demande);
    return String.join(" ", phrases);
  }

  /** The figures some offer of a rentrée has, in either voie, read now. */
  public ChiffresPresents chiffres(String rentree) {
    Record3<Boolean, Boolean, Boolean> present =
        dsl.select(
                boolOr(OFFRE.EFFECTIF_1.isNotNull().or(OFFRE.EFFECTIF_2.isNotNull())),
                boolOr(OFFRE.CAPACITE.isNotNull()),
                boolOr(OFFRE.PREMIERS_VOEUX.isNotNull()))
            .from(OFFRE)
            .where(OFFRE.RENTREE_SCOLAIRE.eq(rentree))
            .fetchSingle();
    return new ChiffresPresents(
        Boolean.TRUE.equals(present.value1()),
        Boolean.TRUE.equals(present.value2()),
        Boolean.TRUE.equals(present.value3()));
  }

  /** The rentrées some offer is of, in either voie, read now. */
  public List<String> rentreesAvecOffres() {
    return dsl.selectDistinct(OFFRE.RENTREE_SCOLAIRE).from(OFFRE).fetch(OFFRE.RENTREE_SCOLAIRE);
  }

  /** Some offer, in either voie, is of this rentrée, read now. */
  public boolean offres(String rentree) {
    return dsl.fetchExists(OFFRE, OFFRE.RENTREE_SCOLAIRE.eq(rentree));
  }

  /** Some regional InserJeunes count is of this millésime, read now. */
  public boolean inserJeunes(String millesime) {
    return dsl.fetchExists(
        INSERJEUNES_FORMATION_REGION, INSERJEUNES_FORMATION_REGION.MILLESIME.eq(millesime));
  }

  /** Some établissement has InserJeunes counts of its own (InserJeunes API), read now. */
  public boolean inserJeunesParUai() {
    return dsl.fetchExists(INSERJEUNES_UAI);
  }

  private void phrase(List<String> phrases, String chiffres, Predicate<Rentree> presents) {
    List<String> annees =
        rentrees().stream().filter(presents).map(Rentree::annee).sorted().toList();
    if (annees.isEmpty()) {
      phrases.add(chiffres + " : aucune rentrée.");
      return;
    }
    String liste =
        annees.size() == 1
            ? annees.get(0)
            : String.join(", ", annees.subList(0, annees.size() - 1))
                + " et "
                + annees.get(annees.size() - 1);
    phrases.add(chiffres + " : " + (annees.size() == 1 ? "rentrée " : "rentrées ") + liste + ".");
  }

  private Optional<String> derniere(Predicate<Rentree> presents) {
    return rentrees().stream().filter(presents).map(Rentree::annee).findFirst();
  }

  private List<Rentree> readRentrees() {
    var voeux = OFFRE.CAPACITE.isNotNull().and(OFFRE.PREMIERS_VOEUX.isNotNull());
    return dsl.select(
            OFFRE.RENTREE_SCOLAIRE,
            boolOr(Offres.avecEffectif()),
            boolOr(voeux.and(PressionOuDemande.PRESSION.offres())),
            boolOr(voeux.and(PressionOuDemande.DEMANDE.offres())))
        .from(OFFRE)
        .where(OFFRE.VOIE.eq(Voie.CODE_SCOLAIRE))
        .groupBy(OFFRE.RENTREE_SCOLAIRE)
        .orderBy(OFFRE.RENTREE_SCOLAIRE.desc())
        .fetch(
            r ->
                new Rentree(
                    r.value1(),
                    Boolean.TRUE.equals(r.value2()),
                    Boolean.TRUE.equals(r.value3()),
                    Boolean.TRUE.equals(r.value4())));
  }

  private List<String> readMillesimes() {
    return dsl.selectDistinct(INSERJEUNES_FORMATION_REGION.MILLESIME)
        .from(INSERJEUNES_FORMATION_REGION)
        .where(INSERJEUNES_FORMATION_REGION.NB_SORTANT.isNotNull())
        .orderBy(INSERJEUNES_FORMATION_REGION.MILLESIME.desc())
        .fetch(INSERJEUNES_FORMATION_REGION.MILLESIME);
  }
}
