package fr.education.orion.compte.connexion;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins slow down their key ({@link Ralentissement}): a pair of account and client
 * address, or a client address whatever the account.
 *
 * @param echecsParCompte consecutive failures of one account from one client address before it must
 *     wait
 * @param echecsParAdresse failures from one client address, all accounts together, before it must
 *     wait (many accounts tried from one place)
 * @param premiereAttente the first wait, doubled at each further failure
 * @param attenteMaximale the longest wait
 * @param oubli a key whose last failure is older starts again from zero
 */
@ConfigurationProperties("orion.connexion")
public record ConnexionProperties(
    @DefaultValue("5") int echecsParCompte,
    @DefaultValue("30") int echecsParAdresse,
    @DefaultValue("1m") Duration premiereAttente,
    @DefaultValue("1h") Duration attenteMaximale,
    @DefaultValue("24h") Duration oubli) {

  Ralentissement parCompte() {
    return new Ralentissement(echecsParCompte, premiereAttente, attenteMaximale, oubli);
  }

  Ralentissement parAdresse() {
    return new Ralentissement(echecsParAdresse, premiereAttente, attenteMaximale, oubli);
  }
}
