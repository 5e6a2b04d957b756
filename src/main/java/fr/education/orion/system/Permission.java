package fr.education.orion.system;

import java.util.Arrays;

/**
 * The permissions a role may hold. Which role holds which, and with which scope, is data (table
 * {@code role_permission}) read by module compte, which enforces the route rules.
 */
public enum Permission {
  SUIVI_IMPACT_LECTURE("suivi-impact/lecture"),
  RESTITUTION_LECTURE("restitution/lecture"),
  PILOTAGE_LECTURE("pilotage/lecture"),
  USERS_LECTURE("users/lecture"),
  USERS_ECRITURE("users/ecriture"),
  CAMPAGNES_LECTURE("campagnes/lecture"),
  CAMPAGNES_ECRITURE("campagnes/ecriture"),
  CAMPAGNES_REGION_LECTURE("campagnes-région/lecture"),
  CAMPAGNES_REGION_ECRITURE("campagnes-région/ecriture"),
  DEMANDE_LECTURE("demande/lecture"),
  DEMANDE_ECRITURE("demande/ecriture"),
  DEMANDE_STATUT_LECTURE("demande-statut/lecture"),
  DEMANDE_STATUT_ECRITURE("demande-statut/ecriture"),
  DEMANDE_AVIS_LECTURE("demande-avis/lecture"),
  DEMANDE_AVIS_ECRITURE("demande-avis/ecriture"),
  ENREGISTREMENT_REQUETE_LECTURE("enregistrement-requete/lecture"),
  ENREGISTREMENT_REQUETE_ECRITURE("enregistrement-requete/ecriture");

  private final String code;

  Permission(String code) {
    this.code = code;
  }

  /** The reference's name, e.g. {@code users/ecriture}. */
  public String code() {
    return code;
  }

  public static Permission of(String code) {
    return Arrays.stream(values())
        .filter(permission -> permission.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Permission inconnue : " + code));
  }
}
