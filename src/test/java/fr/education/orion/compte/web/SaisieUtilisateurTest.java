package fr.education.orion.compte.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.education.orion.compte.CompteInvalideException;
import fr.education.orion.compte.FicheUtilisateur;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.Uai;
import org.junit.jupiter.api.Test;

class SaisieUtilisateurTest {

  private static SaisieUtilisateur saisie(String codeRegion, String uais) {
    return new SaisieUtilisateur(
        "perdir@example.fr", "Prénom", "Nom", "perdir", "", codeRegion, uais, true);
  }

  @Test
  void readsTheRegionAndTheUaisAsTheyAreTypedAroundSpacesAndCommas() {
    FicheUtilisateur fiche = saisie(" 84 ", " 0693045k, 0010001W;0693045K ").fiche();

    assertThat(fiche.codeRegion()).isEqualTo(new CodeRegion("84"));
    assertThat(fiche.uais()).containsExactly(new Uai("0693045K"), new Uai("0010001W"));
  }

  @Test
  void aBlankRegionIsNone() {
    assertThat(saisie(" ", "0010001W").fiche().codeRegion()).isNull();
  }

  @Test
  void refusesAMalformedCodeWithTheFormsFrenchReasonAndKeepsWhatWasTyped() {
    SaisieUtilisateur uaiFausse = saisie("", "0010001W 123");
    assertThatThrownBy(uaiFausse::fiche)
        .isInstanceOf(CompteInvalideException.class)
        .hasMessage("« 123 » n'est pas un UAI (7 chiffres et une lettre).");
    assertThat(uaiFausse.uais()).isEqualTo("0010001W 123");
    assertThatThrownBy(() -> saisie("", "x".repeat(30)).fiche())
        .hasMessage("« " + "X".repeat(20) + "… » n'est pas un UAI (7 chiffres et une lettre).");
    assertThatThrownBy(() -> saisie("8a", "").fiche()).hasMessage("La région « 8a » n'existe pas.");
    assertThatThrownBy(() -> saisie("84000", "").fiche())
        .hasMessage("La région choisie n'existe pas.");
  }
}
