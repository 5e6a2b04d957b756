package fr.education.orion.indicateur;

import static fr.education.orion.schema.Tables.INSERJEUNES_FORMATION_REGION;
import static fr.education.orion.schema.Tables.INSERJEUNES_UAI;
import static fr.education.orion.schema.Tables.OFFRE;
import static org.jooq.impl.DSL.boolOr;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.springframework.stereotype.Component;

/**
 * Which data the imports brought, read as they are now (no cache): whether a rentrée has offers and
 * which of their figures, whether a millésime has regional InserJeunes counts, whether any
 * établissement has InserJeunes counts of its own. Pages say from this why a column is empty.
 */
@Component
public class DonneesPresentes {

  /**
   * The figures some offer of a rentrée has: headcounts of the first or second year (constat de
   * rentrée), capacities, first wishes.
   */
  public record ChiffresPresents(boolean effectifs, boolean capacites, boolean voeux) {}

  private final DSLContext dsl;

  DonneesPresentes(DSLContext dsl) {
    this.dsl = dsl;
  }

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

  /** The rentrées some offer is of. */
  public List<String> rentrees() {
    return dsl.selectDistinct(OFFRE.RENTREE_SCOLAIRE).from(OFFRE).fetch(OFFRE.RENTREE_SCOLAIRE);
  }

  public boolean offres(String rentree) {
    return dsl.fetchExists(OFFRE, OFFRE.RENTREE_SCOLAIRE.eq(rentree));
  }

  /** Some regional InserJeunes count is of this millésime. */
  public boolean inserJeunes(String millesime) {
    return dsl.fetchExists(
        INSERJEUNES_FORMATION_REGION, INSERJEUNES_FORMATION_REGION.MILLESIME.eq(millesime));
  }

  /** Some établissement has InserJeunes counts of its own (InserJeunes API). */
  public boolean inserJeunesParUai() {
    return dsl.fetchExists(INSERJEUNES_UAI);
  }
}
