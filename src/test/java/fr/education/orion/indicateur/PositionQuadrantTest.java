package fr.education.orion.indicateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class PositionQuadrantTest {

  private static String sql(Field<?> field) {
    return DSL.using(SQLDialect.POSTGRES).renderInlined(field);
  }

  private static Field<BigDecimal> taux(String nom) {
    return DSL.field(DSL.name(nom), BigDecimal.class);
  }

  @Test
  void positionsAreWrittenAsPagesAndExportsShowThem() {
    assertThat(Arrays.stream(PositionQuadrant.values()).map(PositionQuadrant::code))
        .containsExactly("Q1", "Q2", "Q3", "Q4", "Hors quadrant", "-");
    assertThat(PositionQuadrant.duCode("Hors quadrant")).contains(PositionQuadrant.HORS_QUADRANT);
    assertThat(PositionQuadrant.duCode("Q5")).isEmpty();
  }

  @Test
  void onlyQ1ToQ4ArePlotted() {
    assertThat(Arrays.stream(PositionQuadrant.values()).filter(PositionQuadrant::tracee))
        .containsExactly(
            PositionQuadrant.Q1, PositionQuadrant.Q2, PositionQuadrant.Q3, PositionQuadrant.Q4);
  }

  @Test
  void aFormationWithoutAStoredPositionIsHorsQuadrantUnlessItIsAClasseCommune() {
    assertThat(PositionQuadrant.sansPositionStockee(false))
        .isEqualTo(PositionQuadrant.HORS_QUADRANT);
    assertThat(PositionQuadrant.sansPositionStockee(true))
        .isEqualTo(PositionQuadrant.CLASSE_COMMUNE);
    assertThat(
            sql(
                PositionQuadrant.sansPositionStockee(
                    DSL.condition(DSL.field(DSL.name("commune"), Boolean.class)))))
        .isEqualTo("case when \"commune\" then '-' else 'Hors quadrant' end");
  }

  @Test
  void aRateAtItsAverageCountsAsAboveAndAMissingRateLeavesTheQuadrant() {
    assertThat(
            sql(
                PositionQuadrant.placement(
                    DSL.condition(DSL.field(DSL.name("commune"), Boolean.class)),
                    taux("emploi"),
                    taux("poursuite"),
                    taux("emploi_moyen"),
                    taux("poursuite_moyenne"))))
        .isEqualTo(
            "case when \"commune\" then '-'"
                + " when (\"emploi\" is null or \"poursuite\" is null or \"emploi_moyen\" is null"
                + " or \"poursuite_moyenne\" is null) then 'Hors quadrant'"
                + " when (\"emploi\" >= \"emploi_moyen\" and \"poursuite\" >= \"poursuite_moyenne\")"
                + " then 'Q1'"
                + " when \"emploi\" >= \"emploi_moyen\" then 'Q2'"
                + " when \"poursuite\" >= \"poursuite_moyenne\" then 'Q3'"
                + " else 'Q4' end");
  }
}
