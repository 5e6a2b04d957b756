package fr.education.orion.panorama;

import static fr.education.orion.panorama.QuadrantFormations.formation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.education.orion.panorama.FiltresQuadrant.Verdict;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class FiltresQuadrantTest {

  @Test
  void withoutFiltersEveryFormationIsKept() {
    assertThat(FiltresQuadrant.AUCUN.examine(formation("A", 12, null, null, null, null, "Q1")))
        .isEqualTo(Verdict.RETENUE);
  }

  @Test
  void theMinimumHeadcountIsInclusive() {
    FiltresQuadrant douze = FiltresQuadrant.of("12", null, null, null, null);
    assertThat(douze.examine(formation("A", 12, null, null, null, null, "Q1")))
        .isEqualTo(Verdict.RETENUE);
    assertThat(douze.examine(formation("B", 11, null, null, null, null, "Q1")))
        .isEqualTo(Verdict.SOUS_EFFECTIF_MINIMUM);
  }

  @Test
  void aTrendIsStrictAndNeedsBothYears() {
    FiltresQuadrant hausse = FiltresQuadrant.of(null, "hausse", null, null, null);
    assertThat(hausse.examine(formation("A", 30, 20, null, null, null, "Q1")))
        .isEqualTo(Verdict.RETENUE);
    assertThat(hausse.examine(formation("B", 20, 20, null, null, null, "Q1")))
        .isEqualTo(Verdict.ECARTEE_PAR_TENDANCE);
    assertThat(hausse.examine(formation("C", 30, null, null, null, null, "Q1")))
        .isEqualTo(Verdict.ECARTEE_PAR_TENDANCE);

    FiltresQuadrant emploiEnBaisse = FiltresQuadrant.of(null, null, null, "BAISSE", null);
    assertThat(emploiEnBaisse.examine(formation("D", 30, null, "0.40", "0.45", null, "Q1")))
        .isEqualTo(Verdict.RETENUE);
    assertThat(emploiEnBaisse.examine(formation("E", 30, null, "0.50", "0.45", null, "Q1")))
        .isEqualTo(Verdict.ECARTEE_PAR_TENDANCE);
  }

  @Test
  void pressionIsHighFrom13AndLowUnder07() {
    FiltresQuadrant haute = FiltresQuadrant.of(null, null, "haute", null, null);
    FiltresQuadrant basse = FiltresQuadrant.of(null, null, "basse", null, null);
    assertThat(haute.examine(formation("A", 30, null, null, null, "1.3", "Q1")))
        .isEqualTo(Verdict.RETENUE);
    assertThat(haute.examine(formation("B", 30, null, null, null, "1.29", "Q1")))
        .isEqualTo(Verdict.ECARTEE_PAR_TENDANCE);
    assertThat(basse.examine(formation("C", 30, null, null, null, "0.69", "Q1")))
        .isEqualTo(Verdict.RETENUE);
    assertThat(basse.examine(formation("D", 30, null, null, null, "0.7", "Q1")))
        .isEqualTo(Verdict.ECARTEE_PAR_TENDANCE);
    assertThat(basse.examine(formation("E", 30, null, null, null, null, "Q1")))
        .isEqualTo(Verdict.ECARTEE_PAR_TENDANCE);
  }

  @Test
  void unknownValuesAreBadRequests() {
    assertThatThrownBy(() -> FiltresQuadrant.of(null, "monte", null, null, null))
        .isInstanceOfSatisfying(
            ErrorResponseException.class,
            e -> assertThat(e.getStatusCode().value()).isEqualTo(400));
    assertThatThrownBy(() -> FiltresQuadrant.of("-1", null, null, null, null))
        .isInstanceOf(ErrorResponseException.class);
    assertThatThrownBy(() -> FiltresQuadrant.of("dix", null, null, null, null))
        .isInstanceOf(ErrorResponseException.class);
  }
}
