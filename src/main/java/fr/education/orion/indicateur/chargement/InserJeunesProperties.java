package fr.education.orion.indicateur.chargement;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How to reach the InserJeunes API. Without {@code url}, Orion never calls it.
 *
 * @param url base URL, e.g. {@code https://www.inserjeunes.education.gouv.fr/api/v1.0} ({@code
 *     ORION_INSERJEUNES_URL})
 * @param username account of the API ({@code ORION_INSERJEUNES_USERNAME})
 * @param password its password ({@code ORION_INSERJEUNES_PASSWORD}), from the environment only
 * @param tentatives attempts per call when the API times out or answers 5xx ({@code
 *     ORION_INSERJEUNES_TENTATIVES})
 * @param attente wait before the second attempt, doubled before each next one ({@code
 *     ORION_INSERJEUNES_ATTENTE})
 * @param delai how long one call may take ({@code ORION_INSERJEUNES_DELAI})
 */
@ConfigurationProperties("orion.inserjeunes")
record InserJeunesProperties(
    @Nullable String url,
    @Nullable String username,
    @Nullable String password,
    @DefaultValue("5") int tentatives,
    @DefaultValue("2s") Duration attente,
    @DefaultValue("60s") Duration delai) {

  boolean isConfigured() {
    return url != null && !url.isBlank();
  }
}
