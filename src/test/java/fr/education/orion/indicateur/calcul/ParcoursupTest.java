package fr.education.orion.indicateur.calcul;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.QueryPart;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class ParcoursupTest {

  private static String sql(QueryPart part) {
    return DSL.using(SQLDialect.POSTGRES).renderInlined(part);
  }

  @Test
  void aCapacityOf0Or999IsUnknown() {
    assertThat(sql(Parcoursup.capaciteConnue(DSL.field(DSL.name("capacite"), Integer.class))))
        .isEqualTo("case when \"capacite\" not in (0, 999) then \"capacite\" end");
  }

  @Test
  void onlyOffersOfTheVoieScolaireCount() {
    assertThat(sql(Parcoursup.scolaire()))
        .isEqualTo("\"parcoursup_ligne\".\"statut\" = 'Scolaire'");
  }
}
