package fr.education.orion.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.referentiel.Formations.DispositifFormation;
import fr.education.orion.referentiel.Formations.FormationDemandable;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The formations a demande may name, from the bundled BCN: {@code bcn/vFormationDiplome_.csv.gz}
 * (label, niveau, dates), {@code bcn/nMef.csv.gz} (dispositifs) and {@code
 * bcn/nDispositifFormation_.csv.gz} (their LIBELLE_LONG).
 */
@OrionIT
class FormationsDemandablesIT {

  private static final LocalDate RENTREE_2026 = LocalDate.of(2026, 9, 1);

  @Autowired FormationQueries formations;

  @Test
  void findsAFormationByItsCfdWithItsDispositifs() {
    // vFormationDiplome line 9742: "50025218;500;…;MAINTENANCE DES VEHICULES OPTION A VOITURES
    // PARTICULIERES (CAP);01/09/2014;31/08/2027". nMef lines 9663, 9807/9746, 7913/9808/8988:
    // dispositifs 240, 241, 242 (CAP EN 1 AN, 2 ANS, 3 ANS: nDispositifFormation lines 65–67).
    FormationDemandable cap = formations.searchDemandables("50025218", RENTREE_2026, 20).get(0);

    assertThat(cap.cfd()).isEqualTo(Cfd.of("50025218"));
    assertThat(cap.libelle())
        .isEqualTo("MAINTENANCE DES VEHICULES OPTION A VOITURES PARTICULIERES (CAP)");
    assertThat(cap.codeNiveauDiplome()).isEqualTo("500");
    assertThat(cap.fcil()).isFalse();
    assertThat(cap.ouverte()).isTrue();
    assertThat(cap.dateFermeture()).isEqualTo(LocalDate.of(2027, 8, 31));
    assertThat(cap.dispositifs())
        .containsExactly(
            new DispositifFormation("240", "CAP EN 1 AN"),
            new DispositifFormation("241", "CAP EN 2 ANS"),
            new DispositifFormation("242", "CAP EN 3 ANS"));
    // Closed on 31/08/2027: not open at the rentrée 2027.
    assertThat(
            formations.searchDemandables("50025218", LocalDate.of(2027, 9, 1), 20).get(0).ouverte())
        .isFalse();
  }

  @Test
  void findsByTheWordsOfTheLabelWhateverTheirAccents() {
    // Line 7656: "40022105;400;…;BOULANGER-PÂTISSIER (BAC PRO);01/09/2009;" (never closed), nMef
    // lines 9839, 9205, 8813: dispositif 247 only.
    assertThat(formations.searchDemandables("boulanger patissier bac pro", RENTREE_2026, 20))
        .filteredOn(formation -> formation.cfd().equals(Cfd.of("40022105")))
        .singleElement()
        .satisfies(
            bac -> {
              assertThat(bac.ouverte()).isTrue();
              assertThat(bac.dispositifs())
                  .containsExactly(new DispositifFormation("247", "BAC PROFESSIONNEL EN 3 ANS"));
            });
  }

  @Test
  void marksTheFcilAndTheClosedFormations() {
    // Line 7583: "38110999;381;…;SPECIALITE NON SPECIFIEE DU DOMAINE 10;01/09/1996;31/08/2012".
    FormationDemandable fcil = formations.searchDemandables("38110999", RENTREE_2026, 20).get(0);

    assertThat(fcil.cfd()).isEqualTo(Cfd.of("38110999"));
    assertThat(fcil.fcil()).isTrue();
    assertThat(fcil.ouverte()).isFalse();
  }

  @Test
  void answersAtMostTheNumberAsked() {
    assertThat(formations.searchDemandables("cap", RENTREE_2026, 5)).hasSize(5);
  }
}
