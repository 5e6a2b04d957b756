package fr.education.orion.compte.gestion;

import fr.education.orion.compte.Comptes;
import fr.education.orion.compte.FicheUtilisateur;
import fr.education.orion.compte.Portee;
import fr.education.orion.compte.Role;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.Uai;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the {@code demo} profile only (which {@code ./orion} enables, and never a production
 * configuration), one account per role, active, with a known password, printed at start, so that a
 * newcomer can try each point of view. Runs after the first-start import, which brings the régions.
 * Regional accounts are in Auvergne-Rhône-Alpes (84); the perdir's lycée is 0010001W (Ain).
 */
@Component
@Profile(ComptesDemo.PROFIL)
@Order(1)
public class ComptesDemo implements ApplicationRunner {

  static final String PROFIL = "demo";
  static final CodeRegion REGION = new CodeRegion("84");
  static final Uai UAI = new Uai("0010001W");

  private static final Logger log = LoggerFactory.getLogger(ComptesDemo.class);

  private final Comptes comptes;
  private final Matrice matrice;
  private final MotsDePasse motsDePasse;
  private final String motDePasse;

  ComptesDemo(
      Comptes comptes,
      Matrice matrice,
      MotsDePasse motsDePasse,
      @Value("${orion.demo.mot-de-passe}") String motDePasse) {
    this.comptes = comptes;
    this.matrice = matrice;
    this.motsDePasse = motsDePasse;
    this.motDePasse = motDePasse;
  }

  /** The demo account's e-mail for a role, e.g. {@code admin_region@demo.orion.invalid}. */
  static String email(Role role) {
    return role.code() + "@demo.orion.invalid";
  }

  @Override
  public void run(ApplicationArguments arguments) {
    StringBuilder liste = new StringBuilder();
    for (Matrice.RoleDecrit role : matrice.roles()) {
      Utilisateur compte =
          comptes.parEmail(email(role.role())).map(this::activate).orElseGet(() -> create(role));
      liste.append(String.format("%n  %-45s %s", compte.email(), role.libelle()));
    }
    log.warn(
        "Profil demo : un compte par rôle, mot de passe « {} » (jamais en production) :{}",
        motDePasse,
        liste);
  }

  /** A demo account that a start outside the demo disabled ({@link DesactivationComptesDemo}). */
  private Utilisateur activate(Utilisateur compte) {
    return compte.actif() ? compte : comptes.update(compte.id(), compte.fiche().withActif(true));
  }

  private Utilisateur create(Matrice.RoleDecrit role) {
    Utilisateur compte =
        comptes.create(
            new FicheUtilisateur(
                email(role.role()),
                "Démo",
                role.libelle(),
                role.role(),
                null,
                role.perimetre() == Portee.NATIONAL ? null : REGION,
                role.perimetre() == Portee.UAI ? List.of(UAI) : List.of(),
                true));
    motsDePasse.definirPourLaDemo(compte, motDePasse);
    return compte;
  }
}
