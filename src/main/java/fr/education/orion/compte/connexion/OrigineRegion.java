package fr.education.orion.compte.connexion;

/**
 * Where an SSO rule takes the user's région from, and whether the rule gives établissements.
 *
 * <ul>
 *   <li>{@code AUCUNE}: national roles, and roles whose région is optional (invite), as in the
 *       reference;
 *   <li>{@code ACADEMIE}: the région of the académie the hub names ({@code codaca}); a login
 *       without a known académie is refused, since a regional role without a région would see
 *       nothing or, worse, everything;
 *   <li>{@code ETABLISSEMENT}: the établissements the user heads or is delegated (their UAIs, those
 *       Orion knows), and the région of the first of them.
 * </ul>
 */
enum OrigineRegion {
  AUCUNE,
  ACADEMIE,
  ETABLISSEMENT
}
