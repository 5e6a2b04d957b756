package fr.education.orion.panorama.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OngletEtablissementTest {

  @Test
  void aPageWithoutTabOpensOnTheFormations() {
    assertThat(OngletEtablissement.of(null)).isEqualTo(OngletEtablissement.FORMATIONS);
  }

  @Test
  void aFormOfATabReopensThePageOnIt() {
    assertThat(OngletEtablissement.of("proches")).isEqualTo(OngletEtablissement.PROCHES);
    assertThat(OngletEtablissement.of("indicateurs")).isEqualTo(OngletEtablissement.INDICATEURS);
  }

  @Test
  void anUnknownOrMiswrittenTabOpensOnTheFormations() {
    assertThat(OngletEtablissement.of("PROCHES")).isEqualTo(OngletEtablissement.FORMATIONS);
    assertThat(OngletEtablissement.of("<script>")).isEqualTo(OngletEtablissement.FORMATIONS);
  }
}
