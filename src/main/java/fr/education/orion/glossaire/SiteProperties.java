package fr.education.orion.glossaire;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the legal pages say that depends on the deployment, not on the code: who publishes this
 * instance, who is responsible for its publication, who hosts it and how to reach its team. An
 * empty value is shown as not given for this instance, never replaced by a made-up one.
 *
 * @param editeur the service of the ministry that publishes this instance
 * @param directeurPublication the person responsible for publication (title, or name and title)
 * @param hebergeur the hosting provider: name, address and telephone
 * @param contact an e-mail address for users, accessibility and personal data requests
 */
@ConfigurationProperties("orion.site")
public record SiteProperties(
    String editeur, String directeurPublication, String hebergeur, String contact) {

  public SiteProperties {
    editeur = editeur == null ? "" : editeur.strip();
    directeurPublication = directeurPublication == null ? "" : directeurPublication.strip();
    hebergeur = hebergeur == null ? "" : hebergeur.strip();
    contact = contact == null ? "" : contact.strip();
  }
}
