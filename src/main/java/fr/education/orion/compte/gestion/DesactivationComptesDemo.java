package fr.education.orion.compte.gestion;

import fr.education.orion.compte.Comptes;
import fr.education.orion.compte.Role;
import fr.education.orion.compte.Utilisateur;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the {@code demo} profile, the demo accounts, whose password is published, must not open
 * Orion: a site started on data a demo left behind disables those still active, and says so in its
 * log. This runs once every bean is ready, before the web server accepts a request. The command
 * line ({@code orion import}), which may run beside a demo, leaves them alone; a later demo start
 * enables them again ({@link ComptesDemo}).
 */
@Component
@Profile("!" + ComptesDemo.PROFIL + " & !import-cli")
class DesactivationComptesDemo implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(DesactivationComptesDemo.class);

  private final Comptes comptes;

  DesactivationComptesDemo(Comptes comptes) {
    this.comptes = comptes;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<String> desactives = new ArrayList<>();
    for (Role role : Role.values()) {
      comptes
          .parEmail(ComptesDemo.email(role))
          .filter(Utilisateur::actif)
          .ifPresent(
              compte -> {
                comptes.update(compte.id(), compte.fiche().withActif(false));
                desactives.add(compte.email());
              });
    }
    if (!desactives.isEmpty()) {
      log.warn(
          "Comptes de démonstration désactivés (profil demo absent, leur mot de passe est public) :"
              + " {}",
          String.join(", ", desactives));
    }
  }
}
