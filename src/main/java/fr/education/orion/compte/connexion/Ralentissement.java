package fr.education.orion.compte.connexion;

import java.time.Duration;

/**
 * How long a key (an account and a client address, or a client address alone) must wait after
 * consecutive failed logins: nothing before {@code seuil} failures, then {@code premiereAttente},
 * doubled at each further failure up to {@code attenteMaximale}. A key whose last failure is older
 * than {@code oubli} starts again from zero. Only the key that failed waits: an attacker slows down
 * his own attempts, not the account's owner elsewhere.
 */
record Ralentissement(
    int seuil, Duration premiereAttente, Duration attenteMaximale, Duration oubli) {

  Ralentissement {
    if (seuil < 1
        || premiereAttente.isNegative()
        || attenteMaximale.compareTo(premiereAttente) < 0) {
      throw new IllegalArgumentException(
          "Ralentissement incohérent : seuil "
              + seuil
              + ", attentes "
              + premiereAttente
              + " et "
              + attenteMaximale);
    }
  }

  /** The wait after the {@code echecs}-th consecutive failure; zero below the threshold. */
  Duration attenteApres(int echecs) {
    if (echecs < seuil) {
      return Duration.ZERO;
    }
    Duration attente = premiereAttente;
    for (int rang = seuil; rang < echecs && attente.compareTo(attenteMaximale) < 0; rang++) {
      attente = attente.multipliedBy(2);
    }
    return attente.compareTo(attenteMaximale) > 0 ? attenteMaximale : attente;
  }
}
