package fr.education.orion.compte.web;

import static fr.education.orion.schema.Tables.UTILISATEUR;

import fr.education.orion.compte.Comptes;
import fr.education.orion.compte.Droits;
import fr.education.orion.compte.Portee;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.system.Like;
import fr.education.orion.system.Pagination;
import fr.education.orion.system.Permission;
import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The accounts list of the administration: within the reader's scope (an Admin RA sees its région's
 * accounts), searched by words of the e-mail, first name or name, sorted and paged. The same rows
 * feed the page, the JSON route and the CSV and XLSX exports.
 */
@Component
class UtilisateurQueries {

  /** The sorts offered, by their URL value. */
  enum Tri {
    EMAIL(UTILISATEUR.EMAIL.asc()),
    NOM(UTILISATEUR.NOM.asc()),
    ROLE(UTILISATEUR.ROLE.asc()),
    REGION(UTILISATEUR.CODE_REGION.asc().nullsFirst()),
    RECENT(UTILISATEUR.CREE_LE.desc());

    final SortField<?> ordre;

    Tri(SortField<?> ordre) {
      this.ordre = ordre;
    }

    static Tri of(String valeur) {
      try {
        return valueOf(valeur.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return EMAIL;
      }
    }
  }

  private final DSLContext dsl;
  private final Comptes comptes;

  UtilisateurQueries(DSLContext dsl, Comptes comptes) {
    this.dsl = dsl;
    this.comptes = comptes;
  }

  Pagination<Utilisateur> rechercher(
      Droits lecteur, String recherche, Tri tri, int page, int taille) {
    return Pagination.read(
        page, taille, servie -> readPage(lecteur, recherche, tri, servie, taille));
  }

  private Pagination<Utilisateur> readPage(
      Droits lecteur, String recherche, Tri tri, int page, int taille) {
    Condition condition = visibles(lecteur).and(mots(recherche));
    long total = dsl.fetchCount(UTILISATEUR, condition);
    List<Utilisateur> lignes =
        dsl.select(UTILISATEUR.asterisk(), Comptes.uais())
            .from(UTILISATEUR)
            .where(condition)
            .orderBy(tri.ordre, UTILISATEUR.ID)
            .limit(taille)
            .offset((long) page * taille)
            .fetch(Comptes::utilisateur);
    return new Pagination<>(lignes, total, page, taille);
  }

  /** Every matching account, for the exports. */
  List<Utilisateur> tous(Droits lecteur, String recherche, Tri tri) {
    return comptes.lister(visibles(lecteur).and(mots(recherche)), tri.ordre);
  }

  /** The accounts within the scope of the reader's {@code users/lecture}. */
  static Condition visibles(Droits lecteur) {
    Portee portee = lecteur.portee(Permission.USERS_LECTURE).orElse(null);
    if (portee == Portee.NATIONAL) {
      return DSL.noCondition();
    }
    return portee == null || lecteur.codeRegion() == null
        ? DSL.falseCondition()
        : UTILISATEUR.CODE_REGION.eq(lecteur.codeRegion().code());
  }

  private static Condition mots(String recherche) {
    Condition condition = DSL.noCondition();
    for (String mot : recherche.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!mot.isEmpty()) {
        condition =
            condition.and(
                Like.contient(UTILISATEUR.EMAIL, mot)
                    .or(Like.contient(DSL.lower(UTILISATEUR.PRENOM), mot))
                    .or(Like.contient(DSL.lower(UTILISATEUR.NOM), mot)));
      }
    }
    return condition;
  }
}
