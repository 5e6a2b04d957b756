package fr.education.orion.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words Orion shows for the codes of its sources, each written in one type. */
class NomenclatureTest {

  @Test
  void aSecteurReadsPublicOrPrive() {
    assertThat(Secteur.libelleDe("PU")).isEqualTo("Public");
    assertThat(Secteur.libelleDe("PR")).isEqualTo("Privé");
    assertThat(Secteur.duCode("PR")).contains(Secteur.PRIVE);
  }

  @Test
  void aVoieReadsVoieScolaireOrApprentissage() {
    assertThat(Voie.libelleDe("scolaire")).isEqualTo("Voie scolaire");
    assertThat(Voie.libelleDe("apprentissage")).isEqualTo("Apprentissage");
  }

  @Test
  void aPlaceInAFamilleDeMetiersReadsAsFrenchOrdinals() {
    assertThat(TypeFamille.libelleDe("2nde_commune")).isEqualTo("2nde commune");
    assertThat(TypeFamille.libelleDe("1ere_commune")).isEqualTo("1re commune");
    assertThat(TypeFamille.libelleDe("specialite")).isEqualTo("Spécialité");
    assertThat(TypeFamille.libelleDe("option")).isEqualTo("Option");
  }

  @Test
  void anUnknownCodeIsShownAsItIsAndAMissingOneStaysMissing() {
    assertThat(Secteur.libelleDe("XX")).isEqualTo("XX");
    assertThat(Secteur.duCode("XX")).isEmpty();
    assertThat(Voie.libelleDe(null)).isNull();
  }

  @Test
  void theSqlWordsAreTheSameWords() {
    assertThat(Secteur.libelleEnSql(org.jooq.impl.DSL.field("secteur", String.class)).toString())
        .contains("'PU'", "'Public'", "'PR'", "'Privé'");
  }
}
