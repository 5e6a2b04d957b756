package fr.education.orion.compte;

import static fr.education.orion.schema.Tables.JOURNAL_COMPTE;
import static fr.education.orion.schema.Tables.REGION;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What « Mon compte » reads besides the account: the région's name, the previous login. */
@Component
class MonCompteQueries {

  private final DSLContext dsl;

  MonCompteQueries(DSLContext dsl) {
    this.dsl = dsl;
  }

  Optional<String> libelleRegion(@Nullable String codeRegion) {
    if (codeRegion == null) {
      return Optional.empty();
    }
    return dsl.select(REGION.LIBELLE)
        .from(REGION)
        .where(REGION.CODE_REGION.eq(codeRegion))
        .fetchOptional(REGION.LIBELLE);
  }

  /**
   * The latest login of the account before {@code avant} (the opening of the current session, which
   * precedes its own login): what the user compares with their memory to spot a login that was not
   * theirs. Password and single sign-on logins alike, from the audit.
   */
  Optional<OffsetDateTime> connexionPrecedente(long utilisateurId, OffsetDateTime avant) {
    return dsl.select(JOURNAL_COMPTE.LE)
        .from(JOURNAL_COMPTE)
        .where(JOURNAL_COMPTE.UTILISATEUR_ID.eq(utilisateurId))
        .and(JOURNAL_COMPTE.EVENEMENT.eq(Evenement.CONNEXION.code()))
        .and(JOURNAL_COMPTE.LE.lt(avant))
        .orderBy(JOURNAL_COMPTE.LE.desc())
        .limit(1)
        .fetchOptional(JOURNAL_COMPTE.LE);
  }
}
