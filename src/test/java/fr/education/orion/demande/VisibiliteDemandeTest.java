package fr.education.orion.demande;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.compte.Role;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.Uai;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demande is always of région 84 and UAI 0690001A, created by user 1. The reader: role, région
 * (empty for none), UAI (empty for none), id.
 */
class VisibiliteDemandeTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          admin               | -  | -        | 9 | supprimee         | false
          admin               | -  | -        | 9 | brouillon         | false
          admin               | -  | -        | 1 | brouillon         | true
          perdir              | -  | 0690001A | 9 | brouillon         | true
          perdir              | -  | 0690002B | 1 | brouillon         | false
          expert_region       | 84 | -        | 1 | brouillon         | true
          admin               | -  | -        | 9 | proposition       | true
          pilote              | -  | -        | 9 | proposition       | true
          admin_region        | 84 | -        | 9 | proposition       | true
          admin_region        | 11 | -        | 9 | proposition       | false
          pilote_region       | 84 | -        | 9 | projet_de_demande | true
          gestionnaire_region | 11 | -        | 9 | projet_de_demande | false
          expert_region       | 84 | -        | 9 | proposition       | true
          expert_region       | 11 | -        | 9 | proposition       | false
          perdir              | -  | 0690001A | 9 | refusee           | true
          perdir              | -  | 0690002B | 9 | refusee           | false
          region              | 84 | -        | 9 | proposition       | false
          region              | 84 | -        | 9 | dossier_incomplet | false
          region              | 84 | -        | 9 | dossier_complet   | true
          region              | 84 | -        | 9 | pret_pour_le_vote | true
          region              | 11 | -        | 9 | dossier_complet   | false
          invite              | -  | -        | 9 | pret_pour_le_vote | false
          invite              | -  | -        | 9 | demande_validee   | true
          invite              | 84 | -        | 9 | refusee           | true
          invite              | 11 | -        | 9 | refusee           | false
          """)
  void aReaderSeesADemandeOnlyIfAllowed(
      String role, String region, String uai, long lecteurId, String statut, boolean attendu) {
    assertThat(
            VisibiliteDemande.isVisible(
                Role.of(role),
                region == null ? null : new CodeRegion(region),
                uai == null ? Set.of() : Set.of(new Uai(uai)),
                lecteurId,
                StatutDemande.of(statut),
                new CodeRegion("84"),
                new Uai("0690001A"),
                1))
        .isEqualTo(attendu);
  }
}
