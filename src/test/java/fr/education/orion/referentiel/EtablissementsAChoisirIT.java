package fr.education.orion.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.referentiel.EtablissementQueries.Portee;
import fr.education.orion.referentiel.Etablissements.EtablissementResume;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The établissements a user may pick, within a scope, from the bundled annuaire ({@code
 * etablissements/annuaire_education_extrait_dept35_2023.csv.gz}, Ille-et-Vilaine only).
 */
@OrionIT
class EtablissementsAChoisirIT {

  @Autowired EtablissementQueries etablissements;

  @Test
  void findsByNameAndCommuneWithinTheRegionsOfTheScope() {
    // Line "0350031U;Lycée professionnel Jean Jaurès;Lycée;Public;…;35238;Rennes;035;14;53": the
    // only "Jean Jaurès" of Rennes in the file.
    assertThat(
            etablissements.search(
                new Portee.Regions(Set.of(CodeRegion.of("53"))), "jean JAURES rennes", 10))
        .containsExactly(
            new EtablissementResume(
                Uai.of("0350031U"),
                "Lycée professionnel Jean Jaurès",
                "Rennes",
                CodeDepartement.of("035"),
                "Ille-et-Vilaine",
                CodeAcademie.of("14"),
                CodeRegion.of("53"),
                "PU"));
    assertThat(
            etablissements.search(
                new Portee.Regions(Set.of(CodeRegion.of("11"))), "jean jaures rennes", 10))
        .isEmpty();
  }

  @Test
  void keepsToTheEtablissementsOfTheScope() {
    // 0350053T: "Lycée Bertrand d'Argentré", Vitré; 0350031U above.
    assertThat(
            etablissements.search(
                new Portee.Etablissements(Set.of(Uai.of("0350031U"), Uai.of("0350053T"))),
                null,
                10))
        .extracting(EtablissementResume::uai)
        .containsExactly(Uai.of("0350053T"), Uai.of("0350031U"));
    assertThat(
            etablissements.search(
                new Portee.Etablissements(Set.of(Uai.of("0350053T"))), "jaures", 10))
        .isEmpty();
    assertThat(etablissements.search(new Portee.Nationale(), "0350031u", 10))
        .extracting(EtablissementResume::uai)
        .containsExactly(Uai.of("0350031U"));
  }

  @Test
  void answersAtMostTheNumberAsked() {
    assertThat(etablissements.search(new Portee.Nationale(), "lycee", 3)).hasSize(3);
  }
}
