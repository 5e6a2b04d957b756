package fr.education.orion.campagne;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.compte.Role;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.system.Permission;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OuvertureSaisieTest {

  private static final CodeRegion OCCITANIE = new CodeRegion("76");

  /**
   * The national campaign 2025 runs from 15/01/2025 to 30/09/2025, its regional campaign from
   * 01/02/2025 to 30/06/2025; every user but the national ones sits in Occitanie (76).
   */
  @ParameterizedTest(name = "{0}, écriture {1}, nationale {2}, régionale {4} de {5}, le {3} : {7}")
  @CsvSource(
      nullValues = "-",
      value = {
        // role, demande/ecriture, national statut, today, regional statut, its région, saisie
        // perdir, verdict
        "PILOTE,              false, en_cours,   2025-03-15, -,          -,  false, NON_AUTORISE",
        "EXPERT_REGION,       false, en_cours,   2025-03-15, en_cours,   76, true,  NON_AUTORISE",
        "ADMIN,               true,  -,          2025-03-15, -,          -,  false, AUCUNE_CAMPAGNE",
        "ADMIN,               true,  en_attente, 2025-03-15, -,          -,  false, CAMPAGNE_EN_ATTENTE",
        "ADMIN,               true,  terminee,   2025-03-15, -,          -,  false, CAMPAGNE_TERMINEE",
        "ADMIN,               true,  terminee,   2026-01-10, -,          -,  false, CAMPAGNE_ANNEE_PASSEE",
        "ADMIN,               true,  en_cours,   2025-03-15, -,          -,  false, OUVERTE",
        "ADMIN,               true,  en_cours,   2025-01-02, -,          -,  false, OUVERTE",
        "ADMIN,               true,  en_cours,   2025-10-01, -,          -,  false, OUVERTE",
        "GESTIONNAIRE_REGION, true,  en_cours,   2025-01-14, en_cours,   76, false, CAMPAGNE_EN_ATTENTE",
        "GESTIONNAIRE_REGION, true,  en_cours,   2025-10-01, en_cours,   76, false, CAMPAGNE_TERMINEE",
        "GESTIONNAIRE_REGION, true,  en_cours,   2025-03-15, -,          -,  false, PAS_DE_CAMPAGNE_REGIONALE",
        "GESTIONNAIRE_REGION, true,  en_cours,   2025-03-15, en_cours,   53, false, PAS_DE_CAMPAGNE_REGIONALE",
        "GESTIONNAIRE_REGION, true,  en_cours,   2025-03-15, en_attente, 76, false, PAS_DE_CAMPAGNE_REGIONALE",
        "GESTIONNAIRE_REGION, true,  en_cours,   2025-01-20, en_cours,   76, false, PAS_DE_CAMPAGNE_REGIONALE",
        "GESTIONNAIRE_REGION, true,  en_cours,   2025-03-15, terminee,   76, false, CAMPAGNE_REGIONALE_TERMINEE",
        "GESTIONNAIRE_REGION, true,  en_cours,   2025-07-01, en_cours,   76, false, CAMPAGNE_REGIONALE_TERMINEE",
        "GESTIONNAIRE_REGION, true,  en_cours,   2025-03-15, en_cours,   76, false, OUVERTE",
        "ADMIN_REGION,        true,  en_cours,   2025-02-01, en_cours,   76, false, OUVERTE",
        "PILOTE_REGION,       true,  en_cours,   2025-06-30, en_cours,   76, false, OUVERTE",
        "PERDIR,              true,  en_cours,   2025-03-15, en_cours,   76, false, SAISIE_PERDIR_FERMEE",
        "PERDIR,              true,  en_cours,   2025-03-15, en_cours,   76, true,  OUVERTE",
        "PERDIR,              true,  en_attente, 2025-03-15, en_cours,   76, true,  CAMPAGNE_EN_ATTENTE"
      })
  void follows_the_rule_in_order(
      Role role,
      boolean ecriture,
      @Nullable String statutNational,
      LocalDate aujourdhui,
      @Nullable String statutRegional,
      @Nullable String region,
      boolean saisiePerdir,
      OuvertureSaisie attendue) {
    AnneeCampagne annee = new AnneeCampagne(2025);
    Campagne campagne =
        statutNational == null
            ? null
            : new Campagne(
                annee,
                StatutCampagne.of(statutNational),
                LocalDate.of(2025, 1, 15),
                LocalDate.of(2025, 9, 30));
    CampagneRegionale regionale =
        statutRegional == null
            ? null
            : new CampagneRegionale(
                annee,
                new CodeRegion(region),
                StatutCampagne.of(statutRegional),
                LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 6, 30),
                LocalDate.of(2025, 6, 15),
                saisiePerdir);
    Set<Permission> permissions =
        ecriture
            ? Set.of(Permission.DEMANDE_LECTURE, Permission.DEMANDE_ECRITURE)
            : Set.of(Permission.DEMANDE_LECTURE);
    CodeRegion codeRegion = role == Role.ADMIN || role == Role.PILOTE ? null : OCCITANIE;

    assertThat(OuvertureSaisie.of(campagne, regionale, role, permissions, codeRegion, aujourdhui))
        .isEqualTo(attendue);
  }

  @Test
  void says_why_in_french() {
    assertThat(OuvertureSaisie.OUVERTE.ouverte()).isTrue();
    assertThat(OuvertureSaisie.SAISIE_PERDIR_FERMEE.ouverte()).isFalse();
    assertThat(OuvertureSaisie.SAISIE_PERDIR_FERMEE.message())
        .isEqualTo(
            "La saisie des demandes par les chefs d'établissement n'est pas ouverte pour cette"
                + " campagne dans votre région.");
    assertThat(OuvertureSaisie.PAS_DE_CAMPAGNE_REGIONALE.message())
        .isEqualTo(
            "La campagne de votre région n'est pas encore ouverte : la saisie des demandes"
                + " commencera à son ouverture.");
  }
}
