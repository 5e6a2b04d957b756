package fr.education.orion.compte.gestion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.OrionProcess;
import fr.education.orion.TestHttp;
import fr.education.orion.compte.Comptes;
import fr.education.orion.compte.Role;
import fr.education.orion.compte.Utilisateur;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo accounts' password is published. A site started without the demo profile on the data a
 * demo left behind (the database of these tests, where they are active) must not let them in: it
 * disables them before answering and says so in its log.
 */
@OrionIT
class ComptesDemoIT {

  @Autowired DataSource dataSource;
  @Autowired Comptes comptes;

  @TempDir Path dossier;

  @Test
  void aSiteStartedOutsideTheDemoRefusesTheDemoAccounts() throws Exception {
    assertThat(comptes.parEmail(TestHttp.demo("admin")).orElseThrow().actif()).isTrue();
    try (OrionProcess.Site site =
        OrionProcess.demarrer(dataSource, dossier, Map.of("ORION_MANAGEMENT_PORT", "0"))) {
      TestHttp.Answer tentative =
          new TestHttp(site.port())
              .nouvelleSession()
              .seConnecter(TestHttp.demo("admin"), TestHttp.MOT_DE_PASSE_DEMO);

      assertThat(tentative.status()).isEqualTo(302);
      assertThat(tentative.location()).contains("/connexion?erreur");
      assertThat(site.log()).contains("Comptes de démonstration désactivés");
      for (Role role : Role.values()) {
        assertThat(comptes.parEmail(ComptesDemo.email(role)).orElseThrow().actif())
            .as("compte de démonstration %s", role.code())
            .isFalse();
      }
    } finally {
      // The other tests of this context sign in with them.
      for (Role role : Role.values()) {
        Utilisateur compte = comptes.parEmail(ComptesDemo.email(role)).orElseThrow();
        comptes.update(compte.id(), compte.fiche().withActif(true));
      }
    }
  }
}
