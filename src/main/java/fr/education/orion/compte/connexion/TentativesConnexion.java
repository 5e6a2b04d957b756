package fr.education.orion.compte.connexion;

import static fr.education.orion.schema.Tables.ECHEC_CONNEXION;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed logins per key, in PostgreSQL so that every instance sees them (table {@code
 * echec_connexion}, V20). A key is an e-mail as typed, known or not, with a client address: an
 * attacker trying an account from elsewhere slows down his own attempts and never locks its owner
 * out. A client address also has a key of its own, {@link #TOUS_LES_COMPTES}, counting its failures
 * on every account, with a higher threshold. An attempt is counted as a failure before the password
 * is checked, under the row's lock, so that attempts sent in parallel cannot all pass before the
 * first failure is written; a success then deletes the account's counts.
 */
@Component
@EnableConfigurationProperties(ConnexionProperties.class)
public class TentativesConnexion {

  /** The e-mail of the key counting a client address's failures, whatever the account. */
  static final String TOUS_LES_COMPTES = "";

  private final DSLContext dsl;
  private final Ralentissement parCompte;
  private final Ralentissement parAdresse;

  TentativesConnexion(DSLContext dsl, ConnexionProperties proprietes) {
    this.dsl = dsl;
    this.parCompte = proprietes.parCompte();
    this.parAdresse = proprietes.parAdresse();
  }

  /**
   * Counts an attempt on {@code email} from {@code adresse}, unless the address or the pair must
   * still wait: then how long, and the attempt is not counted (waiting is not failing again).
   */
  @Transactional
  public Optional<Duration> reserver(String email, String adresse) {
    OffsetDateTime maintenant = OffsetDateTime.now();
    Optional<Duration> attenteAdresse = attente(TOUS_LES_COMPTES, adresse, maintenant);
    if (attenteAdresse.isPresent()) {
      return attenteAdresse;
    }
    Optional<Integer> compte =
        compter(
            email,
            adresse,
            maintenant,
            ECHEC_CONNEXION
                .BLOQUE_JUSQU_AU
                .isNull()
                .or(ECHEC_CONNEXION.BLOQUE_JUSQU_AU.le(maintenant)));
    if (compte.isEmpty()) {
      // The row is there and its wait is not over: nothing was updated.
      return Optional.of(attente(email, adresse, maintenant).orElse(Duration.ofSeconds(1)));
    }
    bloquer(email, adresse, parCompte.attenteApres(compte.get()), maintenant);
    return Optional.empty();
  }

  /**
   * Counts a failure on the client address's own key (the pair's was counted by {@link #reserver}),
   * and forgets the keys whose last failure is long past.
   */
  @Transactional
  public void echouer(String adresse) {
    OffsetDateTime maintenant = OffsetDateTime.now();
    int echecs = compter(TOUS_LES_COMPTES, adresse, maintenant, DSL.noCondition()).orElseThrow();
    bloquer(TOUS_LES_COMPTES, adresse, parAdresse.attenteApres(echecs), maintenant);
    dsl.deleteFrom(ECHEC_CONNEXION)
        .where(ECHEC_CONNEXION.DERNIER_ECHEC.lt(maintenant.minus(parCompte.oubli())))
        .and(
            ECHEC_CONNEXION
                .BLOQUE_JUSQU_AU
                .isNull()
                .or(ECHEC_CONNEXION.BLOQUE_JUSQU_AU.lt(maintenant)))
        .execute();
  }

  /**
   * Forgets the failures of an account from every address: after a successful login, a new
   * password, an activation, or when an administrator lifts them.
   */
  public void effacer(String email) {
    if (!email.isEmpty()) {
      dsl.deleteFrom(ECHEC_CONNEXION).where(ECHEC_CONNEXION.EMAIL.eq(email)).execute();
    }
  }

  /** The recent failures of an account, per client address, the latest first. */
  public List<EchecsConnexion> lister(String email) {
    return dsl.select(
            ECHEC_CONNEXION.ADRESSE,
            ECHEC_CONNEXION.ECHECS,
            ECHEC_CONNEXION.DERNIER_ECHEC,
            ECHEC_CONNEXION.BLOQUE_JUSQU_AU)
        .from(ECHEC_CONNEXION)
        .where(ECHEC_CONNEXION.EMAIL.eq(email))
        .and(ECHEC_CONNEXION.EMAIL.ne(TOUS_LES_COMPTES))
        .orderBy(ECHEC_CONNEXION.DERNIER_ECHEC.desc())
        .fetch(
            ligne ->
                new EchecsConnexion(
                    ligne.value1(), ligne.value2(), ligne.value3(), ligne.value4()));
  }

  /**
   * One more failure on a key, in one upsert; empty when the key exists and {@code tantQue} does
   * not hold for it (nothing is then counted).
   */
  private Optional<Integer> compter(
      String email, String adresse, OffsetDateTime maintenant, Condition tantQue) {
    return dsl.insertInto(ECHEC_CONNEXION)
        .set(ECHEC_CONNEXION.EMAIL, email)
        .set(ECHEC_CONNEXION.ADRESSE, adresse)
        .set(ECHEC_CONNEXION.ECHECS, 1)
        .set(ECHEC_CONNEXION.DERNIER_ECHEC, maintenant)
        .onConflict(ECHEC_CONNEXION.EMAIL, ECHEC_CONNEXION.ADRESSE)
        .doUpdate()
        .set(ECHEC_CONNEXION.ECHECS, echecsSuivants(maintenant))
        .set(ECHEC_CONNEXION.DERNIER_ECHEC, maintenant)
        .where(tantQue)
        .returningResult(ECHEC_CONNEXION.ECHECS)
        .fetchOptional(Record1::value1);
  }

  /** The count after one more failure: one again when the previous is older than the oubli. */
  private org.jooq.Field<Integer> echecsSuivants(OffsetDateTime maintenant) {
    return DSL.when(
            ECHEC_CONNEXION.DERNIER_ECHEC.lt(maintenant.minus(parCompte.oubli())), DSL.inline(1))
        .otherwise(ECHEC_CONNEXION.ECHECS.plus(1));
  }

  private void bloquer(String email, String adresse, Duration attente, OffsetDateTime maintenant) {
    OffsetDateTime fin = attente.isZero() ? null : maintenant.plus(attente);
    dsl.update(ECHEC_CONNEXION)
        .set(ECHEC_CONNEXION.BLOQUE_JUSQU_AU, fin)
        .where(ECHEC_CONNEXION.EMAIL.eq(email))
        .and(ECHEC_CONNEXION.ADRESSE.eq(adresse))
        .execute();
  }

  private Optional<Duration> attente(String email, String adresse, OffsetDateTime maintenant) {
    return dsl.select(ECHEC_CONNEXION.BLOQUE_JUSQU_AU)
        .from(ECHEC_CONNEXION)
        .where(ECHEC_CONNEXION.EMAIL.eq(email))
        .and(ECHEC_CONNEXION.ADRESSE.eq(adresse))
        .and(ECHEC_CONNEXION.BLOQUE_JUSQU_AU.gt(maintenant))
        .fetchOptional(ECHEC_CONNEXION.BLOQUE_JUSQU_AU)
        .map(fin -> Duration.between(maintenant, fin));
  }
}
