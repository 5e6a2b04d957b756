package fr.education.orion.indicateur.calcul;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.QueryPart;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class AffelnetTest {

  private static String sql(QueryPart part) {
    return DSL.using(SQLDialect.POSTGRES).renderInlined(part);
  }

  @Test
  void aCapacityIsKnownOnlyFrom5To500Places() {
    assertThat(sql(Affelnet.capaciteConnue(DSL.field(DSL.name("capacite"), Integer.class))))
        .isEqualTo("case when \"capacite\" between 5 and 500 then \"capacite\" end");
  }

  @Test
  void onlyNonCensusWishesForOffersOfTheVoieScolaireCount() {
    assertThat(sql(Affelnet.voeuxScolaires()))
        .isEqualTo(
            "(\"affelnet_ligne\".\"statut\" = 'ST'"
                + " and \"affelnet_ligne\".\"voeu_recensement\" = 'N')");
  }

  @Test
  void anEtablissementIsPrivateWhenTheReferentielOrTheLineSaysSo() {
    assertThat(sql(Affelnet.etablissementPrive()))
        .contains("\"etablissement\".\"secteur\" = 'PR'")
        .contains("\"affelnet_ligne\".\"secteur\" is not distinct from 'PR'");
  }
}
