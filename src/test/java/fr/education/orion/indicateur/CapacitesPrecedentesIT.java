package fr.education.orion.indicateur;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.indicateur.CapacitesPrecedentes.CapacitePrecedente;
import fr.education.orion.indicateur.CapacitesPrecedentes.SourceCapacite;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.Uai;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The latest capacity of an offer, read by hand in the bundled Affelnet and Parcoursup files. */
@OrionIT
class CapacitesPrecedentesIT {

  @Autowired CapacitesPrecedentes capacites;

  @Test
  void givesAffelnetsCapacityOfAnOfferOfTheVoieProfessionnelle() {
    // affelnet/attractivite_capacite_2021.csv.gz, line 8197, the only one of 0350031U for MEFSTAT11
    // 23210025218: "0350031U;23210025218;N;ST;10;65;;1;" (wish outside the census, statut ST,
    // capacity 10, within 5–500). bcn/nMef.csv.gz line 9807: that MEFSTAT11 is the first year of
    // CFD 50025218 in dispositif 241 (CAP en 2 ans). Parcoursup lists BTS only.
    assertThat(capacites.find(Uai.of("0350031U"), Cfd.of("50025218"), "241"))
        .contains(new CapacitePrecedente(10, RentreeScolaire.of("2021"), SourceCapacite.AFFELNET));
  }

  @Test
  void givesTheLatestOfParcoursupsCapacitiesOfABts() {
    // parcoursup/BTS_attractivite_capacite_2022.csv.gz line 2 and …_2023.csv.gz line 2, the only
    // lines of 0010001W for MEFSTAT11 32211022709 (statut Scolaire): CAPACITEPSUP 15 in 2022, 17
    // in 2023. bcn/nMef.csv.gz line 8648: first year of the BTS 32022709, dispositif 311.
    assertThat(capacites.find(Uai.of("0010001W"), Cfd.of("32022709"), "311"))
        .contains(
            new CapacitePrecedente(17, RentreeScolaire.of("2023"), SourceCapacite.PARCOURSUP));
  }

  @Test
  void givesNothingWhenNoRentreeKnewACapacity() {
    // The BTS of 0010001W is not a CAP of it, nor does Affelnet know 0350031U for this BTS.
    assertThat(capacites.find(Uai.of("0010001W"), Cfd.of("32022709"), "241")).isEmpty();
    assertThat(capacites.find(Uai.of("0350031U"), Cfd.of("32022709"), "311")).isEmpty();
  }
}
