package fr.education.orion.compte.connexion;

import fr.education.orion.compte.CompteCourant;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The open sessions of an account, on every Orion instance at once: sessions live in PostgreSQL
 * (Spring Session JDBC), indexed by principal name, which is the account's id. Lists them and ends
 * them, all or all but one. Without a web server (command line) there are no sessions.
 */
@Component
public class SessionsCompte {

  private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
  private final Duration dureeMax;

  SessionsCompte(
      ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions,
      @Value("${orion.session.duree-max:12h}") Duration dureeMax) {
    this.sessions = sessions;
    this.dureeMax = dureeMax;
  }

  public void terminer(long utilisateurId) {
    sessions.ifAvailable(
        repository -> ouvertes(repository, utilisateurId).keySet().forEach(repository::deleteById));
  }

  /** Ends every session of the account but {@code gardee} (the caller's); how many ended. */
  public int terminerAutres(long utilisateurId, String gardee) {
    FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
    if (repository == null) {
      return 0;
    }
    List<String> autres =
        ouvertes(repository, utilisateurId).keySet().stream()
            .filter(id -> !id.equals(gardee))
            .toList();
    autres.forEach(repository::deleteById);
    return autres.size();
  }

  /**
   * The account's sessions still in force, {@code courante} first, then the latest used first. A
   * session past its longest life ({@code orion.session.duree-max}) ends at its next request
   * whatever it holds, so it is not listed.
   */
  public List<SessionOuverte> lister(long utilisateurId, String courante) {
    FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
    if (repository == null) {
      return List.of();
    }
    Instant plusAncienne = Instant.now().minus(dureeMax);
    return ouvertes(repository, utilisateurId).values().stream()
        .filter(session -> !session.isExpired())
        .filter(session -> session.getCreationTime().isAfter(plusAncienne))
        .map(
            session ->
                new SessionOuverte(
                    moment(session.getCreationTime()),
                    moment(session.getLastAccessedTime()),
                    session.getAttribute(Navigateur.ATTRIBUT),
                    session.getId().equals(courante)))
        .sorted(
            Comparator.comparing(SessionOuverte::courante)
                .thenComparing(SessionOuverte::dernierAcces)
                .reversed())
        .toList();
  }

  private static Map<String, ? extends Session> ouvertes(
      FindByIndexNameSessionRepository<? extends Session> repository, long utilisateurId) {
    return repository.findByPrincipalName(CompteCourant.nomPrincipal(utilisateurId));
  }

  private static OffsetDateTime moment(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
