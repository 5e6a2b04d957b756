package fr.education.orion.compte;

import static fr.education.orion.schema.Tables.JOURNAL_COMPTE;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit of accounts: who (the signed-in user, none for the system), when, about which account,
 * from which client address, and what. Failed logins written here are what throttling counts.
 */
@Component
class JournalCompte {

  private final DSLContext dsl;
  private final CompteCourant courant;

  JournalCompte(DSLContext dsl, CompteCourant courant) {
    this.dsl = dsl;
    this.courant = courant;
  }

  void noter(
      Evenement evenement, @Nullable Long utilisateurId, @Nullable String email, String detail) {
    noter(evenement, utilisateurId, email, adresseCourante(), detail);
  }

  void noter(
      Evenement evenement,
      @Nullable Long utilisateurId,
      @Nullable String email,
      @Nullable String adresse,
      String detail) {
    dsl.insertInto(JOURNAL_COMPTE)
        .set(JOURNAL_COMPTE.EVENEMENT, evenement.code())
        .set(JOURNAL_COMPTE.AUTEUR_ID, courant.utilisateur().map(Utilisateur::id).orElse(null))
        .set(JOURNAL_COMPTE.UTILISATEUR_ID, utilisateurId)
        .set(JOURNAL_COMPTE.EMAIL, email)
        .set(JOURNAL_COMPTE.ADRESSE, adresse)
        .set(JOURNAL_COMPTE.DETAIL, detail)
        .execute();
  }

  /**
   * Failed logins for this e-mail within {@code fenetre}, since its last successful login: a
   * successful login starts the count again.
   */
  int echecsRecentsPourEmail(String email, Duration fenetre) {
    OffsetDateTime depuis = OffsetDateTime.now().minus(fenetre);
    OffsetDateTime derniereConnexion =
        dsl.select(DSL.max(JOURNAL_COMPTE.LE))
            .from(JOURNAL_COMPTE)
            .where(JOURNAL_COMPTE.EMAIL.eq(email))
            .and(JOURNAL_COMPTE.EVENEMENT.eq(Evenement.CONNEXION.code()))
            .and(JOURNAL_COMPTE.LE.gt(depuis))
            .fetchOne(0, OffsetDateTime.class);
    return dsl.fetchCount(
        JOURNAL_COMPTE,
        JOURNAL_COMPTE
            .EMAIL
            .eq(email)
            .and(JOURNAL_COMPTE.EVENEMENT.eq(Evenement.ECHEC_CONNEXION.code()))
            .and(JOURNAL_COMPTE.LE.gt(derniereConnexion == null ? depuis : derniereConnexion)));
  }

  /** Failed logins from this client address within {@code fenetre}, whatever the account. */
  int echecsRecentsPourAdresse(String adresse, Duration fenetre) {
    return dsl.fetchCount(
        JOURNAL_COMPTE,
        JOURNAL_COMPTE
            .ADRESSE
            .eq(adresse)
            .and(JOURNAL_COMPTE.EVENEMENT.eq(Evenement.ECHEC_CONNEXION.code()))
            .and(JOURNAL_COMPTE.LE.gt(OffsetDateTime.now().minus(fenetre))));
  }

  private static @Nullable String adresseCourante() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes requete
        ? requete.getRequest().getRemoteAddr()
        : null;
  }
}
