package fr.education.orion.compte.connexion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NavigateurTest {

  @Test
  void namesTheBrowserAndTheSystemOfCommonUserAgents() {
    assertThat(
            Navigateur.resume(
                "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"))
        .isEqualTo("Firefox sous Linux");
    assertThat(
            Navigateur.resume(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"))
        .isEqualTo("Edge sous Windows");
    assertThat(
            Navigateur.resume(
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15"
                    + " (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"))
        .isEqualTo("Safari sous iOS");
    assertThat(
            Navigateur.resume(
                "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " Chrome/131.0.0.0 Mobile Safari/537.36"))
        .isEqualTo("Chrome sous Android");
  }

  @Test
  void keepsNothingElseOfWhatTheVisitorWrote() {
    assertThat(Navigateur.resume(null)).isEqualTo("Navigateur inconnu");
    assertThat(Navigateur.resume("Java-http-client/17.0.13")).isEqualTo("Navigateur inconnu");
    assertThat(Navigateur.resume("<script>alert(1)</script> Firefox/1 Linux"))
        .isEqualTo("Firefox sous Linux");
  }
}
