package fr.education.orion.compte.gestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolitiqueMotDePasseTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cheval agrafe batterie",
        "une phrase de passe assez longue",
        "un tout nouveau mot de passe",
        "Tr0ub4dor&3xyz"
      })
  void acceptsALongPassphraseOrARandomPassword(String motDePasse) {
    assertThat(refus(motDePasse)).isEmpty();
  }

  @Test
  void refusesFewerThanTwelveCharacters() {
    assertThat(refus("Court1!abcd"))
        .contains("Le mot de passe doit compter au moins 12 caractères.");
  }

  @Test
  void refusesMoreThanBcryptReads() {
    // 40 letters "é" are 80 bytes in UTF-8, beyond the 72 BCrypt reads.
    assertThat(refus("é".repeat(40))).isPresent();
  }

  @Test
  void refusesOneRepeatedCharacterAndTheEmail() {
    assertThat(refus("aaaaaaaaaaaaaa"))
        .contains("Le mot de passe ne doit pas répéter un seul caractère.");
    assertThat(
            PolitiqueMotDePasse.refus(
                "camille.durand2025", "camille.durand@example.fr", "Camille", "Durand"))
        .contains("Le mot de passe ne doit pas reprendre votre adresse e-mail.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mes vacances chez Hélène",
        "HELENE-les-vacances",
        "Vacances à Montbéliard ensemble",
        "la famille Montbeliard"
      })
  void refusesThePasswordTakingUpTheUsersNames(String motDePasse) {
    assertThat(
            PolitiqueMotDePasse.refus(
                motDePasse, "h.montbeliard@example.fr", "Hélène", "Montbéliard"))
        .hasValueSatisfying(
            refus -> assertThat(refus).contains("ne doit pas reprendre votre prénom, votre nom"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456789012", "motdepasse123", "azertyuiop12", "soleil123456"})
  void refusesCommonAndLeakedPasswordsSayingWhy(String motDePasse) {
    assertThat(refus(motDePasse))
        .contains(
            "Ce mot de passe est trop facile à deviner : il repose sur un mot de passe parmi les"
                + " plus courants, ou déjà divulgué lors d'une fuite de données. Choisissez plutôt"
                + " une phrase de passe de quelques mots sans rapport entre eux.");
  }

  @Test
  void refusesKeyboardRowsSequencesAndDates() {
    assertThat(refus("abcdefghijklm")).hasValueSatisfying(r -> assertThat(r).contains("séquence"));
    assertThat(refus("orion2025orion"))
        .hasValueSatisfying(r -> assertThat(r).contains("trop facile à deviner"));
  }

  private static Optional<String> refus(String motDePasse) {
    return PolitiqueMotDePasse.refus(motDePasse, "a.b@example.fr", "Prénom", "Nom");
  }
}
