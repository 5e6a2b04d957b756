package fr.education.orion.compte.gestion;

import static fr.education.orion.schema.Tables.QUOTA_ENVOI;

import fr.education.orion.system.Sha256;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Counts the e-mails that anonymous requests make Orion send, per client address (any kind) and per
 * e-mail and kind, in fixed windows kept in PostgreSQL (table {@code quota_envoi}, V20), so that
 * every instance counts alike. Each count is one atomic statement: requests sent in parallel cannot
 * pass together. Keys are hashed: an e-mail typed there is not kept.
 */
@Component
@EnableConfigurationProperties(EnvoisProperties.class)
class QuotasEnvoi {

  private final DSLContext dsl;
  private final EnvoisProperties proprietes;

  QuotasEnvoi(DSLContext dsl, EnvoisProperties proprietes) {
    this.dsl = dsl;
    this.proprietes = proprietes;
  }

  /**
   * Whether one more e-mail of this kind may go to {@code email} on a request from {@code adresse};
   * if so, it is counted. The client's quota is counted first: a client past it spends nobody's
   * quota.
   */
  boolean accorder(JetonsCompte.Nature nature, String email, String adresse) {
    OffsetDateTime maintenant = OffsetDateTime.now();
    OffsetDateTime debutFenetre = maintenant.minus(proprietes.fenetre());
    dsl.deleteFrom(QUOTA_ENVOI).where(QUOTA_ENVOI.DEBUT.le(debutFenetre)).execute();
    return compter("client " + adresse, proprietes.parAdresse(), maintenant, debutFenetre)
        && compter(nature.code + " " + email, proprietes.parEmail(), maintenant, debutFenetre);
  }

  private boolean compter(
      String quoi, int limite, OffsetDateTime maintenant, OffsetDateTime debutFenetre) {
    int nombre =
        dsl.insertInto(QUOTA_ENVOI)
            .set(QUOTA_ENVOI.CLE, Sha256.hex(quoi))
            .set(QUOTA_ENVOI.DEBUT, maintenant)
            .set(QUOTA_ENVOI.NOMBRE, 1)
            .onConflict(QUOTA_ENVOI.CLE)
            .doUpdate()
            .set(
                QUOTA_ENVOI.NOMBRE,
                DSL.when(QUOTA_ENVOI.DEBUT.le(debutFenetre), DSL.inline(1))
                    .otherwise(QUOTA_ENVOI.NOMBRE.plus(1)))
            .set(
                QUOTA_ENVOI.DEBUT,
                DSL.when(QUOTA_ENVOI.DEBUT.le(debutFenetre), DSL.val(maintenant))
                    .otherwise(QUOTA_ENVOI.DEBUT))
            .returningResult(QUOTA_ENVOI.NOMBRE)
            .fetchSingle()
            .value1();
    return nombre <= limite;
  }
}
