package fr.education.orion.compte;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolitiqueMotDePasseTest {

  @Test
  void acceptsALongPassphrase() {
    assertThat(PolitiqueMotDePasse.refus("cheval agrafe batterie", "a.b@example.fr")).isEmpty();
  }

  @Test
  void refusesFewerThanTwelveCharacters() {
    assertThat(PolitiqueMotDePasse.refus("Court1!abcd", "a.b@example.fr"))
        .contains("Le mot de passe doit compter au moins 12 caractères.");
  }

  @Test
  void refusesMoreThanBcryptReads() {
    // 40 letters "é" are 80 bytes in UTF-8, beyond the 72 BCrypt reads.
    assertThat(PolitiqueMotDePasse.refus("é".repeat(40), "a.b@example.fr")).isPresent();
  }

  @Test
  void refusesOneRepeatedCharacterAndTheEmail() {
    assertThat(PolitiqueMotDePasse.refus("aaaaaaaaaaaaaa", "a.b@example.fr"))
        .contains("Le mot de passe ne doit pas répéter un seul caractère.");
    assertThat(PolitiqueMotDePasse.refus("camille.durand2025", "camille.durand@example.fr"))
        .contains("Le mot de passe ne doit pas reprendre votre adresse e-mail.");
  }
}
