package fr.education.orion.compte.gestion;

import static fr.education.orion.schema.Tables.JETON_COMPTE;
import static fr.education.orion.schema.Tables.JOURNAL_COMPTE;
import static fr.education.orion.schema.Tables.UTILISATEUR;
import static fr.education.orion.schema.Tables.UTILISATEUR_UAI;

import fr.education.orion.compte.connexion.SessionsCompte;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Anonymises the accounts nobody has used for two years (GDPR): name and e-mail replaced, password,
 * single sign-on subject, UAIs and links removed, account disabled and its sessions ended; the
 * audit keeps the events but loses the e-mail. Several instances may run the schedule: a PostgreSQL
 * advisory lock lets one of them do the work, the others skip.
 */
@Component
@Profile("!import-cli")
public class AnonymisationComptes {

  static final Period INACTIVITE = Period.ofYears(2);
  private static final long VERROU = 0x4f52494f4e_0005L;
  private static final Logger log = LoggerFactory.getLogger(AnonymisationComptes.class);

  private final DSLContext dsl;
  private final JournalCompte journal;
  private final SessionsCompte sessions;

  AnonymisationComptes(DSLContext dsl, JournalCompte journal, SessionsCompte sessions) {
    this.dsl = dsl;
    this.journal = journal;
    this.sessions = sessions;
  }

  @Scheduled(cron = "${orion.anonymisation.cron}")
  void planifiee() {
    int nombre = anonymiser();
    if (nombre > 0) {
      log.info("{} compte(s) inactif(s) depuis deux ans anonymisé(s)", nombre);
    }
  }

  /**
   * Anonymises the inactive accounts, in one transaction; 0 when another instance holds the lock.
   */
  int anonymiser() {
    return dsl.transactionResult(transaction -> anonymiserSousVerrou());
  }

  private int anonymiserSousVerrou() {
    boolean verrou =
        dsl.select(DSL.field("pg_try_advisory_xact_lock({0})", Boolean.class, DSL.val(VERROU)))
            .fetchSingle()
            .value1();
    if (!verrou) {
      return 0;
    }
    OffsetDateTime limite = OffsetDateTime.now().minus(INACTIVITE);
    List<Long> inactifs =
        dsl.select(UTILISATEUR.ID)
            .from(UTILISATEUR)
            .where(UTILISATEUR.ANONYMISE_LE.isNull())
            .and(
                DSL.coalesce(UTILISATEUR.VU_LE, UTILISATEUR.ACTIVE_LE, UTILISATEUR.CREE_LE)
                    .lt(limite))
            .fetch(UTILISATEUR.ID);
    for (long id : inactifs) {
      dsl.update(UTILISATEUR)
          .set(UTILISATEUR.EMAIL, "anonyme-" + id + "@orion.invalid")
          .set(UTILISATEUR.PRENOM, "Anonyme")
          .set(UTILISATEUR.NOM, "Anonyme")
          .setNull(UTILISATEUR.MOT_DE_PASSE)
          .setNull(UTILISATEUR.SUB)
          .set(UTILISATEUR.ACTIF, false)
          .set(UTILISATEUR.ANONYMISE_LE, OffsetDateTime.now())
          .set(UTILISATEUR.MODIFIE_LE, OffsetDateTime.now())
          .where(UTILISATEUR.ID.eq(id))
          .execute();
      dsl.deleteFrom(UTILISATEUR_UAI).where(UTILISATEUR_UAI.UTILISATEUR_ID.eq(id)).execute();
      dsl.deleteFrom(JETON_COMPTE).where(JETON_COMPTE.UTILISATEUR_ID.eq(id)).execute();
      dsl.update(JOURNAL_COMPTE)
          .setNull(JOURNAL_COMPTE.EMAIL)
          .where(JOURNAL_COMPTE.UTILISATEUR_ID.eq(id))
          .execute();
      journal.noter(Evenement.ANONYMISATION, id, null, null, "Inactif depuis deux ans");
      sessions.terminer(id);
    }
    return inactifs.size();
  }
}
