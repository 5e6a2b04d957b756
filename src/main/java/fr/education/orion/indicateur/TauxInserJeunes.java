package fr.education.orion.indicateur;

import static fr.education.orion.schema.Tables.INSERJEUNES_ETABLISSEMENT;
import static fr.education.orion.schema.Tables.INSERJEUNES_FORMATION_REGION;
import static fr.education.orion.schema.Tables.INSERJEUNES_UAI;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;

import fr.education.orion.referentiel.NomenclatureMef;
import fr.education.orion.referentiel.PerimetreTerritorial;
import fr.education.orion.referentiel.Voie;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.SelectField;
import org.jooq.Table;

/**
 * The three InserJeunes rates (null under {@link Taux#SEUIL_INSERJEUNES} leavers) of each
 * formation, as a derived table that another module joins to its rows: Σ/Σ of the regional counts
 * per formation ({@link #parFormation}) or per région, voie and formation ({@link #parRegion}), or
 * of the counts of each établissement ({@link #parUai}). Columns: {@code millesime}, the keys,
 * {@code cfd}, {@code code_dispositif}, {@code emploi}, {@code poursuite}, {@code devenir}.
 */
public record TauxInserJeunes(Table<?> table) {

  /**
   * The regional counts summed per formation for one voie, over the régions that {@code regions}
   * keeps (given the counts' région).
   */
  public static TauxInserJeunes parFormation(
      Collection<String> millesimes,
      String voie,
      Function<Field<String>, Condition> regions,
      Name nom) {
    var ij = INSERJEUNES_FORMATION_REGION;
    return regionaux(
        List.of(ij.MILLESIME, ij.CFD, ij.CODE_DISPOSITIF),
        millesimes,
        ij.VOIE.eq(voie).and(regions.apply(ij.CODE_REGION)),
        nom);
  }

  /** The regional counts of each région of the perimeter, voie and formation. */
  public static TauxInserJeunes parRegion(Collection<String> millesimes, Name nom) {
    var ij = INSERJEUNES_FORMATION_REGION;
    return regionaux(
        List.of(ij.MILLESIME, ij.CODE_REGION, ij.VOIE, ij.CFD, ij.CODE_DISPOSITIF),
        millesimes,
        PerimetreTerritorial.regions(ij.CODE_REGION),
        nom);
  }

  private static TauxInserJeunes regionaux(
      List<Field<String>> cles, Collection<String> millesimes, Condition lignes, Name nom) {
    var ij = INSERJEUNES_FORMATION_REGION;
    List<SelectField<?>> champs = new ArrayList<>(cles);
    champs.add(Taux.emploi6mois(ij.NB_EN_EMPLOI_6_MOIS, ij.NB_SORTANT).as(EMPLOI));
    champs.add(Taux.poursuite(ij.NB_POURSUITE_ETUDES, ij.NB_ANNEE_TERM).as(POURSUITE));
    champs.add(
        Taux.devenirFavorable(ij.NB_POURSUITE_ETUDES, ij.NB_EN_EMPLOI_6_MOIS, ij.NB_ANNEE_TERM)
            .as(DEVENIR));
    return new TauxInserJeunes(
        select(champs)
            .from(ij)
            .where(ij.MILLESIME.in(millesimes))
            .and(lignes)
            .groupBy(cles)
            .asTable(nom));
  }

  /**
   * The InserJeunes counts of each établissement's formations, summed per formation: voie scolaire
   * rows are keyed by the MEFSTAT11 of the final year, which N_MEF maps to a CFD and dispositif (as
   * {@code IndicateurQueries} does); apprenticeship rows by CFD, without dispositif.
   */
  public static TauxInserJeunes parUai(Name nom) {
    var iu = INSERJEUNES_UAI;
    Table<?> mefs = NomenclatureMef.dispositifsParMefstat11().asTable("mefs");
    Field<String> cfd =
        coalesce(
            mefs.field(NomenclatureMef.cfd()),
            when(iu.VOIE.eq(inline(Voie.CODE_APPRENTISSAGE)), iu.CODE_FORMATION));
    Field<String> dispositif = coalesce(mefs.field(NomenclatureMef.codeDispositif()), inline(""));
    return new TauxInserJeunes(
        select(
                iu.MILLESIME,
                iu.UAI,
                iu.VOIE,
                cfd.as("cfd"),
                dispositif.as("code_dispositif"),
                Taux.emploi6mois(iu.NB_EN_EMPLOI_6_MOIS, iu.NB_SORTANT).as(EMPLOI),
                Taux.poursuite(iu.NB_POURSUITE_ETUDES, iu.NB_ANNEE_TERM).as(POURSUITE),
                Taux.devenirFavorable(
                        iu.NB_POURSUITE_ETUDES, iu.NB_EN_EMPLOI_6_MOIS, iu.NB_ANNEE_TERM)
                    .as(DEVENIR))
            .from(iu)
            .leftJoin(mefs)
            .on(iu.VOIE.eq(inline(Voie.CODE_SCOLAIRE)))
            .and(mefs.field(NomenclatureMef.mefstat11()).eq(iu.CODE_FORMATION))
            .groupBy(iu.MILLESIME, iu.UAI, iu.VOIE, cfd, dispositif)
            .asTable(nom));
  }

  /**
   * The dispositif under which InserJeunes publishes the counts of an offer: none (empty) for
   * apprenticeship, whose counts are per CFD.
   */
  public static Field<String> dispositifPublie(Field<String> voie, Field<String> dispositif) {
    return when(voie.eq(inline(Voie.CODE_APPRENTISSAGE)), inline("")).otherwise(dispositif);
  }

  /**
   * The DEPP's valeur ajoutée of the établissement for a millésime, as a fraction: of the lycée as
   * a whole ({@code ensemble}) for the voie scolaire, of its apprentices for apprenticeship.
   */
  public static Field<BigDecimal> valeurAjoutee(
      Field<String> uai, Field<String> voie, String millesime) {
    var ie = INSERJEUNES_ETABLISSEMENT;
    return select(Taux.publie(ie.VALEUR_AJOUTEE))
        .from(ie)
        .where(ie.UAI.eq(uai))
        .and(ie.MILLESIME.eq(millesime))
        .and(
            voie.eq(inline(Voie.CODE_APPRENTISSAGE))
                .and(ie.PERIMETRE.in("apprentissage", "apprentis"))
                .or(
                    voie.ne(inline(Voie.CODE_APPRENTISSAGE))
                        .and(ie.PERIMETRE.in("ensemble", "scolaires"))))
        .orderBy(field(ie.PERIMETRE.in("ensemble", "apprentissage")).desc())
        .limit(1)
        .asField();
  }

  private static final String EMPLOI = "emploi";
  private static final String POURSUITE = "poursuite";
  private static final String DEVENIR = "devenir";

  public Field<String> millesime() {
    return table.field("millesime", String.class);
  }

  public Field<String> codeRegion() {
    return table.field("code_region", String.class);
  }

  public Field<String> uai() {
    return table.field("uai", String.class);
  }

  public Field<String> voie() {
    return table.field("voie", String.class);
  }

  public Field<String> cfd() {
    return table.field("cfd", String.class);
  }

  public Field<String> codeDispositif() {
    return table.field("code_dispositif", String.class);
  }

  public Field<BigDecimal> emploi() {
    return table.field(EMPLOI, BigDecimal.class);
  }

  public Field<BigDecimal> poursuite() {
    return table.field(POURSUITE, BigDecimal.class);
  }

  public Field<BigDecimal> devenirFavorable() {
    return table.field(DEVENIR, BigDecimal.class);
  }
}
