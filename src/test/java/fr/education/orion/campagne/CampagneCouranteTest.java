package fr.education.orion.campagne;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.compte.Role;
import fr.education.orion.referentiel.CodeRegion;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CampagneCouranteTest {

  private static Campagne campagne(int annee, StatutCampagne statut) {
    return new Campagne(
        new AnneeCampagne(annee), statut, LocalDate.of(annee, 1, 1), LocalDate.of(annee, 12, 31));
  }

  private static CampagneRegionale regionale(int annee, String region, StatutCampagne statut) {
    return new CampagneRegionale(
        new AnneeCampagne(annee),
        new CodeRegion(region),
        statut,
        LocalDate.of(annee, 2, 1),
        LocalDate.of(annee, 6, 30),
        null,
        true);
  }

  /**
   * Campaigns: 2023 terminée, 2024 en cours, 2025 en cours, 2026 en attente. Regional campaigns:
   * Bretagne (53) 2024 terminée and 2025 en attente; Occitanie (76) 2025 en cours.
   */
  private static final List<Campagne> CAMPAGNES =
      List.of(
          campagne(2023, StatutCampagne.TERMINEE),
          campagne(2024, StatutCampagne.EN_COURS),
          campagne(2025, StatutCampagne.EN_COURS),
          campagne(2026, StatutCampagne.EN_ATTENTE));

  private static final List<CampagneRegionale> REGIONALES =
      List.of(
          regionale(2024, "53", StatutCampagne.TERMINEE),
          regionale(2025, "53", StatutCampagne.EN_ATTENTE),
          regionale(2025, "76", StatutCampagne.EN_COURS));

  @ParameterizedTest(name = "{0} de la région {1} : campagne {2}, régionale {3}")
  @CsvSource(
      nullValues = "-",
      value = {
        // role, région, current campaign, year of the regional campaign attached
        "ADMIN,               -,  2025, -",
        "PILOTE,              -,  2025, -",
        "GESTIONNAIRE_REGION, 53, 2024, 2024",
        "ADMIN_REGION,        76, 2025, 2025",
        "PERDIR,              76, 2025, 2025",
        "PERDIR,              11, 2024, -",
        "INVITE,              -,  2024, -"
      })
  void picks_the_regional_campaign_en_cours_then_the_oldest_or_most_recent_en_cours(
      Role role, @Nullable String region, int annee, @Nullable Integer anneeRegionale) {
    CampagneCourante courante =
        CampagneCourante.of(
                CAMPAGNES, REGIONALES, role, region == null ? null : new CodeRegion(region))
            .orElseThrow();

    assertThat(courante.campagne().annee()).isEqualTo(new AnneeCampagne(annee));
    if (anneeRegionale == null) {
      assertThat(courante.regionale()).isNull();
    } else {
      assertThat(courante.regionale()).isNotNull();
      assertThat(courante.regionale().annee()).isEqualTo(new AnneeCampagne(anneeRegionale));
      assertThat(courante.regionale().codeRegion()).isEqualTo(new CodeRegion(region));
    }
  }

  @ParameterizedTest(name = "{0} : campagne {1}")
  @CsvSource({"ADMIN, 2026", "GESTIONNAIRE_REGION, 2026"})
  void falls_back_on_the_most_recent_campaign_when_none_is_en_cours(Role role, int annee) {
    List<Campagne> campagnes =
        List.of(
            campagne(2024, StatutCampagne.TERMINEE),
            campagne(2025, StatutCampagne.TERMINEE),
            campagne(2026, StatutCampagne.EN_ATTENTE));

    assertThat(CampagneCourante.of(campagnes, List.of(), role, new CodeRegion("53")))
        .map(CampagneCourante::campagne)
        .map(Campagne::annee)
        .contains(new AnneeCampagne(annee));
  }

  @org.junit.jupiter.api.Test
  void has_none_without_campaigns_and_the_previous_one_is_the_last_terminee() {
    assertThat(CampagneCourante.of(List.of(), List.of(), Role.ADMIN, null)).isEmpty();
    assertThat(CampagneCourante.precedente(CAMPAGNES))
        .map(Campagne::annee)
        .contains(new AnneeCampagne(2023));
    assertThat(CampagneCourante.precedente(List.of(campagne(2025, StatutCampagne.EN_COURS))))
        .isEmpty();
  }
}
