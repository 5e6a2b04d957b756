package fr.education.orion.indicateur;

import static fr.education.orion.schema.Tables.OFFRE;

import fr.education.orion.referentiel.Cfd;
import java.math.BigDecimal;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * What an offer's wishes per place measure. A BTS recruits through Parcoursup: its wishes are
 * confirmed, unranked wishes, and their rate is the taux de demande. Every other offer recruits
 * through Affelnet: its wishes are first-rank wishes, and their rate is the taux de pression. The
 * two never mix: a territory's taux de pression leaves the BTS out, its taux de demande keeps only
 * them.
 */
public enum PressionOuDemande {
  PRESSION,
  DEMANDE;

  /** What the wishes of the formation {@code cfd} measure. */
  public static PressionOuDemande de(Cfd cfd) {
    return cfd.niveau().bts() ? DEMANDE : PRESSION;
  }

  /**
   * {@code voeuxParPlace}, the wishes per place of the formation {@code cfd}, when it is this rate.
   */
  public @Nullable BigDecimal taux(Cfd cfd, @Nullable BigDecimal voeuxParPlace) {
    return de(cfd) == this ? voeuxParPlace : null;
  }

  /** The offers (table {@code offre}) whose wishes per place are this rate. */
  public Condition offres() {
    Condition bts = Offres.bts();
    return this == DEMANDE ? bts : DSL.not(bts);
  }

  /** This rate of one offer: its wishes per place, null when they are the other rate. */
  public Field<BigDecimal> parOffre() {
    return DSL.when(offres(), Taux.voeuxParPlace(OFFRE.PREMIERS_VOEUX, OFFRE.CAPACITE));
  }

  /** This rate over every offer of a group. */
  public Field<BigDecimal> agrege() {
    return agrege(DSL.noCondition());
  }

  /** This rate over the offers of a group that {@code parmi} keeps. */
  public Field<BigDecimal> agrege(Condition parmi) {
    Condition retenues = parmi.and(offres());
    return Taux.voeuxParPlaceAgreges(
        DSL.when(retenues, OFFRE.PREMIERS_VOEUX), DSL.when(retenues, OFFRE.CAPACITE));
  }
}
