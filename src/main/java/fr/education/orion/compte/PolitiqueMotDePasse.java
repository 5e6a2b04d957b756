package fr.education.orion.compte;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The password policy, stated to users as {@link #ENONCE}: length matters more than character
 * classes (ANSSI and NIST guidance), so a passphrase is welcome. The upper bound comes from BCrypt,
 * which reads 72 bytes at most.
 */
final class PolitiqueMotDePasse {

  static final int LONGUEUR_MINIMALE = 12;
  static final int OCTETS_MAXIMUM = 72;
  static final String ENONCE =
      "Au moins 12 caractères (une phrase de passe convient très bien), 72 octets au plus (une"
          + " lettre accentuée en compte 2), sans reprendre votre adresse e-mail ni répéter un seul"
          + " caractère.";

  private PolitiqueMotDePasse() {}

  /** Why {@code motDePasse} is refused for the account {@code email}, empty when it is accepted. */
  static Optional<String> refus(String motDePasse, String email) {
    if (motDePasse.codePointCount(0, motDePasse.length()) < LONGUEUR_MINIMALE) {
      return Optional.of("Le mot de passe doit compter au moins 12 caractères.");
    }
    if (motDePasse.getBytes(StandardCharsets.UTF_8).length > OCTETS_MAXIMUM) {
      return Optional.of(
          "Le mot de passe est trop long : 72 octets au plus (une lettre accentuée en compte 2).");
    }
    if (motDePasse.codePoints().distinct().count() == 1) {
      return Optional.of("Le mot de passe ne doit pas répéter un seul caractère.");
    }
    String identifiant = email.toLowerCase(Locale.ROOT).split("@")[0];
    if (identifiant.length() >= 4 && motDePasse.toLowerCase(Locale.ROOT).contains(identifiant)) {
      return Optional.of("Le mot de passe ne doit pas reprendre votre adresse e-mail.");
    }
    return Optional.empty();
  }
}
