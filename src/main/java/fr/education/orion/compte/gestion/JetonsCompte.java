package fr.education.orion.compte.gestion;

import static fr.education.orion.schema.Tables.JETON_COMPTE;

import fr.education.orion.system.Sha256;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The single-use links sent by e-mail: 256 random bits, of which only the SHA-256 is stored; a link
 * expires, and is spent by its first use (a newer link of the same nature spends the older ones).
 */
@Component
public class JetonsCompte {

  /** What a link is for, and how long it lasts. */
  public enum Nature {
    ACTIVATION("activation", Duration.ofDays(7)),
    REINITIALISATION("reinitialisation", Duration.ofHours(1));

    final String code;
    final Duration duree;

    Nature(String code, Duration duree) {
      this.code = code;
      this.duree = duree;
    }
  }

  private static final SecureRandom HASARD = new SecureRandom();

  /** A link's token is 43 characters; anything much longer is not one, and is not looked up. */
  private static final int LONGUEUR_MAXIMALE = 64;

  private final DSLContext dsl;

  JetonsCompte(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** A new token for the account, to put in a link; the older unused ones of this nature lapse. */
  String emettre(long utilisateurId, Nature nature) {
    byte[] octets = new byte[32];
    HASARD.nextBytes(octets);
    String jeton = Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
    OffsetDateTime maintenant = OffsetDateTime.now();
    dsl.update(JETON_COMPTE)
        .set(JETON_COMPTE.UTILISE_LE, maintenant)
        .where(JETON_COMPTE.UTILISATEUR_ID.eq(utilisateurId))
        .and(JETON_COMPTE.NATURE.eq(nature.code))
        .and(JETON_COMPTE.UTILISE_LE.isNull())
        .execute();
    dsl.insertInto(JETON_COMPTE)
        .set(JETON_COMPTE.EMPREINTE, empreinte(jeton))
        .set(JETON_COMPTE.UTILISATEUR_ID, utilisateurId)
        .set(JETON_COMPTE.NATURE, nature.code)
        .set(JETON_COMPTE.CREE_LE, maintenant)
        .set(JETON_COMPTE.EXPIRE_LE, maintenant.plus(nature.duree))
        .execute();
    return jeton;
  }

  /** The account of a valid (known, unexpired, unused) token, without spending it. */
  Optional<Long> check(String jeton, Nature nature) {
    if (jeton.length() > LONGUEUR_MAXIMALE) {
      return Optional.empty();
    }
    return dsl.select(JETON_COMPTE.UTILISATEUR_ID)
        .from(JETON_COMPTE)
        .where(JETON_COMPTE.EMPREINTE.eq(empreinte(jeton)))
        .and(JETON_COMPTE.NATURE.eq(nature.code))
        .and(JETON_COMPTE.UTILISE_LE.isNull())
        .and(JETON_COMPTE.EXPIRE_LE.gt(OffsetDateTime.now()))
        .fetchOptional(JETON_COMPTE.UTILISATEUR_ID);
  }

  /** Spends a valid token and gives its account; empty if it is not (or no longer) valid. */
  Optional<Long> consommer(String jeton, Nature nature) {
    if (jeton.length() > LONGUEUR_MAXIMALE) {
      return Optional.empty();
    }
    return dsl.update(JETON_COMPTE)
        .set(JETON_COMPTE.UTILISE_LE, OffsetDateTime.now())
        .where(JETON_COMPTE.EMPREINTE.eq(empreinte(jeton)))
        .and(JETON_COMPTE.NATURE.eq(nature.code))
        .and(JETON_COMPTE.UTILISE_LE.isNull())
        .and(JETON_COMPTE.EXPIRE_LE.gt(OffsetDateTime.now()))
        .returning(JETON_COMPTE.UTILISATEUR_ID)
        .fetchOptional(JETON_COMPTE.UTILISATEUR_ID);
  }

  private static String empreinte(String jeton) {
    return Sha256.hex(jeton);
  }
}
