package fr.education.orion.compte.gestion;

import static fr.education.orion.schema.Tables.UTILISATEUR;

import fr.education.orion.compte.CompteInvalideException;
import fr.education.orion.compte.Utilisateur;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sets passwords, hashed with BCrypt (cost 12, about a quarter of a second): a stolen database
 * gives no password cheaply. Setting a password also activates a never-activated account.
 */
@Configuration(proxyBeanMethods = false)
public class MotsDePasse {

  private final DSLContext dsl;
  private final PasswordEncoder encodeur;

  MotsDePasse(DSLContext dsl, PasswordEncoder encodeur) {
    this.dsl = dsl;
    this.encodeur = encodeur;
  }

  @Bean
  static PasswordEncoder encodeurDeMotsDePasse() {
    return new BCryptPasswordEncoder(12);
  }

  /** Checks the policy, then stores the hash; throws {@link CompteInvalideException} if refused. */
  public void definir(Utilisateur utilisateur, String motDePasse) {
    PolitiqueMotDePasse.refus(
            motDePasse, utilisateur.email(), utilisateur.prenom(), utilisateur.nom())
        .ifPresent(
            refus -> {
              throw new CompteInvalideException(refus);
            });
    enregistrer(utilisateur, motDePasse);
  }

  /**
   * Stores the published password of a demo account ({@link ComptesDemo}, demo profile only)
   * without the policy, which rightly refuses a password everybody knows: the demo accounts exist
   * so that a newcomer can try each role, never on a real deployment.
   */
  void definirPourLaDemo(Utilisateur utilisateur, String motDePasse) {
    enregistrer(utilisateur, motDePasse);
  }

  private void enregistrer(Utilisateur utilisateur, String motDePasse) {
    dsl.update(UTILISATEUR)
        .set(UTILISATEUR.MOT_DE_PASSE, encodeur.encode(motDePasse))
        .set(
            UTILISATEUR.ACTIVE_LE,
            DSL.coalesce(UTILISATEUR.ACTIVE_LE, DSL.val(OffsetDateTime.now())))
        .set(UTILISATEUR.MODIFIE_LE, OffsetDateTime.now())
        .where(UTILISATEUR.ID.eq(utilisateur.id()))
        .execute();
  }
}
