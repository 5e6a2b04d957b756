package fr.education.orion.indicateur;

import static fr.education.orion.schema.Tables.OFFRE;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The offers summed per row of another module's table (a formation of a territory, an offer of an
 * établissement), with their headcounts, capacities, wishes and rates (from {@link Taux}: Σ/Σ over
 * the offers where both sides are known). The other module selects {@link #sommes()} and its keys
 * (fields of {@link #offres()}) from the offers joined to what it filters on, groups by its keys,
 * and reads the derived table through {@link Sommes}.
 */
public final class OffresSommees {

  private OffresSommees() {}

  /** The offers, one per établissement, formation, dispositif, voie and rentrée. */
  public static Table<?> offres() {
    return OFFRE;
  }

  public static Field<String> rentreeScolaire() {
    return OFFRE.RENTREE_SCOLAIRE;
  }

  public static Field<String> uai() {
    return OFFRE.UAI;
  }

  /** {@code scolaire} or {@code apprentissage}. */
  public static Field<String> voie() {
    return OFFRE.VOIE;
  }

  public static Field<String> cfd() {
    return OFFRE.CFD;
  }

  public static Field<String> codeDispositif() {
    return OFFRE.CODE_DISPOSITIF;
  }

  /**
   * The sums and rates of a group of offers, each named as {@link Sommes} reads it; wishes per
   * place as {@link PressionOuDemande} says.
   */
  public static List<SelectField<?>> sommes() {
    Field<Integer> effectifEntree = Offres.effectifEntree();
    return List.of(
        countDistinct(OFFRE.UAI).as(Sommes.NB_ETABLISSEMENTS),
        entier(sum(OFFRE.EFFECTIF_1)).as(Sommes.EFFECTIF_1),
        entier(sum(OFFRE.EFFECTIF_2)).as(Sommes.EFFECTIF_2),
        entier(sum(OFFRE.EFFECTIF_3)).as(Sommes.EFFECTIF_3),
        entier(sum(effectifEntree)).as(Sommes.EFFECTIF_ENTREE),
        entier(sum(OFFRE.CAPACITE)).as(Sommes.CAPACITE),
        entier(sum(OFFRE.PREMIERS_VOEUX)).as(Sommes.PREMIERS_VOEUX),
        PressionOuDemande.PRESSION.agrege().as(Sommes.TAUX_PRESSION),
        PressionOuDemande.DEMANDE.agrege().as(Sommes.TAUX_DEMANDE),
        Taux.remplissageAgrege(effectifEntree, OFFRE.CAPACITE).as(Sommes.TAUX_REMPLISSAGE));
  }

  private static Field<Integer> entier(Field<BigDecimal> somme) {
    return somme.cast(SQLDataType.INTEGER);
  }

  /** A derived table of offers summed by {@link #sommes()}, read by column. */
  public record Sommes(Table<?> table) {

    private static final String NB_ETABLISSEMENTS = "nb_etablissements";
    private static final String EFFECTIF_1 = "effectif_1";
    private static final String EFFECTIF_2 = "effectif_2";
    private static final String EFFECTIF_3 = "effectif_3";
    private static final String EFFECTIF_ENTREE = "effectif_entree";
    private static final String CAPACITE = "capacite";
    private static final String PREMIERS_VOEUX = "premiers_voeux";
    private static final String TAUX_PRESSION = "taux_pression";
    private static final String TAUX_DEMANDE = "taux_demande";
    private static final String TAUX_REMPLISSAGE = "taux_remplissage";

    /** The key of the rows of the table that is this field of the offers ({@link #cfd()}…). */
    public Field<String> cle(Field<String> champDesOffres) {
      return table.field(champDesOffres);
    }

    public Field<Integer> nbEtablissements() {
      return table.field(NB_ETABLISSEMENTS, Integer.class);
    }

    public Field<Integer> effectif1() {
      return table.field(EFFECTIF_1, Integer.class);
    }

    public Field<Integer> effectif2() {
      return table.field(EFFECTIF_2, Integer.class);
    }

    public Field<Integer> effectif3() {
      return table.field(EFFECTIF_3, Integer.class);
    }

    public Field<Integer> effectifEntree() {
      return table.field(EFFECTIF_ENTREE, Integer.class);
    }

    public Field<Integer> capacite() {
      return table.field(CAPACITE, Integer.class);
    }

    public Field<Integer> premiersVoeux() {
      return table.field(PREMIERS_VOEUX, Integer.class);
    }

    public Field<BigDecimal> tauxPression() {
      return table.field(TAUX_PRESSION, BigDecimal.class);
    }

    public Field<BigDecimal> tauxDemande() {
      return table.field(TAUX_DEMANDE, BigDecimal.class);
    }

    public Field<BigDecimal> tauxRemplissage() {
      return table.field(TAUX_REMPLISSAGE, BigDecimal.class);
    }
  }
}
