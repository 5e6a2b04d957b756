package fr.education.orion.compte.web;

import static fr.education.orion.schema.Tables.JOURNAL_COMPTE;

import fr.education.orion.compte.gestion.Evenement;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.TerritoireQueries;
import fr.education.orion.referentiel.Territoires.Region;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What « Mon compte » reads besides the account: the région's name, the previous login. */
@Component
class MonCompteQueries {

  private final DSLContext dsl;
  private final TerritoireQueries territoires;

  MonCompteQueries(DSLContext dsl, TerritoireQueries territoires) {
    this.dsl = dsl;
    this.territoires = territoires;
  }

  Optional<String> libelleRegion(@Nullable CodeRegion codeRegion) {
    return Optional.ofNullable(codeRegion).flatMap(territoires::region).map(Region::libelle);
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
