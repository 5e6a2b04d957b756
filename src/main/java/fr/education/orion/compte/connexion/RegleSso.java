package fr.education.orion.compte.connexion;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One line of the SSO mapping ({@code orion.sso.regles}): a user whose attribute matches gets this
 * role and fonction, and a région (and établissements) from {@link OrigineRegion}. With neither
 * {@code valeur} nor {@code suffixe}, any non-blank value matches.
 *
 * @param attribut name of the claim, e.g. {@code ctgrps} (the user's LDAP groups)
 * @param valeur the attribute, or one of its values for a list, equals this (case-sensitive)
 * @param suffixe the attribute, or one of its values, ends with this
 * @param role code of the Orion role, e.g. {@code pilote_region}
 * @param fonction the fonction shown beside the user's name, e.g. {@code DRAFPIC}
 * @param region where the région comes from; {@code aucune} by default
 */
record RegleSso(
    String attribut,
    @Nullable String valeur,
    @Nullable String suffixe,
    String role,
    @Nullable String fonction,
    @DefaultValue("aucune") OrigineRegion region) {

  boolean concerne(AttributsSso attributs) {
    return attributs.valeurs(attribut).stream().anyMatch(this::accepte);
  }

  private boolean accepte(String valeurRecue) {
    if (valeur != null) {
      return valeurRecue.equals(valeur);
    }
    return suffixe == null || valeurRecue.endsWith(suffixe);
  }
}
