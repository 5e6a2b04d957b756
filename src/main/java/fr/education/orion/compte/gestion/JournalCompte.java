package fr.education.orion.compte.gestion;

import static fr.education.orion.schema.Tables.JOURNAL_COMPTE;

import fr.education.orion.compte.CompteCourant;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.compte.connexion.TentativesConnexion;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit of accounts: who (the signed-in user, none for the system), when, about which account,
 * from which client address, and what. Throttling counts failed logins apart ({@link
 * TentativesConnexion}).
 */
@Component
public class JournalCompte {

  private final DSLContext dsl;
  private final CompteCourant courant;

  JournalCompte(DSLContext dsl, CompteCourant courant) {
    this.dsl = dsl;
    this.courant = courant;
  }

  public void noter(
      Evenement evenement, @Nullable Long utilisateurId, @Nullable String email, String detail) {
    noter(evenement, utilisateurId, email, adresseCourante(), detail);
  }

  public void noter(
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

  private static @Nullable String adresseCourante() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes requete
        ? requete.getRequest().getRemoteAddr()
        : null;
  }
}
