package fr.education.orion.campagne;

import static fr.education.orion.schema.Tables.CAMPAGNE;
import static fr.education.orion.schema.Tables.CAMPAGNE_MOTIF;
import static fr.education.orion.schema.Tables.CAMPAGNE_REGION;
import static fr.education.orion.schema.Tables.CAMPAGNE_TYPE_DEMANDE;

import fr.education.orion.compte.CompteCourant;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.system.Permission;
import fr.education.orion.system.Problems;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The writes of campaigns, one transaction each, the scope checked here against the campaign
 * touched: the admin acts on every campaign, an Admin RA on its région's regional campaigns only.
 * Several national campaigns may be en cours at once, as in the reference (a late région finishing
 * last year's while the next opens); {@link CampagneCourante} says which one a user works in.
 */
@Component
public class Campagnes {

  private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final DSLContext dsl;
  private final CampagneQueries queries;
  private final CompteCourant courant;

  Campagnes(DSLContext dsl, CampagneQueries queries, CompteCourant courant) {
    this.dsl = dsl;
    this.queries = queries;
    this.courant = courant;
  }

  /**
   * Creates the national campaign of a year (one per year). A year with no types of demande
   * prepared gets those, and the motifs, of the latest earlier year that has some.
   */
  @Transactional
  public Campagne create(AnneeCampagne annee, SaisieCampagne saisie) {
    courant.checkRegion(Permission.CAMPAGNES_ECRITURE, null);
    Map<String, String> erreurs = erreurs(saisie);
    if (queries.campagne(annee).isPresent()) {
      erreurs.put("annee", "La campagne " + annee + " existe déjà.");
    }
    Campagne campagne = valide(annee, saisie, erreurs);
    dsl.insertInto(CAMPAGNE)
        .set(CAMPAGNE.ANNEE, an(annee))
        .set(CAMPAGNE.STATUT, campagne.statut().code())
        .set(CAMPAGNE.DATE_DEBUT, campagne.dateDebut())
        .set(CAMPAGNE.DATE_FIN, campagne.dateFin())
        .set(CAMPAGNE.MODIFIE_PAR, auteur())
        .execute();
    if (queries.offre(annee).types().isEmpty()) {
      queries.derniereOffreAvant(annee).ifPresent(modele -> copyOffre(modele, annee));
    }
    return campagne;
  }

  /** Changes the statut and dates of a national campaign. */
  @Transactional
  public Campagne update(AnneeCampagne annee, SaisieCampagne saisie) {
    courant.checkRegion(Permission.CAMPAGNES_ECRITURE, null);
    if (queries.campagne(annee).isEmpty()) {
      throw Problems.notFound("Aucune campagne " + annee + ".");
    }
    Campagne campagne = valide(annee, saisie, erreurs(saisie));
    dsl.update(CAMPAGNE)
        .set(CAMPAGNE.STATUT, campagne.statut().code())
        .set(CAMPAGNE.DATE_DEBUT, campagne.dateDebut())
        .set(CAMPAGNE.DATE_FIN, campagne.dateFin())
        .set(CAMPAGNE.MODIFIE_LE, OffsetDateTime.now())
        .set(CAMPAGNE.MODIFIE_PAR, auteur())
        .where(CAMPAGNE.ANNEE.eq(an(annee)))
        .execute();
    return campagne;
  }

  /**
   * Opens (the national campaign must be en cours) or changes the campaign of a région for a year,
   * its dates within the national campaign's.
   */
  @Transactional
  public CampagneRegionale save(
      AnneeCampagne annee, CodeRegion codeRegion, SaisieCampagneRegionale saisie) {
    courant.checkRegion(Permission.CAMPAGNES_REGION_ECRITURE, codeRegion);
    Campagne nationale =
        queries
            .campagne(annee)
            .orElseThrow(() -> Problems.notFound("Aucune campagne " + annee + "."));
    boolean existe = queries.regionale(annee, codeRegion).isPresent();
    Map<String, String> erreurs =
        erreurs(new SaisieCampagne(saisie.statut(), saisie.dateDebut(), saisie.dateFin()));
    if (!existe && !nationale.enCours()) {
      erreurs.put(
          "annee",
          "La campagne nationale "
              + annee
              + " n'est pas en cours : une campagne régionale s'ouvre pendant la campagne"
              + " nationale.");
    }
    LocalDate debut = saisie.dateDebut();
    LocalDate fin = saisie.dateFin();
    if (debut != null
        && !erreurs.containsKey("dateDebut")
        && debut.isBefore(nationale.dateDebut())) {
      erreurs.put(
          "dateDebut",
          "La date de début précède celle de la campagne nationale ("
              + FR.format(nationale.dateDebut())
              + ").");
    }
    if (fin != null && !erreurs.containsKey("dateFin") && fin.isAfter(nationale.dateFin())) {
      erreurs.put(
          "dateFin",
          "La date de fin suit celle de la campagne nationale ("
              + FR.format(nationale.dateFin())
              + ").");
    }
    if (!erreurs.isEmpty()) {
      throw new CampagneInvalideException(erreurs);
    }
    CampagneRegionale regionale =
        new CampagneRegionale(
            annee,
            codeRegion,
            saisie.statut(),
            debut,
            fin,
            saisie.dateVote(),
            saisie.saisiePerdir());
    dsl.insertInto(CAMPAGNE_REGION)
        .set(CAMPAGNE_REGION.ANNEE, an(annee))
        .set(CAMPAGNE_REGION.CODE_REGION, codeRegion.code())
        .set(CAMPAGNE_REGION.STATUT, regionale.statut().code())
        .set(CAMPAGNE_REGION.DATE_DEBUT, regionale.dateDebut())
        .set(CAMPAGNE_REGION.DATE_FIN, regionale.dateFin())
        .set(CAMPAGNE_REGION.DATE_VOTE, regionale.dateVote())
        .set(CAMPAGNE_REGION.SAISIE_PERDIR, regionale.saisiePerdir())
        .set(CAMPAGNE_REGION.MODIFIE_PAR, auteur())
        .onConflict(CAMPAGNE_REGION.ANNEE, CAMPAGNE_REGION.CODE_REGION)
        .doUpdate()
        .set(CAMPAGNE_REGION.STATUT, regionale.statut().code())
        .set(CAMPAGNE_REGION.DATE_DEBUT, regionale.dateDebut())
        .set(CAMPAGNE_REGION.DATE_FIN, regionale.dateFin())
        .set(CAMPAGNE_REGION.DATE_VOTE, regionale.dateVote())
        .set(CAMPAGNE_REGION.SAISIE_PERDIR, regionale.saisiePerdir())
        .set(CAMPAGNE_REGION.MODIFIE_LE, OffsetDateTime.now())
        .set(CAMPAGNE_REGION.MODIFIE_PAR, auteur())
        .execute();
    return regionale;
  }

  private void copyOffre(AnneeCampagne modele, AnneeCampagne annee) {
    dsl.insertInto(
            CAMPAGNE_TYPE_DEMANDE, CAMPAGNE_TYPE_DEMANDE.ANNEE, CAMPAGNE_TYPE_DEMANDE.TYPE_DEMANDE)
        .select(
            dsl.select(org.jooq.impl.DSL.val(an(annee)), CAMPAGNE_TYPE_DEMANDE.TYPE_DEMANDE)
                .from(CAMPAGNE_TYPE_DEMANDE)
                .where(CAMPAGNE_TYPE_DEMANDE.ANNEE.eq(an(modele))))
        .execute();
    dsl.insertInto(
            CAMPAGNE_MOTIF,
            CAMPAGNE_MOTIF.ANNEE,
            CAMPAGNE_MOTIF.CATEGORIE,
            CAMPAGNE_MOTIF.CODE,
            CAMPAGNE_MOTIF.LIBELLE,
            CAMPAGNE_MOTIF.ORDRE,
            CAMPAGNE_MOTIF.DECLENCHE_PRECISION)
        .select(
            dsl.select(
                    org.jooq.impl.DSL.val(an(annee)),
                    CAMPAGNE_MOTIF.CATEGORIE,
                    CAMPAGNE_MOTIF.CODE,
                    CAMPAGNE_MOTIF.LIBELLE,
                    CAMPAGNE_MOTIF.ORDRE,
                    CAMPAGNE_MOTIF.DECLENCHE_PRECISION)
                .from(CAMPAGNE_MOTIF)
                .where(CAMPAGNE_MOTIF.ANNEE.eq(an(modele))))
        .execute();
  }

  /** The errors of the fields themselves: each required, the end not before the start. */
  private static Map<String, String> erreurs(SaisieCampagne saisie) {
    Map<String, String> erreurs = new LinkedHashMap<>();
    if (saisie.statut() == null) {
      erreurs.put("statut", "Choisissez le statut de la campagne.");
    }
    if (saisie.dateDebut() == null) {
      erreurs.put("dateDebut", "Saisissez la date de début, au format jj/mm/aaaa.");
    }
    if (saisie.dateFin() == null) {
      erreurs.put("dateFin", "Saisissez la date de fin, au format jj/mm/aaaa.");
    }
    if (saisie.dateDebut() != null
        && saisie.dateFin() != null
        && saisie.dateFin().isBefore(saisie.dateDebut())) {
      erreurs.put("dateFin", "La date de fin doit suivre la date de début.");
    }
    return erreurs;
  }

  private static Campagne valide(
      AnneeCampagne annee, SaisieCampagne saisie, Map<String, String> erreurs) {
    if (!erreurs.isEmpty()) {
      throw new CampagneInvalideException(erreurs);
    }
    return new Campagne(annee, saisie.statut(), saisie.dateDebut(), saisie.dateFin());
  }

  private @Nullable Long auteur() {
    return courant.utilisateur().map(Utilisateur::id).orElse(null);
  }

  private static short an(AnneeCampagne annee) {
    return (short) annee.annee();
  }
}
