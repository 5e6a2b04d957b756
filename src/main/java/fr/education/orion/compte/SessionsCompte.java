package fr.education.orion.compte;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the open sessions of an account, on every Orion instance at once: sessions live in
 * PostgreSQL (Spring Session JDBC), indexed by principal name, which is the account's id. Without a
 * web server (command line) there are no sessions to end.
 */
@Component
class SessionsCompte {

  private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

  SessionsCompte(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
    this.sessions = sessions;
  }

  void terminer(long utilisateurId) {
    sessions.ifAvailable(
        repository ->
            repository
                .findByPrincipalName(CompteCourant.nomPrincipal(utilisateurId))
                .keySet()
                .forEach(repository::deleteById));
  }
}
