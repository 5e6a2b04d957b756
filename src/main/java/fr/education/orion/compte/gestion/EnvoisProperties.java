package fr.education.orion.compte.gestion;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Quotas of the e-mails an anonymous request makes Orion send ({@link QuotasEnvoi}): a new-password
 * link, a new activation link. Beyond them the request gets the same answer, and no e-mail leaves.
 *
 * @param parEmail e-mails of one kind to one address within {@code fenetre}
 * @param parAdresse e-mails of any kind asked from one client address within {@code fenetre}
 * @param fenetre the window the quotas count in
 */
@ConfigurationProperties("orion.envois")
public record EnvoisProperties(
    @DefaultValue("3") int parEmail,
    @DefaultValue("10") int parAdresse,
    @DefaultValue("1h") Duration fenetre) {}
