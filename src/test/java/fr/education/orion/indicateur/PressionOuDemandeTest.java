package fr.education.orion.indicateur;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.referentiel.Cfd;
import java.math.BigDecimal;
import org.jooq.QueryPart;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class PressionOuDemandeTest {

  private static final Cfd BTS = new Cfd("32031213");
  private static final Cfd BAC_PRO = new Cfd("40031213");

  private static String sql(QueryPart part) {
    return DSL.using(SQLDialect.POSTGRES).renderInlined(part);
  }

  @Test
  void theWishesOfABtsMeasureATauxDeDemandeAndAllOthersATauxDePression() {
    assertThat(PressionOuDemande.de(BTS)).isEqualTo(PressionOuDemande.DEMANDE);
    assertThat(PressionOuDemande.de(BAC_PRO)).isEqualTo(PressionOuDemande.PRESSION);
  }

  @Test
  void aBtsHasNoTauxDePressionAndABacProNoTauxDeDemande() {
    BigDecimal voeuxParPlace = new BigDecimal("1.5");
    assertThat(PressionOuDemande.PRESSION.taux(BTS, voeuxParPlace)).isNull();
    assertThat(PressionOuDemande.DEMANDE.taux(BTS, voeuxParPlace)).isEqualTo(voeuxParPlace);
    assertThat(PressionOuDemande.PRESSION.taux(BAC_PRO, voeuxParPlace)).isEqualTo(voeuxParPlace);
    assertThat(PressionOuDemande.DEMANDE.taux(BAC_PRO, voeuxParPlace)).isNull();
  }

  @Test
  void aTerritorysTauxDePressionLeavesTheBtsOutOfBothSums() {
    String bts = sql(Offres.bts());
    assertThat(sql(PressionOuDemande.PRESSION.agrege()))
        .contains("case when not (" + bts + ") then \"offre\".\"premiers_voeux\" end")
        .contains("case when not (" + bts + ") then \"offre\".\"capacite\" end");
    assertThat(sql(PressionOuDemande.DEMANDE.agrege()))
        .contains("case when " + bts + " then \"offre\".\"premiers_voeux\" end")
        .contains("case when " + bts + " then \"offre\".\"capacite\" end");
  }

  @Test
  void theTauxOfOneOfferIsItsWishesPerPlaceWhenTheyAreThatRate() {
    String bts = sql(Offres.bts());
    assertThat(sql(PressionOuDemande.DEMANDE.parOffre())).startsWith("case when " + bts + " then");
    assertThat(sql(PressionOuDemande.PRESSION.parOffre()))
        .startsWith("case when not (" + bts + ") then");
  }
}
