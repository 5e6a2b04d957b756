package fr.education.orion.indicateur;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.indicateur.OffresActuelles.OffreActuelle;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.Uai;
import fr.education.orion.referentiel.Voie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What an établissement offers at the latest constat de rentrée bundled (2020). */
@OrionIT
class OffresActuellesIT {

  @Autowired OffresActuelles offres;

  @Test
  void listsTheOffersOfTheLatestConstat() {
    // constat/constat_2020.csv.gz line 33085: "2020;0350031U;23210025218;9", first year of the CAP
    // 50025218 in dispositif 241 (bcn/nMef.csv.gz line 9807). Line 4300 "…;32710013401;12": no BTS.
    assertThat(offres.of(Uai.of("0350031U")))
        .contains(new OffreActuelle(Cfd.of("50025218"), "241", Voie.SCOLAIRE))
        .noneMatch(offre -> offre.cfd().code().startsWith("320"));
  }

  @Test
  void listsNothingForAnEtablissementWithoutOffer() {
    assertThat(offres.of(Uai.of("9999999Z"))).isEmpty();
  }
}
