package fr.education.orion.campagne;

import fr.education.orion.compte.Role;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.system.Permission;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether a user may create and edit demandes in a campaign today, and if not why, in French
 * (reference §3.3). Orion's rule, checked in this order:
 *
 * <ol>
 *   <li>the user holds {@link Permission#DEMANDE_ECRITURE};
 *   <li>there is a national campaign, en cours, and today is within its dates (the admin is exempt
 *       from the dates); a terminée campaign of a year before today's is "d'une année passée";
 *   <li>the admin needs nothing more;
 *   <li>any other user needs the regional campaign of their région for that year, en cours, with
 *       today within its dates;
 *   <li>a perdir needs that regional campaign to open the saisie to heads of establishment.
 * </ol>
 *
 * The reference's special cases for 2023 and 2024 (no regional campaigns, the perdir experiment)
 * are left out: those campaigns are closed.
 */
public enum OuvertureSaisie {
  OUVERTE("Vous pouvez saisir et modifier des demandes dans cette campagne."),
  NON_AUTORISE("Votre rôle ne vous autorise pas à saisir des demandes."),
  AUCUNE_CAMPAGNE(
      "Aucune campagne n'a encore été créée : la saisie des demandes n'est pas ouverte."),
  CAMPAGNE_EN_ATTENTE(
      "La campagne n'a pas encore commencé : la saisie des demandes n'est pas encore ouverte."),
  CAMPAGNE_TERMINEE("La campagne est terminée : les demandes ne peuvent plus être saisies."),
  CAMPAGNE_ANNEE_PASSEE(
      "Cette campagne est celle d'une année passée : ses demandes se consultent, elles ne se"
          + " saisissent plus."),
  PAS_DE_CAMPAGNE_REGIONALE(
      "La campagne de votre région n'est pas encore ouverte : la saisie des demandes commencera"
          + " à son ouverture."),
  CAMPAGNE_REGIONALE_TERMINEE(
      "La campagne de votre région est terminée : les demandes ne peuvent plus être saisies."),
  SAISIE_PERDIR_FERMEE(
      "La saisie des demandes par les chefs d'établissement n'est pas ouverte pour cette campagne"
          + " dans votre région.");

  private final String message;

  OuvertureSaisie(String message) {
    this.message = message;
  }

  public boolean ouverte() {
    return this == OUVERTE;
  }

  /** Why (not), for the user. */
  public String message() {
    return message;
  }

  /**
   * The verdict for a user of this role, permissions and région, on this national campaign (none:
   * no campaign yet) and its regional campaign of the user's région (none: not opened), today.
   */
  public static OuvertureSaisie of(
      @Nullable Campagne campagne,
      @Nullable CampagneRegionale regionale,
      Role role,
      Set<Permission> permissions,
      @Nullable CodeRegion codeRegion,
      LocalDate aujourdhui) {
    if (!permissions.contains(Permission.DEMANDE_ECRITURE)) {
      return NON_AUTORISE;
    }
    if (campagne == null) {
      return AUCUNE_CAMPAGNE;
    }
    boolean admin = role == Role.ADMIN;
    switch (campagne.statut()) {
      case EN_ATTENTE -> {
        return CAMPAGNE_EN_ATTENTE;
      }
      case TERMINEE -> {
        return campagne.annee().annee() < aujourdhui.getYear()
            ? CAMPAGNE_ANNEE_PASSEE
            : CAMPAGNE_TERMINEE;
      }
      case EN_COURS -> {
        if (!admin && aujourdhui.isBefore(campagne.dateDebut())) {
          return CAMPAGNE_EN_ATTENTE;
        }
        if (!admin && aujourdhui.isAfter(campagne.dateFin())) {
          return CAMPAGNE_TERMINEE;
        }
      }
    }
    if (admin) {
      return OUVERTE;
    }
    if (regionale == null
        || codeRegion == null
        || !regionale.codeRegion().equals(codeRegion)
        || !regionale.annee().equals(campagne.annee())
        || regionale.statut() == StatutCampagne.EN_ATTENTE
        || aujourdhui.isBefore(regionale.dateDebut())) {
      return PAS_DE_CAMPAGNE_REGIONALE;
    }
    if (regionale.statut() == StatutCampagne.TERMINEE || aujourdhui.isAfter(regionale.dateFin())) {
      return CAMPAGNE_REGIONALE_TERMINEE;
    }
    if (role == Role.PERDIR && !regionale.saisiePerdir()) {
      return SAISIE_PERDIR_FERMEE;
    }
    return OUVERTE;
  }
}
