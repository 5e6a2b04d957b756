package fr.education.orion.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.referentiel.DiplomeCorrige.Valeurs;
import org.junit.jupiter.api.Test;

class DiplomeCorrigeTest {

  @Test
  void keepsWhatTheListSaysAndGivesValuesWithoutTheirHeading() {
    Valeurs liste = new Valeurs("39036", "CPC Construction", "Secteur Bâtiment", null);
    Valeurs correction = new Valeurs("35196", "CPC Industrie", "Secteur Métallurgie", null);

    assertThat(DiplomeCorrige.of(liste, correction))
        .isEqualTo(new DiplomeCorrige("39036", "Construction", "Bâtiment", null));
  }

  @Test
  void fillsWhatTheListLeavesEmptyAndTheSousSecteurItDoesNotCarry() {
    Valeurs liste = new Valeurs("en cours", "CPC", "Secteur", null);
    Valeurs correction =
        new Valeurs("RNCP4463", "CPC Construction", "Secteur BTP", "Sous-secteur Gros-oeuvre");

    assertThat(DiplomeCorrige.of(liste, correction))
        .isEqualTo(new DiplomeCorrige("4463", "Construction", "BTP", "Gros-oeuvre"));
  }

  @Test
  void aCorrectionOfBareHeadingsChangesNothing() {
    Valeurs liste = new Valeurs("36966", "CPC Industrie", null, null);
    Valeurs correction = new Valeurs("36966", "CPC", "Secteur", "Sous-secteur");

    assertThat(DiplomeCorrige.of(liste, correction))
        .isEqualTo(new DiplomeCorrige("36966", "Industrie", null, null));
    assertThat(DiplomeCorrige.ignored(liste, correction)).isEmpty();
  }

  @Test
  void namesTheCorrectionsTheListContradicts() {
    Valeurs liste = new Valeurs("39036", "CPC Construction", null, null);
    Valeurs correction = new Valeurs("35196", "CPC Construction", "Secteur BTP", null);

    assertThat(DiplomeCorrige.ignored(liste, correction))
        .containsExactly(
            "code RNCP : la liste des diplômes professionnels donne « 39036 », elle l'emporte sur"
                + " la correction « 35196 »");
  }

  @Test
  void withoutCorrectionGivesTheList() {
    assertThat(
            DiplomeCorrige.of(
                new Valeurs("751", "CPC Arts", "Secteur Arts", null),
                new Valeurs(null, null, null, null)))
        .isEqualTo(new DiplomeCorrige("751", "Arts", "Arts", null));
  }
}
