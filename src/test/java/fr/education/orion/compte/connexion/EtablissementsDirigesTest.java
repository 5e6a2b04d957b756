package fr.education.orion.compte.connexion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.referentiel.Uai;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The établissements a head of établissement or a delegate holds, from the hub's attributes. */
class EtablissementsDirigesTest {

  private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 3, 15);

  private static List<String> uais(Map<String, Object> claims) {
    return EtablissementsDiriges.uais(new AttributsSso(claims), AUJOURDHUI).stream()
        .map(Uai::code)
        .toList();
  }

  private static String delegation(String debut, String fin, String etablissements) {
    return "orion|ressource|"
        + debut
        + "|"
        + fin
        + "|chef|FrEduRneResp="
        + etablissements
        + "|srv|DIR";
  }

  @Test
  void aHeadHoldsTheEtablissementsOfBothAttributesOnceEach() {
    assertThat(
            uais(
                Map.of(
                    "FrEduFonctAdm", "DIR",
                    "FrEduRne", List.of("0350001a$UAJ$PU$N$T3$LP$320", "0350002B$UAJ"),
                    "FrEduRneResp", List.of("0350002B$UAJ", "0350004D$UAJ"))))
        .containsExactly("0350001A", "0350002B", "0350004D");
  }

  @Test
  void someoneWhoIsNotAHeadHoldsNoEtablissementOfHisOwn() {
    assertThat(uais(Map.of("FrEduFonctAdm", "ENS", "FrEduRne", List.of("0350001A$UAJ")))).isEmpty();
  }

  @Test
  void aDelegationCountsFromItsFirstDayToItsLastDayIncluded() {
    assertThat(uais(Map.of("FrEduResDel", delegation("15/03/2026", "20/03/2026", "0350001A$UAJ"))))
        .containsExactly("0350001A");
    assertThat(uais(Map.of("FrEduResDel", delegation("01/09/2025", "15/03/2026", "0350001A$UAJ"))))
        .containsExactly("0350001A");
  }

  @Test
  void anExpiredOrFutureDelegationDoesNotCount() {
    assertThat(
            uais(
                Map.of(
                    "FrEduResDel",
                    List.of(
                        delegation("01/09/2024", "14/03/2026", "0350001A$UAJ"),
                        delegation("16/03/2026", "31/08/2026", "0350002B$UAJ")))))
        .isEmpty();
  }

  @Test
  void aDelegationMayCoverSeveralEtablissements() {
    assertThat(
            uais(
                Map.of(
                    "FrEduResDel",
                    delegation("01/09/2025", "31/08/2026", "0350001A$UAJ$PU;0350002B$UAJ$PU"))))
        .containsExactly("0350001A", "0350002B");
  }

  @Test
  void aMalformedDelegationDoesNotCount() {
    assertThat(
            uais(
                Map.of(
                    "FrEduResDel",
                    List.of("orion|ressource|demain|31/08/2026|chef|FrEduRneResp=0350001A"))))
        .isEmpty();
    assertThat(uais(Map.of("FrEduResDel", List.of("orion|incomplète")))).isEmpty();
  }

  @Test
  void aHeadAlsoHoldsHisDelegations() {
    assertThat(
            uais(
                Map.of(
                    "FrEduFonctAdm", "DIR",
                    "FrEduRne", List.of("0350001A$UAJ"),
                    "FrEduResDel", delegation("01/09/2025", "31/08/2026", "0350002B$UAJ"))))
        .containsExactly("0350001A", "0350002B");
  }
}
